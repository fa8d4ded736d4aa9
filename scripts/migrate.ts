// npm run db:migrate [-- --store embedded|neo4j]: creates or upgrades the store schema (idempotent).
import { parseConfig } from '../src/lib/server/config';
import { createGraphStore } from '../src/lib/server/store';
import { envWithStore, parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
try {
	const config = parseConfig(envWithStore(args));
	const store = await createGraphStore(config);
	try {
		await store.migrate();
		console.log(`db:migrate: ${store.kind} store is up to date`);
	} finally {
		await store.close();
	}
} catch (e) {
	console.error(`db:migrate: ${(e as Error).message}`);
	process.exit(1);
}
