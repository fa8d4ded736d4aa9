import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Membership } from '$lib/schemas/account';
import type { Account } from '../../auth/roles';
import { SqliteGraphStore } from '../../store/sqlite/graph-store';
import { SqliteUserStore } from '../../store/sqlite/user-store';
import { seedNetwork } from '../seed-network';
import { SnapshotCache } from '../snapshot-cache';
import { NetworkEditService } from './service';

/**
 * A real SQLite file holding the real seed network and (empty) accounts, as the app keeps them
 * side by side, for specs of editing, imports and dashboards.
 */
export async function seededStore(prefix: string) {
	const dir = mkdtempSync(join(tmpdir(), `vakmetro-${prefix}-`));
	const store = new SqliteGraphStore(join(dir, 'store.db'));
	await store.migrate();
	await seedNetwork(store, 'graph-seed');
	const users = new SqliteUserStore(join(dir, 'store.db'));
	await users.migrate();
	const snapshots = new SnapshotCache(store);
	return {
		store,
		users,
		snapshots,
		service: new NetworkEditService(store, snapshots, users),
		async dispose() {
			await users.close();
			await store.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

let n = 0;
/** A signed-in person with these memberships (ids are made up; the rules never look them up). */
export function account(name: string, memberships: Membership[] = [], admin = false): Account {
	n++;
	return {
		user: { id: `user${String(n).padStart(14, '0')}`, email: `${name}@example.nl`, name, admin, createdAt: new Date(0).toISOString() },
		memberships
	};
}
