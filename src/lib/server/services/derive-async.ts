import type { Snapshot } from './snapshot';

/**
 * `snap.derive` for work that completes later (a layout in a worker): concurrent requests
 * share one Promise, and a computation that fails (the pool was busy, a worker crashed) is
 * forgotten, so the next request tries again instead of getting the same failure forever.
 */
export function deriveAsync<T>(snap: Snapshot, key: string, build: (s: Snapshot) => Promise<T>): Promise<T> {
	const slot = snap.derive(key, () => ({ pending: null as Promise<T> | null }));
	if (!slot.pending) {
		const pending: Promise<T> = build(snap).catch((e: unknown) => {
			if (slot.pending === pending) slot.pending = null;
			throw e;
		});
		slot.pending = pending;
	}
	return slot.pending;
}
