import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userStoreContract } from '../user-contract';
import { SqliteGraphStore } from './graph-store';
import { SqliteUserStore } from './user-store';

const dirs: string[] = [];
function tempFile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-users-'));
	dirs.push(dir);
	return join(dir, 'vakmetro.db');
}

userStoreContract(
	'embedded (SQLite file)',
	async () => new SqliteUserStore(tempFile()),
	async (s) => {
		await s.close();
		for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	}
);

describe('embedded user store specifics', () => {
	it('shares the file with the network store, each with its own migrations table', async () => {
		const file = tempFile();
		const graph = new SqliteGraphStore(file);
		const users = new SqliteUserStore(file);
		await graph.migrate();
		await users.migrate();
		expect(users.db.prepare('SELECT version FROM user_schema_migrations').all()).toEqual([{ version: 1 }, { version: 2 }]);
		expect(graph.db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
		const u = await users.createUser({ email: 'a@example.nl', name: 'A', passwordHash: 'h' });
		await users.close();
		const reopened = new SqliteUserStore(file);
		await reopened.migrate();
		expect(await reopened.getUser(u.id)).toEqual(u);
		await reopened.close();
		await graph.close();
	});

	it('stores only what it is given as the session id (the hash), never a token', async () => {
		const users = new SqliteUserStore(tempFile());
		await users.migrate();
		const u = await users.createUser({ email: 'b@example.nl', name: 'B', passwordHash: 'h' });
		await users.createSession({ id: 'f'.repeat(64), userId: u.id, expiresAt: new Date(Date.now() + 1000) });
		expect(users.db.prepare('SELECT id FROM sessions').all()).toEqual([{ id: 'f'.repeat(64) }]);
		await users.close();
	});
});
