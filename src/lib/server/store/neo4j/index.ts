import type { Config } from '../../config';
import { UnavailableError } from '../errors';
import { acquireDriver, releaseDriver } from './driver';
import { describeConnectError, type ConnectTarget } from './error-map';
import { Neo4jGraphStore, type Neo4jStoreOptions } from './graph-store';

export { Neo4jGraphStore, type Neo4jStoreOptions } from './graph-store';

/**
 * Opens the Neo4j network store: reuses the process's driver for this server, and proves at
 * once that the server answers and the credentials work. Any failure becomes an
 * UnavailableError whose message is the one line start-up prints (no stack needed).
 * The schema is not touched here; callers run `migrate()` (every start does).
 */
export async function openNeo4jStore(config: Config, options: Neo4jStoreOptions = {}): Promise<Neo4jGraphStore> {
	if (!config.NEO4J_URI) throw new UnavailableError('neo4j: NEO4J_URI is not set');
	if (!config.NEO4J_PASSWORD) throw new UnavailableError('neo4j: NEO4J_PASSWORD is not set');
	const target: ConnectTarget = { uri: config.NEO4J_URI, username: config.NEO4J_USERNAME, database: config.NEO4J_DATABASE };
	let shared;
	try {
		shared = acquireDriver({ uri: config.NEO4J_URI, username: config.NEO4J_USERNAME, password: config.NEO4J_PASSWORD });
	} catch (e) {
		// The driver refuses malformed URLs synchronously.
		throw new UnavailableError(describeConnectError(e, target));
	}
	try {
		await shared.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
	} catch (e) {
		await releaseDriver(shared).catch(() => undefined);
		throw new UnavailableError(describeConnectError(e, target));
	}
	return new Neo4jGraphStore(shared, target, { seedDir: config.SEED_DIR, ...options });
}
