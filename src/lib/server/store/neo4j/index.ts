import type { Config } from '../../config';
import { openAccess } from './access';
import { Neo4jGraphStore, type Neo4jStoreOptions } from './graph-store';
import { Neo4jUserStore, type Neo4jUserStoreOptions } from './user-store';

export { Neo4jGraphStore, type Neo4jStoreOptions } from './graph-store';
export { Neo4jUserStore, type Neo4jUserStoreOptions } from './user-store';

/**
 * Opens the Neo4j network store on the process's driver for this server, after proving that
 * the server answers and the credentials work (see openAccess). The schema is not touched
 * here; callers run `migrate()` (every start does).
 */
export async function openNeo4jStore(config: Config, options: Neo4jStoreOptions = {}): Promise<Neo4jGraphStore> {
	const access = await openAccess(config);
	return new Neo4jGraphStore(access, { seedDir: config.SEED_DIR, ...options });
}

/**
 * Opens the Neo4j store of users, sessions and plans, on the same driver as the network store
 * of this process when both point at one server. Callers run `migrate()`.
 */
export async function openNeo4jUserStore(config: Config, options: Neo4jUserStoreOptions = {}): Promise<Neo4jUserStore> {
	const access = await openAccess(config);
	return new Neo4jUserStore(access, { seedDir: config.SEED_DIR, ...options });
}
