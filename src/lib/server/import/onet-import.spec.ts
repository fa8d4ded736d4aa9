import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRANSITION_SETTINGS } from '$lib/engine/transitions';
import { Line, checkReferences } from '$lib/schemas';
import type { TaxonomyImport } from './assemble';
import { FIXTURES } from './fixture-paths';
import { importOnet } from './onet-import';

let onet: TaxonomyImport;
beforeAll(async () => {
	onet = await importOnet(FIXTURES.onet);
});

const station = (code: string) => onet.content.stations.find((s) => s.codes?.onet === code)!;

describe('importOnet on the fixture slice', () => {
	it('imports rated occupations and the 68 skill and knowledge elements as a valid network', () => {
		expect(onet.report.imported).toMatchObject({ stations: 18, skills: 68 });
		expect(checkReferences(onet.content)).toEqual([]);
		expect(onet.meta.source).toContain('USDOL/ETA');
		expect(onet.meta.source).toContain('CC BY 4.0');
		expect(onet.meta.source).toContain('OEWS May 2024');
	});

	it('keeps the O*NET-SOC code, derives the id from it and marks English-only skill labels', () => {
		expect(station('51-4121.00')).toMatchObject({ id: 'onet-51-4121-00', label: { en: 'Welders, Cutters, Solderers, and Brazers' }, level: 3 });
		expect(onet.content.skills.every((s) => s.labelFallback?.includes('nl') && s.label.nl === s.label.en)).toBe(true);
		expect(new Set(onet.content.skills.map((s) => s.group))).toEqual(new Set(['skill', 'knowledge']));
	});

	it('requires elements from importance 3; essential from 3.5 or among the five most important', () => {
		// Welders rate no element at 3.5 or more; their four required ones are what the job is.
		const welder = station('51-4121.00');
		expect(welder.requires.map((r) => [r.skill, r.essential])).toEqual([
			['onet-skill-2-c-2-a', true], // Production and Processing 3.49
			['onet-skill-2-b-3-m', true], // Quality Control Analysis 3.12
			['onet-skill-2-c-3-e', true], // Mechanical 3.1
			['onet-skill-2-a-2-d', true] // Monitoring 3
		]);
		const nurse = station('29-1141.00');
		expect(nurse.requires.filter((r) => r.essential).length).toBeGreaterThan(5);
		expect(nurse.requires.some((r) => !r.essential)).toBe(true);
		expect(nurse.requires.every((r) => r.level >= 1 && r.level <= 5)).toBe(true);
	});

	it('reports related pairs leading out of the slice and occupations without ratings', () => {
		const skipped = Object.fromEntries(onet.report.skipped.map((s) => [s.reason, s]));
		expect(skipped['related-occupation pair points to an unknown occupation']!.count).toBeGreaterThan(100);
		expect(skipped['occupation without skills (no usable skill or knowledge rating)']!.examples).toEqual(['11-1031.00 (Legislators)']);
	});

	it('takes salary bands from BLS OEWS percentiles, monthly in USD', () => {
		const band = onet.content.salaryBands.find((b) => b.id === station('51-4121.00').salaryBand)!;
		expect(band).toMatchObject({ min: Math.round(38130 / 12), median: 51000 / 12, max: Math.round(75850 / 12), currency: 'USD', year: 2024, estimate: false });
		expect(band.source).toContain('BLS OEWS May 2024');
		// O*NET specialisations share the wages of their SOC occupation.
		expect(station('29-1141.04').salaryBand).toBe(station('29-1141.00').salaryBand);
	});

	it('derives lines as ladders of step-ups of the transition model: never lower in job zone or pay', () => {
		const byId = new Map(onet.content.stations.map((s) => [s.id, s]));
		const pay = (id: string) => onet.content.salaryBands.find((b) => b.id === byId.get(id)!.salaryBand)!.median;
		expect(onet.content.lines.length).toBeGreaterThan(3);
		for (const line of onet.content.lines) {
			expect(Line.safeParse(line).success).toBe(true);
			for (let i = 1; i < line.stops.length; i++) {
				const [a, b] = [line.stops[i - 1]!.station, line.stops[i]!.station];
				expect(byId.get(b)!.profile!.jobZone!).toBeGreaterThanOrEqual(byId.get(a)!.profile!.jobZone!);
				expect(pay(b)).toBeGreaterThanOrEqual(pay(a));
				expect(line.stops[i]!.score).toBeGreaterThan(0);
			}
		}
		// SOC's own structure: the first-line supervisors of production workers lead welders and machinists.
		const ladder = onet.content.lines.find((l) => l.stops[0]!.station === 'onet-51-4041-00')!;
		expect(ladder.stops.map((s) => s.station).slice(0, 2)).toEqual(['onet-51-4041-00', 'onet-51-1011-00']);
		const nurses = onet.content.lines.find((l) => l.stops[0]!.station === 'onet-31-1131-00')!;
		expect(nurses.stops.map((s) => s.station)).toContain('onet-29-1141-00');
	});

	it('keeps a few viable moves per station as one-way bridges, with O*NET job zone, experience and training', () => {
		// The station's own choice, plus at most inBridges + 1 and upBridges + 1 chosen by their
		// destinations; its direct moves (walked only to their own destination) besides.
		const { bridgesPerOccupation, inBridges, upBridges, directMoves } = DEFAULT_TRANSITION_SETTINGS;
		for (const s of onet.content.stations) {
			const [direct, bridges] = [(s.moves ?? []).filter((m) => m.direct), (s.moves ?? []).filter((m) => !m.direct)];
			expect(bridges.length).toBeLessThanOrEqual(bridgesPerOccupation + inBridges + 1 + upBridges + 1);
			expect(direct.length).toBeLessThanOrEqual(directMoves);
			expect(direct.every((m) => m.desirable)).toBe(true);
			expect(new Set((s.moves ?? []).map((m) => m.to)).size).toBe((s.moves ?? []).length);
			for (const m of s.moves ?? []) expect(m.score).toBeGreaterThanOrEqual(0.3);
		}
		expect(onet.content.stations.some((s) => s.moves?.some((m) => m.direct))).toBe(true);
		// Registered nurses: bachelor's (RL 6) is the median, its 56 % share counted though O*NET marks it suppressed.
		expect(station('29-1141.00').profile).toMatchObject({ jobZone: 4, educationLevel: 6, source: 'O*NET 29.2 29-1141.00' });
		expect(station('31-1131.00').profile).toMatchObject({ educationLevel: 3 });
		// One-way: the aide may move to the nursing assistant, and the reverse is scored on its own.
		const aide = station('31-1121.00').moves!.find((m) => m.to === 'onet-31-1131-00')!;
		const back = station('31-1131.00').moves!.find((m) => m.to === 'onet-31-1121-00')!;
		expect(aide.score).not.toBe(back.score);
		// O*NET elements are generic: transversal basic skills, cross-sector the rest, so hops get an estimate.
		expect(onet.content.skills.every((s) => s.reuse === 'transversal' || s.reuse === 'cross-sector')).toBe(true);
	});
});
