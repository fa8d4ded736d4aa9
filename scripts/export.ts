// npm run export -- --network seed --out dir [--store embedded|neo4j]
// Writes the whole network as graph-seed files (network.yaml and one YAML list per kind), the
// format `npm run seed` and `npm run import:seed` read. The operator exports everything,
// closed modules included: whoever runs this already holds the database.
import { resolve } from 'node:path';
import { seedFiles, writeSeedDirectory } from '../src/lib/server/services/seed-files';
import { withGraphStore } from './cli-args';

await withGraphStore('export', process.argv.slice(2), async (store, _config, args) => {
	const network = typeof args.network === 'string' ? args.network : 'seed';
	if (typeof args.out !== 'string') throw new Error('--out <directory> is required');
	const stored = await store.readNetwork(network);
	if (!stored) throw new Error(`network '${network}' does not exist`);
	const files = seedFiles(stored.meta, stored.version, stored.content);
	writeSeedDirectory(args.out, files);
	const counts = Object.entries(stored.content).map(([kind, items]) => `${items.length} ${kind}`).join(', ');
	console.log(`export: network '${network}' version ${stored.version} → ${resolve(args.out)} (${Object.keys(files).length} files: ${counts})`);
});
