import type { Config } from '../config';
import { SqliteUserStore } from './sqlite/user-store';
import type { UserStore } from './user-types';

export type { UserStore } from './user-types';

/**
 * The one place that knows which adapter holds people and plans: the same store as the
 * network, so with GRAPH_STORE=neo4j every app instance shares accounts, sessions and plans.
 */
export async function createUserStore(config: Config): Promise<UserStore> {
	if (config.GRAPH_STORE === 'neo4j') {
		// Loaded lazily so an embedded deployment never touches the driver.
		const { openNeo4jUserStore } = await import('./neo4j');
		return openNeo4jUserStore(config);
	}
	return new SqliteUserStore(config.DATABASE_PATH);
}
