import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { systemEditor } from '../services/network-edit/editor';
import { seedBundle } from '../services/seed-files';
import { planImport, readSeedUpload } from '../services/seed-import';
import { rawForm, readImportForm } from './import-form';
import { HeavyPool, HeavyPoolBusy, defaultPoolOptions } from './pool';

const seed = loadSeedDirectory('graph-seed');
const bundle = seedBundle(seed.meta, 1, seed.content);
const editor = systemEditor('spec');
const stored = { meta: seed.meta, version: 1, content: structuredClone(seed.content) };
stored.content.stations = stored.content.stations.map((s) => (s.id === 'welder' ? { ...s, label: { ...s.label, en: 'Welder (old)' } } : s));

const pool = new HeavyPool({ size: 1, queue: 1 });
afterAll(() => pool.close());

const plan = (text = bundle) => pool.run('planUpload', { files: [{ name: 'seed.yaml', text }], editor, network: 'seed', stored, bundle: true });

describe('the heavy-task pool', () => {
	it('runs the work in a worker thread, not on the request thread', async () => {
		pool.warm();
		pool.warm();
		expect(pool.load).toEqual({ running: 0, waiting: 0 });
		const worker = await pool.run('threadId', undefined as never);
		expect(worker).not.toBe(threadId);
	});

	it('plans an upload in the worker exactly as on the request thread', async () => {
		const result = await plan();
		const here = planImport(editor, 'seed', stored, readSeedUpload([{ name: 'seed.yaml', text: bundle }]));
		expect('plan' in result && result.plan).toEqual(here);
		expect('plan' in result && result.plan.preview.kinds.find((k) => k.kind === 'stations')!.changed).toEqual([{ id: 'welder', fields: ['label'] }]);
		// The bundle for the confirm step comes packed, a fraction of the YAML, and reads back as the files uploaded.
		const packed = ('plan' in result && result.bundle) || '';
		expect(packed.length).toBeLessThan(bundle.length / 4);
		const confirm = await readImportForm(await rawForm(new Request('http://localhost/', { method: 'POST', body: new URLSearchParams({ bundle: packed, baseVersion: '1' }) })), 'apply');
		expect('files' in confirm && readSeedUpload(confirm.files).content).toEqual(seed.content);
	});

	it('reads a preview form from its raw bytes in the worker: the same plan, or the missing field', async () => {
		const form = new FormData();
		form.append('files', new Blob([bundle], { type: 'application/yaml' }), 'seed.yaml');
		const raw = await rawForm(new Request('http://localhost/', { method: 'POST', body: form }));
		const result = await pool.run('planUpload', { files: raw, editor, network: 'seed', stored, bundle: false }, [raw.body]);
		expect('plan' in result && result.plan).toEqual(planImport(editor, 'seed', stored, readSeedUpload([{ name: 'seed.yaml', text: bundle }])));
		const empty = await rawForm(new Request('http://localhost/', { method: 'POST', body: new FormData() }));
		expect(await pool.run('planUpload', { files: empty, editor, network: 'seed', stored, bundle: false }, [empty.body])).toEqual({ missing: 'files' });
	});

	it('hands back the problems of a broken file as data', async () => {
		const result = await plan(bundle.replace('id: welder\n', 'id: Welder!\n'));
		expect('issues' in result && result.issues[0]).toMatchObject({ file: 'seed.yaml › stations', item: "station 'Welder!'", field: 'id' });
	});

	it('refuses work beyond its workers and queue with HeavyPoolBusy, and finishes what it took', async () => {
		const taken = [plan(), plan()];
		await expect(plan()).rejects.toBeInstanceOf(HeavyPoolBusy);
		expect(pool.load).toEqual({ running: 1, waiting: 1 });
		for (const r of await Promise.all(taken)) expect('plan' in r).toBe(true);
		expect(pool.load).toEqual({ running: 0, waiting: 0 });
	});

	it('passes a failure in the worker on as an error with its message', async () => {
		await expect(pool.run('planUpload', { files: null, editor, network: 'seed', stored, bundle: false } as never)).rejects.toThrow(/null/);
		expect('plan' in (await plan())).toBe(true);
	});

	it('sizes itself for the machine: a worker per spare core, at most two, and a bounded queue', () => {
		expect(defaultPoolOptions({ HEAVY_WORKERS: '2', HEAVY_QUEUE: '0' })).toEqual({ size: 2, queue: 0 });
		const d = defaultPoolOptions({});
		expect(d.size).toBeGreaterThanOrEqual(1);
		expect(d.size).toBeLessThanOrEqual(2);
		expect(defaultPoolOptions({ HEAVY_WORKERS: '0' }).size).toBe(d.size);
	});
});
