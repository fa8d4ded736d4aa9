// npm run db:migrate [-- --store embedded|neo4j]: creates or upgrades the store schema (idempotent).
import { withGraphStore } from './cli-args';

await withGraphStore('db:migrate', process.argv.slice(2), async (store) => {
	console.log(`db:migrate: ${store.kind} store is up to date`);
});
