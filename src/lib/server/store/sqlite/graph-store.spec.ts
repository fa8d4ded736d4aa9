import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphStoreContract } from '../contract';
import { SqliteGraphStore } from './graph-store';

const dirs: string[] = [];
function tempFile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-sqlite-'));
	dirs.push(dir);
	return join(dir, 'sub', 'vakmetro.db');
}

graphStoreContract(
	'embedded (SQLite file)',
	async () => new SqliteGraphStore(tempFile()),
	async (s) => {
		await s.close();
		for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	}
);

describe('embedded store specifics', () => {
	it('creates the database file with WAL journaling and records migrations', async () => {
		const store = new SqliteGraphStore(tempFile());
		await store.migrate();
		expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
		const rows = store.db.prepare('SELECT version FROM schema_migrations').all();
		expect(rows).toEqual([{ version: 1 }]);
		await store.close();
	});

	it('keeps data across reopening the same file', async () => {
		const file = tempFile();
		const a = new SqliteGraphStore(file);
		await a.migrate();
		const { contractNetwork } = await import('../contract-fixture');
		const { meta, content } = contractNetwork('persist');
		await a.replaceNetwork(meta, content, { userId: null, label: 't' });
		await a.close();
		const b = new SqliteGraphStore(file);
		await b.migrate();
		expect((await b.readNetwork('persist'))!.content).toEqual(content);
		await b.close();
	});
});
