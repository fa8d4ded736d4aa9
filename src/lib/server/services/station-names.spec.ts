import { describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { ANONYMOUS } from '../viewer';
import { buildSnapshot } from './snapshot';
import { listsStations, stationNamed, typedStations, withStationIds } from './station-names';

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, seed.content);

describe('a station named by a reader', () => {
	it('takes an id as is, and a name in either language, case and accents ignored', () => {
		expect(stationNamed(snap, 'hygienic-welder', ANONYMOUS)).toEqual({ id: 'hygienic-welder' });
		expect(stationNamed(snap, 'Hygiënisch lasser', ANONYMOUS)).toEqual({ id: 'hygienic-welder' });
		expect(stationNamed(snap, '  hygienisch LASSER ', ANONYMOUS)).toEqual({ id: 'hygienic-welder' });
		expect(stationNamed(snap, 'Hygienic welder', ANONYMOUS)).toEqual({ id: 'hygienic-welder' });
	});

	it('takes the exact name over names that start with it ("Lasser" is not "Hygiënisch lasser")', () => {
		expect(stationNamed(snap, 'lasser', ANONYMOUS)).toEqual({ id: 'welder' });
	});

	it('offers the stations a name might mean when it names no one station, and none for nonsense', () => {
		const some = stationNamed(snap, 'las', ANONYMOUS);
		expect('suggestions' in some && some.suggestions.length).toBeGreaterThan(1);
		if ('suggestions' in some) for (const s of some.suggestions) expect(snap.stations.has(s.id)).toBe(true);
		expect(stationNamed(snap, 'zzqx', ANONYMOUS)).toEqual({ suggestions: [] });
		expect(stationNamed(snap, 'x'.repeat(201), ANONYMOUS)).toEqual({ suggestions: [] });
		expect(stationNamed(snap, '__proto__', ANONYMOUS)).toEqual({ suggestions: [] });
	});
});

describe('a form query with typed station names', () => {
	it('gets ids for the names, keeps everything else, and says when nothing changed', () => {
		const typed = withStationIds(new URLSearchParams('from=Lasser&to=welding-coordinator&k=3&via='), ['from', 'to', 'via'], snap, ANONYMOUS);
		expect(typed).toMatchObject({ changed: true });
		if (!('query' in typed)) throw new Error('expected a query');
		expect(Object.fromEntries(typed.query)).toEqual({ from: 'welder', to: 'welding-coordinator', k: '3', via: '' });
		const ids = withStationIds(typed.query, ['from', 'to', 'via'], snap, ANONYMOUS);
		expect(ids).toMatchObject({ changed: false });
	});

	it('names the first field that fits no one station, with a query per suggestion', () => {
		const typed = withStationIds(new URLSearchParams('from=Lasser&to=las&k=3'), ['from', 'to'], snap, ANONYMOUS);
		if (!('unnamed' in typed)) throw new Error('expected an unnamed station');
		expect(typed.unnamed).toMatchObject({ field: 'to', typed: 'las' });
		expect(typed.unnamed.suggestions.length).toBeGreaterThan(1);
		for (const s of typed.unnamed.suggestions) {
			const q = new URLSearchParams(s.query);
			expect(q.get('to')).toBe(s.id);
			expect(q.get('from')).toBe('welder');
			expect(q.get('k')).toBe('3');
		}
	});
});

it('lists the seed network in full, not a taxonomy of thousands', () => {
	expect(listsStations(snap)).toBe(true);
	const big = buildSnapshot(seed.meta, 1, {
		...seed.content,
		stations: Array.from({ length: 401 }, (_, i) => ({ ...seed.content.stations[0]!, id: `s${i}` }))
	});
	expect(listsStations(big)).toBe(false);
});

describe('a page with typed station fields', () => {
	const big = buildSnapshot(seed.meta, 1, {
		...seed.content,
		stations: [...seed.content.stations, ...Array.from({ length: 401 }, (_, i) => ({ ...seed.content.stations[0]!, id: `copy-${i}`, label: { nl: `Kopie ${i}`, en: `Copy ${i}` } }))]
	});
	const page = (query: string) => new URL(`http://localhost/en/plan?${query}`);

	it('redirects to the link with ids when every name means one station, and stays when it has ids', () => {
		expect(typedStations(page('from=Lasser&to=welding-coordinator'), ['from', 'to'], big, ANONYMOUS)).toEqual({
			listed: false,
			redirectTo: '/en/plan?from=welder&to=welding-coordinator',
			unnamed: null
		});
		expect(typedStations(page('from=welder&to=welding-coordinator'), ['from', 'to'], big, ANONYMOUS)).toEqual({ listed: false, redirectTo: null, unnamed: null });
	});

	it('says the field whose name means no one station, with a link per station it might mean', () => {
		const { unnamed, redirectTo } = typedStations(page('from=Lasser&to=las'), ['from', 'to'], big, ANONYMOUS);
		expect(redirectTo).toBeNull();
		expect(unnamed).toMatchObject({ field: 'to', typed: 'las' });
		expect(unnamed!.suggestions.length).toBeGreaterThan(1);
		for (const s of unnamed!.suggestions) expect(s.href).toMatch(/^\/en\/plan\?from=welder&to=[\w-]+$/);
	});

	it('leaves a network small enough to list alone', () => {
		expect(typedStations(page('from=Lasser'), ['from'], snap, ANONYMOUS)).toEqual({ listed: true, redirectTo: null, unnamed: null });
	});
});
