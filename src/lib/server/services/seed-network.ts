import { isDeepStrictEqual } from 'node:util';
import { loadSeedDirectory } from '../seed/load';
import { ConflictError } from '../store/errors';
import type { Actor, GraphStore } from '../store/types';

const SEED_ACTOR: Actor = { userId: null, label: 'seed' };

export type SeedOutcome = { network: string; action: 'created' | 'updated' | 'unchanged'; version: number };

/**
 * Loads graph-seed into the store. The whole seed is validated first (nothing is written if
 * any file is wrong) and written in one transaction; a second run with the same files
 * changes nothing, so it is safe at every start and in scripts.
 */
export async function seedNetwork(store: GraphStore, dir: string, options: { onlyIfMissing?: boolean } = {}): Promise<SeedOutcome> {
	const seed = loadSeedDirectory(dir);
	const stored = await store.readNetwork(seed.meta.id);
	if (stored && (options.onlyIfMissing || (isDeepStrictEqual(stored.content, seed.content) && isDeepStrictEqual(stored.meta, seed.meta))))
		return { network: seed.meta.id, action: 'unchanged', version: stored.version };
	try {
		const version = await store.replaceNetwork(seed.meta, seed.content, SEED_ACTOR, { expectedNetworkVersion: stored?.version ?? 0 });
		return { network: seed.meta.id, action: stored ? 'updated' : 'created', version };
	} catch (e) {
		// Several instances starting on one empty shared store race to seed it; the loser
		// finds the network there and carries on instead of stopping.
		const now = options.onlyIfMissing && e instanceof ConflictError ? await store.networkVersion(seed.meta.id) : null;
		if (now === null) throw e;
		return { network: seed.meta.id, action: 'unchanged', version: now };
	}
}
