import neo4j, { type Driver } from 'neo4j-driver';

/**
 * One driver per process and server: a driver owns the connection pool (and, for neo4j://,
 * the cluster routing table), so creating one per request or per store would waste
 * connections. Stores share it and count references, so the last close() really closes it
 * and a CLI script can exit.
 */
export interface SharedDriver {
	readonly driver: Driver;
	readonly key: string;
	refs: number;
}

export interface DriverTarget {
	uri: string;
	username: string;
	password: string;
}

const drivers = new Map<string, SharedDriver>();

export function acquireDriver(target: DriverTarget): SharedDriver {
	const key = `${target.uri}\n${target.username}\n${target.password}`;
	let shared = drivers.get(key);
	if (!shared) {
		const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
			// Fail start-up within seconds when the server is not there, not after the 30 s default.
			connectionTimeout: 10_000,
			userAgent: 'vakmetro'
		});
		shared = { driver, key, refs: 0 };
		drivers.set(key, shared);
	}
	shared.refs += 1;
	return shared;
}

export async function releaseDriver(shared: SharedDriver): Promise<void> {
	shared.refs -= 1;
	if (shared.refs > 0) return;
	if (drivers.get(shared.key) === shared) drivers.delete(shared.key);
	await shared.driver.close();
}

/** For tests: how many drivers this process holds open. */
export function openDriverCount(): number {
	return drivers.size;
}
