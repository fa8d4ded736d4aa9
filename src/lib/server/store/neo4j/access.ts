import { bookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from '../../config';
import { UnavailableError } from '../errors';
import { acquireDriver, releaseDriver, type SharedDriver } from './driver';
import { describeConnectError, mapNeo4jError, type ConnectTarget } from './error-map';

/**
 * What every Neo4j store does the same way: sessions on the process's shared driver, managed
 * transactions (which the driver retries on transient errors, so work functions must be
 * repeatable), driver errors turned into domain errors, and the driver released on close.
 * The network store and the user store each hold one, over the same driver.
 */
export class Neo4jAccess {
	// Read-your-own-writes across this store's sessions, also when reads go to a cluster follower.
	private readonly bookmarks = bookmarkManager();
	private closed = false;

	constructor(
		private readonly shared: SharedDriver,
		readonly target: ConnectTarget
	) {}

	get driver(): Driver {
		return this.shared.driver;
	}

	private session() {
		if (this.closed) throw new UnavailableError('neo4j: store is closed');
		return this.shared.driver.session({ database: this.target.database, bookmarkManager: this.bookmarks });
	}

	async read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
		const session = this.session();
		try {
			return await session.executeRead(work, { metadata: { app: 'vakmetro', op } });
		} catch (e) {
			throw mapNeo4jError(e, this.target);
		} finally {
			await session.close();
		}
	}

	/**
	 * `conflict` replaces the generic message of a uniqueness violation when the caller knows
	 * which rule it hit (e.g. a taken email), so the user reads what to change.
	 */
	async write<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>, conflict?: string): Promise<T> {
		const session = this.session();
		try {
			return await session.executeWrite(work, { metadata: { app: 'vakmetro', op } });
		} catch (e) {
			throw mapNeo4jError(e, this.target, conflict);
		} finally {
			await session.close();
		}
	}

	/**
	 * A read that must see what any app instance committed a moment ago. Bookmarks only chain
	 * one instance's own transactions, and executeRead may go to a cluster follower that lags;
	 * a write transaction is always served by the leader, which has every commit. Used where a
	 * stale answer is visible to a person (a session made at sign-in on another instance).
	 */
	async readLatest<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
		return this.write(op, work);
	}

	async close(): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		await releaseDriver(this.shared);
	}
}

/** Namespaces keep test runs apart from each other and from real data in one database. */
export function checkNamespace(namespace: string | undefined): void {
	if (namespace !== undefined && !/^[a-z0-9][a-z0-9._-]*$/.test(namespace))
		throw new Error(`neo4j: namespace '${namespace}' must be a lowercase slug`);
}

/**
 * Opens access to the configured server: reuses the process's driver for it, and proves at
 * once that the server answers and the credentials work. Any failure becomes an
 * UnavailableError whose message is the one line start-up prints (no stack needed).
 */
export async function openAccess(config: Config): Promise<Neo4jAccess> {
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
	return new Neo4jAccess(shared, target);
}
