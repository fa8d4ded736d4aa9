import type { Config } from '../config';
import { SqliteGraphStore } from './sqlite/graph-store';
import type { GraphStore } from './types';

export type { GraphStore } from './types';

/** The one place that knows which adapter backs the app. */
export async function createGraphStore(config: Config): Promise<GraphStore> {
	if (config.GRAPH_STORE === 'neo4j') {
		// Loaded lazily so an embedded deployment never touches the driver.
		const { openNeo4jStore } = await import('./neo4j');
		return openNeo4jStore(config);
	}
	return new SqliteGraphStore(config.DATABASE_PATH);
}
