import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteUserStore } from './user-store';

/** A migrated user store in a throwaway SQLite file, for specs of the code above the store. */
export async function tempUserStore(): Promise<{ users: SqliteUserStore; dispose: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-users-'));
	const users = new SqliteUserStore(join(dir, 'vakmetro.db'));
	await users.migrate();
	return {
		users,
		dispose: async () => {
			await users.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
