// npm run seed [-- --store embedded|neo4j] [-- --dir graph-seed]
// Validates graph-seed and loads it; a second run with unchanged files changes nothing.
import { parseConfig } from '../src/lib/server/config';
import { SeedError } from '../src/lib/server/seed/load';
import { seedNetwork } from '../src/lib/server/services/seed-network';
import { createGraphStore } from '../src/lib/server/store';
import { envWithStore, parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
try {
	const config = parseConfig(envWithStore(args));
	const store = await createGraphStore(config);
	try {
		await store.migrate();
		const dir = typeof args.dir === 'string' ? args.dir : config.SEED_DIR;
		const outcome = await seedNetwork(store, dir);
		console.log(`seed: network '${outcome.network}' ${outcome.action} (version ${outcome.version}) in the ${store.kind} store`);
	} finally {
		await store.close();
	}
} catch (e) {
	console.error(e instanceof SeedError ? e.message : `seed: ${(e as Error).message}`);
	process.exit(1);
}
