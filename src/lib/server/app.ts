import { parseConfig, type Config } from './config';
import { SnapshotCache } from './services/snapshot-cache';
import { seedNetwork } from './services/seed-network';
import { createGraphStore } from './store';
import type { GraphStore } from './store/types';
import { createUserStore, type UserStore } from './store/user-factory';

/** The network shown when a request names none. */
export const DEFAULT_NETWORK = 'seed';

export interface AppContext {
	config: Config;
	store: GraphStore;
	snapshots: SnapshotCache;
	users: UserStore;
}

let current: Promise<AppContext> | undefined;

/**
 * Parses config, opens the store, migrates it and, on first start, loads the seed network.
 * Runs once per process; every failure surfaces as one error whose message is the line
 * an operator needs.
 */
export function startApp(env: Record<string, string | undefined> = process.env): Promise<AppContext> {
	current ??= (async () => {
		const config = parseConfig(env);
		const store = await createGraphStore(config);
		await store.migrate();
		await seedNetwork(store, config.SEED_DIR, { onlyIfMissing: true });
		const users = await createUserStore(config);
		await users.migrate();
		const pollMs = config.GRAPH_STORE === 'neo4j' ? config.NETWORK_POLL_SECONDS * 1000 : 0;
		return { config, store, snapshots: new SnapshotCache(store, pollMs), users };
	})();
	return current;
}

export function getApp(): Promise<AppContext> {
	return startApp();
}
