import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractNetwork } from '../store/contract-fixture';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { ANONYMOUS } from '../viewer';
import { lineDetail, search, stationDetail } from './network-views';
import { buildSnapshot, snapshotData } from './snapshot';
import { SnapshotCache } from './snapshot-cache';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-snap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshot', () => {
	const { meta, content } = contractNetwork();
	const snap = buildSnapshot(meta, 3, structuredClone(content));

	it('indexes stations, lines per station and modules per skill', () => {
		expect(snap.stations.get('welder')!.label.en).toBe('Welder');
		expect(snap.linesByStation.get('planner')!.map((l) => l.id)).toEqual(['weld-line']);
		expect(snap.modulesBySkill.get('planning')!.map((m) => m.id)).toEqual(['plan-basics']);
		expect(snap.stationsBySkill.get('welding')!.map((s) => s.id)).toEqual(['welder', 'planner']);
	});

	it('is immutable', () => {
		expect(() => {
			(snap.content.stations[0] as { id: string }).id = 'x';
		}).toThrow();
	});

	it('memoises derived data once per snapshot', () => {
		let builds = 0;
		const a = snap.derive('k', () => ({ n: ++builds }));
		const b = snap.derive('k', () => ({ n: ++builds }));
		expect(a).toBe(b);
		expect(builds).toBe(1);
	});
});

describe('snapshot cache', () => {
	it('builds once per network version and rebuilds after a write', async () => {
		const store = new SqliteGraphStore(join(dir, 'cache.db'));
		await store.migrate();
		const { meta, content } = contractNetwork('net');
		await store.replaceNetwork(meta, content, { userId: null, label: 't' });
		const cache = new SnapshotCache(store);
		const first = await cache.get('net');
		expect(await cache.get('net')).toBe(first);
		await store.putItem('net', 'skills', { id: 'brazing', label: { nl: 'Hardsolderen', en: 'Brazing' } }, { userId: null, label: 't' });
		const second = await cache.get('net');
		expect(second).not.toBe(first);
		expect(second.version).toBe(2);
		expect(second.skills.has('brazing')).toBe(true);
		await expect(cache.get('missing')).rejects.toThrow("network 'missing' does not exist");
		await store.close();
	});

	it('installs a snapshot built elsewhere: requests meanwhile and after get it, frozen, without a rebuild; an older one is ignored', async () => {
		const store = new SqliteGraphStore(join(dir, 'install.db'));
		await store.migrate();
		const { meta, content } = contractNetwork('net');
		await store.replaceNetwork(meta, content, { userId: null, label: 't' });
		const cache = new SnapshotCache(store);
		const first = await cache.get('net');
		await store.putItem('net', 'skills', { id: 'brazing', label: { nl: 'Hardsolderen', en: 'Brazing' } }, { userId: null, label: 't' });
		// As a worker thread hands it over: plain data of the new version, a copy (structured clone).
		const stored = (await store.readNetwork('net'))!;
		const data = structuredClone(snapshotData(stored.meta, stored.version, stored.content));
		const writes = cache.invalidations;
		const installing = cache.install('net', data);
		// An install is a write made here: kept pages must see it at once, also on Neo4j.
		expect(cache.invalidations).toBe(writes + 1);
		const meanwhile = cache.get('net');
		const installed = await installing;
		expect(await meanwhile).toBe(installed);
		expect(await cache.get('net')).toBe(installed);
		expect(installed).not.toBe(first);
		expect(installed.version).toBe(2);
		expect(installed.skills.get('brazing')).toBe(installed.content.skills.find((s) => s.id === 'brazing'));
		expect(Object.isFrozen(installed.content.skills.at(-1))).toBe(true);
		expect(await cache.install('net', structuredClone(snapshotData(meta, 1, content)))).toBe(installed);
		expect(await cache.get('net')).toBe(installed);
		await store.close();
	});

	it('shares one rebuild between concurrent requests', async () => {
		const store = new SqliteGraphStore(join(dir, 'concurrent.db'));
		await store.migrate();
		const { meta, content } = contractNetwork('net');
		await store.replaceNetwork(meta, content, { userId: null, label: 't' });
		const cache = new SnapshotCache(store);
		const [a, b] = await Promise.all([cache.get('net'), cache.get('net')]);
		expect(a).toBe(b);
		await store.close();
	});

	it('with a poll interval, asks the store for the version at most that often', async () => {
		const store = new SqliteGraphStore(join(dir, 'poll.db'));
		await store.migrate();
		const { meta, content } = contractNetwork('net');
		await store.replaceNetwork(meta, content, { userId: null, label: 't' });
		let now = 0;
		const cache = new SnapshotCache(store, 2000, () => now);
		const first = await cache.get('net');
		await store.putItem('net', 'skills', { id: 'x', label: { nl: 'x', en: 'x' } }, { userId: null, label: 't' });
		now = 1000;
		expect(await cache.get('net')).toBe(first);
		now = 2500;
		expect((await cache.get('net')).version).toBe(2);
		await store.close();
	});
});

describe('network views', () => {
	const { meta, content } = contractNetwork();
	const snap = buildSnapshot(meta, 1, structuredClone(content));

	it('station detail lists skills with visible modules only', () => {
		const d = stationDetail(snap, 'planner', ANONYMOUS);
		const planning = d.requires.find((r) => r.skill.id === 'planning')!;
		expect(planning.modules).toEqual([]);
		expect(planning.untaught).toBe(true);
		const member = stationDetail(snap, 'planner', { userId: 'u', organisations: ['acme'], roles: [] });
		expect(member.requires.find((r) => r.skill.id === 'planning')!.modules.map((m) => m.id)).toEqual(['plan-basics']);
		expect(d.onLines[0]!.previous!.id).toBe('welder');
		expect(d.salary!.median).toBe(3200);
	});

	it('line detail counts months from the start', () => {
		const d = lineDetail(snap, 'weld-line');
		expect(d.stops.map((s) => [s.station.id, s.monthsFromStart])).toEqual([
			['welder', 0],
			['planner', 24]
		]);
	});

	it('unknown ids are NotFound errors naming the id', () => {
		expect(() => stationDetail(snap, 'astronaut', ANONYMOUS)).toThrow("station 'astronaut' does not exist");
		expect(() => lineDetail(snap, 'nope')).toThrow("line 'nope' does not exist");
	});

	it('search finds names in both languages, ignoring case and accents, hiding closed modules', () => {
		expect(search(snap, 'lasser', ANONYMOUS).map((h) => h.id)).toEqual(['welder']);
		expect(search(snap, 'WORK plan', ANONYMOUS).map((h) => h.id)).toEqual(['planner']);
		expect(search(snap, 'plannen', ANONYMOUS).map((h) => h.id)).toEqual(['planning']);
		expect(search(snap, 'plannen', { userId: 'u', organisations: ['acme'], roles: [] }).map((h) => h.id)).toEqual(['planning', 'plan-basics']);
		expect(search(snap, '   ', ANONYMOUS)).toEqual([]);
	});
});
