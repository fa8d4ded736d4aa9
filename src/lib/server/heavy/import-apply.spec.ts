import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { systemEditor, type Editor } from '../services/network-edit/editor';
import { EditDenied } from '../services/network-edit/errors';
import { seedBundle } from '../services/seed-files';
import { planImport, readSeedUpload } from '../services/seed-import';
import { seedNetwork } from '../services/seed-network';
import { ConflictError } from '../store/errors';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { SqliteUserStore } from '../store/sqlite/user-store';
import { appliedOrThrown } from './import-apply';
import { rawForm } from './import-form';
import { HeavyPool } from './pool';

const seed = loadSeedDirectory('graph-seed');
const admin = systemEditor('spec');
const regionEditor: Editor = { ...admin, admin: false, regionEditor: true, regions: new Set(), schools: new Set() };
/** The seed with the welder renamed: an import that changes one station. */
const renamedContent = { ...seed.content, stations: seed.content.stations.map((s) => (s.id === 'welder' ? { ...s, label: { ...s.label, en: 'Welder (imported)' } } : s)) };
const renamed = seedBundle(seed.meta, 1, renamedContent);

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-import-apply-'));
const databasePath = join(dir, 'vakmetro.db');
const store = new SqliteGraphStore(databasePath);
const pool = new HeavyPool({ size: 1, queue: 1 });

beforeAll(async () => {
	await store.migrate();
	await new SqliteUserStore(databasePath).migrate();
	await seedNetwork(store, 'graph-seed');
});
afterAll(async () => {
	await pool.close();
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

const apply = (text: string, baseVersion: number, editor = admin) =>
	pool.run('applyUpload', { files: [{ name: 'seed.yaml', text }], editor, network: 'seed', baseVersion, allowShrink: false, databasePath });

describe('an import applied in the heavy-task pool', () => {
	it('writes in a worker thread, on its own connection: this thread reads the new version', async () => {
		expect(await pool.run('threadId', undefined as never)).not.toBe(threadId);
		const outcome = appliedOrThrown(await apply(renamed, 1));
		expect(outcome).toMatchObject({ version: 2, preview: { totals: { added: 0, changed: 1, removed: 0 } } });
		const stored = await store.readNetwork('seed');
		expect(stored?.version).toBe(2);
		expect(stored?.content.stations.find((s) => s.id === 'welder')?.label.en).toBe('Welder (imported)');
	});

	it('refuses a preview of an older version as a conflict, and changes nothing', async () => {
		const outcome = await apply(seedBundle(seed.meta, 1, seed.content), 1);
		expect(() => appliedOrThrown(outcome)).toThrow(ConflictError);
		expect(await store.networkVersion('seed')).toBe(2);
	});

	it('hands back a change the importer may not make as the same refusal', async () => {
		// A region editor of no region may not rename the network (nor touch what it holds).
		const otherName = seedBundle({ ...seed.meta, label: { ...seed.meta.label, en: 'Another name' } }, 2, renamedContent);
		const outcome = await apply(otherName, 2, regionEditor);
		expect(() => appliedOrThrown(outcome)).toThrow(EditDenied);
		const here = planImport(regionEditor, 'seed', await store.readNetwork('seed'), readSeedUpload([{ name: 'seed.yaml', text: otherName }]));
		expect('denied' in outcome && outcome.denied).toEqual(here.preview.refused[0]!.refusal);
		expect(await store.networkVersion('seed')).toBe(2);
	});

	it('plans an upload in the worker from the SQLite file, as from the network read here', async () => {
		const files = [{ name: 'seed.yaml', text: seedBundle(seed.meta, 2, seed.content) }];
		const planned = await pool.run('planUpload', { files, editor: admin, network: 'seed', stored: { databasePath }, bundle: false });
		const here = planImport(admin, 'seed', await store.readNetwork('seed'), readSeedUpload(files));
		expect('plan' in planned && planned.plan).toEqual(here);
		expect(here.preview.kinds.find((k) => k.kind === 'stations')!.changed).toEqual([{ id: 'welder', fields: ['label'] }]);
	});

	it('reads the confirm form from its raw bytes in the worker, and hands back the new version indexed for the snapshot cache', async () => {
		const form = new FormData();
		form.append('bundle', seedBundle({ ...seed.meta, label: { ...seed.meta.label, en: 'Seed (raw form)' } }, 2, renamedContent));
		form.append('baseVersion', '2');
		const raw = await rawForm(new Request('http://localhost/en/import', { method: 'POST', body: form }));
		const outcome = appliedOrThrown(await pool.run('applyUpload', { form: raw, editor: admin, network: 'seed', databasePath, snapshot: true }, [raw.body]));
		// Transferred, not copied: this thread no longer holds the bytes.
		expect(raw.body.byteLength).toBe(0);
		expect('version' in outcome && outcome.version).toBe(3);
		const snapshot = 'snapshot' in outcome ? outcome.snapshot! : null;
		expect(snapshot?.version).toBe(3);
		expect(snapshot?.meta.label.en).toBe('Seed (raw form)');
		expect(snapshot?.stations.get('welder')).toBe(snapshot?.content.stations.find((s) => s.id === 'welder'));
		expect(snapshot?.searchEntries.length).toBeGreaterThan(snapshot!.content.stations.length);
		expect(await store.networkVersion('seed')).toBe(3);
	});

	it('answers a confirm form without a version as that field missing, and changes nothing', async () => {
		const raw = await rawForm(new Request('http://localhost/en/import', { method: 'POST', body: new URLSearchParams({ bundle: renamed }) }));
		expect(await pool.run('applyUpload', { form: raw, editor: admin, network: 'seed', databasePath }, [raw.body])).toEqual({ missing: 'baseVersion' });
		expect(await store.networkVersion('seed')).toBe(3);
	});

	it('hands back the problems of a broken file as data', async () => {
		const outcome = appliedOrThrown(await apply(renamed.replace('id: welder\n', 'id: Welder!\n'), 3));
		expect('issues' in outcome && outcome.issues[0]).toMatchObject({ item: "station 'Welder!'", field: 'id' });
	});
});
