import { describe, expect, it } from 'vitest';
import type { Module, NetworkContent } from '$lib/schemas';
import { loadSeedDirectory } from '../seed/load';
import { toCsv } from './csv';
import { compareRegions, regionGaps, sortGaps } from './forgotten-craftsmanship';
import { buildSnapshot } from './snapshot';

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, structuredClone(seed.content));

function withChanges(change: (c: NetworkContent) => void) {
	const content = structuredClone(seed.content);
	change(content);
	return buildSnapshot(seed.meta, 2, content);
}

const orbital = (visibility: 'public' | 'closed', level: number): Module => ({
	id: `orbital-${visibility}-${level}`,
	label: { nl: 'Orbitaal lassen', en: 'Orbital welding' },
	kind: 'workshop',
	hours: 24,
	price: 900,
	currency: 'EUR',
	language: 'nl',
	provider: 'Test',
	visibility,
	...(visibility === 'closed' ? { organisation: 'van-der-meer-machinebouw' } : {}),
	teaches: [{ skill: 'orbital-welding-thin-wall-stainless', level }],
	awards: [],
	points: 0,
	certificates: []
});

const missingAt = (s: typeof snap, region: string, station: string) =>
	regionGaps(s, region).gaps.find((g) => g.station === station)?.missing.map((m) => `${m.skill} ${m.required}/${m.taughtUpTo}`) ?? [];

describe('forgotten craftsmanship per region', () => {
	it('finds the hygienic crafts the sector mapped as untaught, with the missing skills', () => {
		const zh = regionGaps(snap, 'zuid-holland');
		expect(zh.mapped).toBe(51);
		expect(zh.gaps.map((g) => g.station)).toEqual(['hygienic-welder', 'hygienic-fitter', 'hygienic-design-engineer', 'aircraft-structures-fitter']);
		expect(missingAt(snap, 'zuid-holland', 'hygienic-welder')).toEqual(['orbital-welding-thin-wall-stainless 3/0']);
		expect(zh.gaps[0]!.demand).toBe('high');
	});

	it('only stations mapped in the region count', () => {
		expect(regionGaps(snap, 'limburg').gaps.map((g) => g.station)).toEqual(['precision-fitter']);
	});

	it('a closed module does not cover a skill for the region; a public one does, at the required level', () => {
		expect(missingAt(withChanges((c) => c.modules.push(orbital('closed', 4))), 'zuid-holland', 'hygienic-welder')).toHaveLength(1);
		expect(missingAt(withChanges((c) => c.modules.push(orbital('public', 2))), 'zuid-holland', 'hygienic-welder')).toEqual(['orbital-welding-thin-wall-stainless 3/2']);
		expect(missingAt(withChanges((c) => c.modules.push(orbital('public', 3))), 'zuid-holland', 'hygienic-welder')).toEqual([]);
	});

	it('a curriculum covers its own region only, and counts as a programme leading there', () => {
		const s = withChanges((c) =>
			c.curricula.push({
				id: 'aventus-hygienic-fitter',
				label: { nl: 'Hygiënisch monteur', en: 'Hygienic fitter' },
				school: 'aventus',
				level: 'mbo-3',
				leadsTo: ['hygienic-fitter', 'hygienic-welder'],
				teaches: [{ skill: 'slope-drainability', level: 3 }]
			})
		);
		expect(missingAt(s, 'gelderland', 'hygienic-fitter')).toEqual([]);
		expect(missingAt(s, 'zuid-holland', 'hygienic-fitter')).toHaveLength(1);
		expect(regionGaps(s, 'gelderland').gaps.find((g) => g.station === 'hygienic-welder')!.programmes).toBe(1);
		expect(regionGaps(s, 'zuid-holland').gaps.find((g) => g.station === 'hygienic-welder')!.programmes).toBe(0);
	});

	it('sorts by a column with stable tie-breaks', () => {
		const gaps = regionGaps(snap, 'noord-brabant').gaps;
		expect(sortGaps(gaps, 'station', 'asc', 'en').map((g) => g.label.en)).toEqual([
			'Aircraft structures fitter',
			'Hygienic design engineer',
			'Hygienic fitter',
			'Hygienic welder',
			'Precision fitter (machine tools)'
		]);
		const byDemand = sortGaps(gaps, 'demand', 'desc', 'en').map((g) => g.demand);
		expect(byDemand).toEqual([...byDemand].sort((a, b) => ['high', 'medium', 'low', null].indexOf(a) - ['high', 'medium', 'low', null].indexOf(b)));
	});

	it('compares two regions station by station', () => {
		const { stations } = compareRegions(snap, 'zuid-holland', 'limburg');
		const precision = stations.find((s) => s.station === 'precision-fitter')!;
		expect(precision.a).toBeNull();
		expect(precision.b!.map((m) => m.skill)).toEqual(['manual-scraping-machine-guides']);
		const welder = stations.find((s) => s.station === 'hygienic-welder')!;
		expect(welder.a).toHaveLength(1);
		expect(welder.b).toBeNull();
	});

	it('refuses an unknown region', () => {
		expect(() => regionGaps(snap, 'atlantis')).toThrow("region 'atlantis' does not exist");
	});
});

describe('csv', () => {
	it('quotes what needs quoting and defuses spreadsheet formulas', () => {
		expect(toCsv([['a', 'b, c', 'say "hi"', 3], ['=1+1', 'x\ny']])).toBe('a,"b, c","say ""hi""",3\r\n\'=1+1,"x\ny"\r\n');
	});
});
