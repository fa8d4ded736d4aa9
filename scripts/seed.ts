// npm run seed [-- --store embedded|neo4j] [-- --dir graph-seed]
// Validates graph-seed and loads it; a second run with unchanged files changes nothing.
import { SeedError } from '../src/lib/server/seed/load';
import { seedNetwork } from '../src/lib/server/services/seed-network';
import { withGraphStore } from './cli-args';

await withGraphStore(
	'seed',
	process.argv.slice(2),
	async (store, config, args) => {
		const dir = typeof args.dir === 'string' ? args.dir : config.SEED_DIR;
		const outcome = await seedNetwork(store, dir);
		console.log(`seed: network '${outcome.network}' ${outcome.action} (version ${outcome.version}) in the ${store.kind} store`);
	},
	(e) => (e instanceof SeedError ? e.message : null)
);
