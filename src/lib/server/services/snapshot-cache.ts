import { NotFoundError } from '../store/errors';
import type { GraphStore } from '../store/types';
import { buildSnapshot, snapshotInSlices, type Snapshot, type SnapshotData } from './snapshot';

/**
 * Keeps one snapshot per network and rebuilds it when the store reports a newer version.
 * Several app instances sharing one store each notice a new version this way. With a
 * poll interval, the version is asked at most that often (cheap for SQLite, one round trip
 * for Neo4j); concurrent requests share one rebuild.
 */
export class SnapshotCache {
	private readonly entries = new Map<string, { snapshot: Snapshot; checkedAt: number }>();
	private readonly building = new Map<string, Promise<Snapshot>>();
	/** Counts local writes (invalidate and install calls): what else keeps rendered pages sees one at once. */
	invalidations = 0;

	constructor(
		private readonly store: GraphStore,
		private readonly pollMs = 0,
		private readonly now: () => number = Date.now
	) {}

	async get(network: string): Promise<Snapshot> {
		const cached = this.entries.get(network);
		if (cached && this.now() - cached.checkedAt < this.pollMs) return cached.snapshot;
		const version = await this.store.networkVersion(network);
		if (version === null) throw new NotFoundError(`network '${network}' does not exist`);
		if (cached && cached.snapshot.version === version) {
			cached.checkedAt = this.now();
			return cached.snapshot;
		}
		return this.rebuild(network);
	}

	private rebuild(network: string): Promise<Snapshot> {
		return (
			this.building.get(network) ??
			this.track(network, async () => {
				const stored = await this.store.readNetwork(network);
				if (!stored) throw new NotFoundError(`network '${network}' does not exist`);
				const snapshot = buildSnapshot(stored.meta, stored.version, stored.content);
				this.entries.set(network, { snapshot, checkedAt: this.now() });
				return snapshot;
			})
		);
	}

	/** Concurrent requests for a network share the snapshot being built or installed. */
	private track(network: string, work: () => Promise<Snapshot>): Promise<Snapshot> {
		const pending: Promise<Snapshot> = Promise.resolve()
			.then(work)
			.finally(() => {
				if (this.building.get(network) === pending) this.building.delete(network);
			});
		this.building.set(network, pending);
		return pending;
	}

	/**
	 * Takes the snapshot of a network version written and built elsewhere (an import applied
	 * in a worker thread, which also read the network back and indexed it there), so the next
	 * request finds it instead of reading and indexing the network on the request thread; it is
	 * frozen here in short slices, and requests for the network meanwhile wait for it. A version
	 * older than the one cached is ignored.
	 */
	install(network: string, data: SnapshotData): Promise<Snapshot> {
		this.invalidations++;
		const cached = this.entries.get(network);
		if (cached && cached.snapshot.version >= data.version) return Promise.resolve(cached.snapshot);
		return this.track(network, async () => {
			const snapshot = await snapshotInSlices(data);
			const now = this.entries.get(network);
			if (!now || now.snapshot.version < snapshot.version) this.entries.set(network, { snapshot, checkedAt: this.now() });
			return this.entries.get(network)!.snapshot;
		});
	}

	/** Drops cached snapshots (after a local write, to not wait for the poll interval). */
	invalidate(network?: string): void {
		this.invalidations++;
		if (network) this.entries.delete(network);
		else this.entries.clear();
	}
}
