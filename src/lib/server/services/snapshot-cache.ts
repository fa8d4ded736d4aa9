import { NotFoundError } from '../store/errors';
import type { GraphStore } from '../store/types';
import { buildSnapshot, type Snapshot } from './snapshot';

/**
 * Keeps one snapshot per network and rebuilds it when the store reports a newer version.
 * Several app instances sharing one store each notice a new version this way. With a
 * poll interval, the version is asked at most that often (cheap for SQLite, one round trip
 * for Neo4j); concurrent requests share one rebuild.
 */
export class SnapshotCache {
	private readonly entries = new Map<string, { snapshot: Snapshot; checkedAt: number }>();
	private readonly building = new Map<string, Promise<Snapshot>>();
	/** Counts local writes (invalidate calls): what else keeps rendered pages sees one at once. */
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
		const pending = this.building.get(network);
		if (pending) return pending;
		const build = (async () => {
			try {
				const stored = await this.store.readNetwork(network);
				if (!stored) throw new NotFoundError(`network '${network}' does not exist`);
				const snapshot = buildSnapshot(stored.meta, stored.version, stored.content);
				this.entries.set(network, { snapshot, checkedAt: this.now() });
				return snapshot;
			} finally {
				this.building.delete(network);
			}
		})();
		this.building.set(network, build);
		return build;
	}

	/** Drops cached snapshots (after a local write, to not wait for the poll interval). */
	invalidate(network?: string): void {
		this.invalidations++;
		if (network) this.entries.delete(network);
		else this.entries.clear();
	}
}
