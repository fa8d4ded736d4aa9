import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { seedNetwork } from './seed-network';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-seednet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seeding the store', () => {
	it('creates the network once; a second run with the same files changes nothing', async () => {
		const store = new SqliteGraphStore(join(dir, 'a.db'));
		await store.migrate();
		expect(await seedNetwork(store, 'graph-seed')).toEqual({ network: 'seed', action: 'created', version: 1 });
		expect(await seedNetwork(store, 'graph-seed')).toEqual({ network: 'seed', action: 'unchanged', version: 1 });
		expect((await store.audit('seed')).length).toBe(1);
		await store.close();
	});

	it('two instances seeding one empty store at once both start', async () => {
		const file = join(dir, 'race.db');
		const a = new SqliteGraphStore(file);
		const b = new SqliteGraphStore(file);
		await a.migrate();
		await b.migrate();
		// b sees an empty store, then a seeds first: b's write is refused and b carries on.
		const stale = b.readNetwork.bind(b);
		b.readNetwork = async (id) => {
			const before = await stale(id);
			await seedNetwork(a, 'graph-seed', { onlyIfMissing: true });
			return before;
		};
		const outcome = await seedNetwork(b, 'graph-seed', { onlyIfMissing: true });
		expect(outcome).toEqual({ network: 'seed', action: 'unchanged', version: 1 });
		await a.close();
		await b.close();
	});
});
