import type { Config } from '../config';
import { SqliteUserStore } from './sqlite/user-store';
import type { UserStore } from './user-types';

export type { UserStore } from './user-types';

/**
 * The one place that knows which adapter holds people and plans. Until the Neo4j user store
 * exists, accounts live in the SQLite file at DATABASE_PATH on both settings of GRAPH_STORE;
 * the network is unaffected by that choice.
 */
export async function createUserStore(config: Config): Promise<UserStore> {
	return new SqliteUserStore(config.DATABASE_PATH);
}
