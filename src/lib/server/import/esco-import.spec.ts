import { beforeAll, describe, expect, it } from 'vitest';
import { Id, Line, checkReferences, type NetworkContent, type Station } from '$lib/schemas';
import type { TaxonomyImport } from './assemble';
import { importEsco } from './esco-import';

import { FIXTURES } from './fixture-paths';

const WELDER_URI = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
let esco: TaxonomyImport;
beforeAll(async () => {
	esco = await importEsco(FIXTURES.esco);
});

const station = (content: NetworkContent, uri: string): Station => content.stations.find((s) => s.codes?.esco === uri)!;

describe('importEsco on the fixture slice', () => {
	it('imports every occupation with skills, and every skill, as a valid network', () => {
		expect(esco.report.imported).toMatchObject({ stations: 32, skills: 793, requirements: 2014 });
		expect(checkReferences(esco.content)).toEqual([]);
		for (const s of [...esco.content.stations, ...esco.content.skills, ...esco.content.lines]) expect(Id.safeParse(s.id).success).toBe(true);
		expect(esco.meta).toMatchObject({ id: 'esco', source: expect.stringContaining('This service uses the ESCO classification of the European Commission.') });
	});

	it('reports skipped rows grouped by reason with examples', () => {
		const skipped = Object.fromEntries(esco.report.skipped.map((s) => [s.reason, s]));
		expect(skipped['relation row points to an unknown occupation']).toMatchObject({ count: 3 });
		expect(skipped['relation row points to an unknown occupation']!.examples[0]).toContain('a9e54177-a185-404d-b6e6-15663d31137e');
		expect(skipped['relation row points to an unknown skill']).toMatchObject({ count: 2 });
		expect(skipped['occupation without skills (no relation rows)']!.examples).toEqual([expect.stringContaining('metal furnace operator')]);
		expect(esco.report.files.map((f) => f.file)).toContain('occupationSkillRelations.csv');
	});

	it("keeps a station's alternative labels in both languages, without repeats or its preferred label", () => {
		const welder = station(esco.content, WELDER_URI);
		expect(welder.altLabels!.en).toEqual(expect.arrayContaining(['arc welder', 'gas welder']));
		expect(welder.altLabels!.nl).toEqual(expect.arrayContaining(['gaslasser', 'scheepslasser']));
		expect(welder.altLabels!.en).not.toContain('welder');
		expect(new Set(welder.altLabels!.nl).size).toBe(welder.altLabels!.nl.length);
	});

	it('keeps codes, both languages and a deterministic id for a station', () => {
		const welder = station(esco.content, WELDER_URI);
		expect(welder).toMatchObject({
			id: 'esco-occ-7aedaa07-3884-4c5b-88f9-80997b2aa54b',
			label: { en: 'welder', nl: 'lasser' },
			codes: { esco: WELDER_URI, isco: '7212', brc: '07' },
			level: 3
		});
		expect(welder.description!.nl).not.toBe(welder.description!.en);
		expect(welder.requires.filter((r) => r.essential).length).toBeGreaterThan(5);
	});

	it('shows the English skill label in Dutch where ESCO has no Dutch one, and marks it', () => {
		const withDutch = esco.content.skills.filter((s) => !s.labelFallback);
		const fallback = esco.content.skills.filter((s) => s.labelFallback);
		expect(withDutch).toHaveLength(111);
		expect(withDutch.every((s) => s.label.nl !== undefined && s.codes?.esco)).toBe(true);
		expect(fallback.every((s) => s.labelFallback!.includes('nl') && s.label.nl === s.label.en)).toBe(true);
	});

	it('differentiates pay within a CBS class by the U.S. wage ratio, marked as an estimate with its sources', () => {
		const welder = station(esco.content, WELDER_URI);
		const band = esco.content.salaryBands.find((b) => b.id === welder.salaryBand)!;
		expect(band).toMatchObject({ currency: 'EUR', year: 2022, estimate: true });
		expect(band.source).toContain('85517NED');
		expect(band.source).toContain('U.S. median');
		expect(new Set(esco.content.salaryBands.map((b) => b.median)).size).toBeGreaterThan(2);
		// Readers get the derivation in their own language; the citation stays as the source words it.
		expect(band.method!.nl).toMatch(/^Schatting: het mediane bruto uurloon 2022 van beroepsklasse .* € 22,30.*Daarna maal [\d,]+: het Amerikaanse mediane loon/);
		expect(band.method!.en).toMatch(/^Estimate: the median gross hourly wage 2022 .* €22\.30.*Then times [\d.]+: this occupation's U\.S\. median wage/);
	});

	it('joins O*NET through the crosswalk: job zone and experience with their source', () => {
		expect(station(esco.content, WELDER_URI)).toMatchObject({ codes: { onet: '51-4121.00' }, profile: { jobZone: 2, source: expect.stringContaining('O*NET 29.2 51-4121.00') } });
	});

	it('joins the required level of education through the crosswalk, a narrower occupation inheriting its parent’s', () => {
		// O*NET RL medians: welders 2 (high school), engineering technicians 5 (associate's).
		expect(station(esco.content, WELDER_URI).profile).toMatchObject({ educationLevel: 2 });
		const technician = station(esco.content, 'http://data.europa.eu/esco/occupation/b31e404e-9af6-457d-a58a-208f612eeba3');
		const marine = station(esco.content, 'http://data.europa.eu/esco/occupation/04849c5c-9236-4a75-aabb-11c6d03e459c');
		expect(technician.profile).toMatchObject({ educationLevel: 5, source: expect.stringContaining('O*NET 29.2 17-3027.00') });
		expect(marine.profile).toMatchObject({ educationLevel: 5, source: expect.stringContaining('inherited from the parent occupation') });
		// Where O*NET 29.2 lacks the crosswalked code, Career Causeways' mean level, rounded, stands in.
		const fallback = esco.content.stations.filter((s) => s.profile?.source.startsWith('Mapping Career Causeways'));
		expect(fallback.length).toBeGreaterThan(0);
		for (const s of fallback) expect(s.profile!.educationLevel).toBeGreaterThanOrEqual(1);
	});

	it('derives lines whose every hop is a scored step-up that never falls in job zone or pay', () => {
		expect(esco.content.lines.length).toBeGreaterThan(5);
		const byId = new Map(esco.content.stations.map((s) => [s.id, s]));
		const pay = (id: string) => esco.content.salaryBands.find((b) => b.id === byId.get(id)!.salaryBand)!.median;
		for (const line of esco.content.lines) {
			expect(Line.safeParse(line).success).toBe(true);
			line.stops.slice(1).forEach((stop, i) => {
				const from = line.stops[i]!.station;
				expect(stop.score).toBeGreaterThanOrEqual(0.3);
				const zones = [byId.get(from)!.profile?.jobZone, byId.get(stop.station)!.profile?.jobZone];
				if (zones[0] !== undefined && zones[1] !== undefined) expect(zones[1]).toBeGreaterThanOrEqual(zones[0]);
				expect(pay(stop.station)).toBeGreaterThanOrEqual(pay(from));
			});
		}
		expect(esco.content.lines.filter((l) => l.stops.length >= 3).length).toBeGreaterThan(esco.content.lines.length / 2);
	});

	it('stores one-way bridges only for viable moves', () => {
		const moves = esco.content.stations.flatMap((s) => s.moves ?? []);
		expect(moves.length).toBeGreaterThan(0);
		for (const m of moves) expect(m.score).toBeGreaterThanOrEqual(0.3);
	});

	it('gives the same network for the same files', async () => {
		expect((await importEsco(FIXTURES.esco)).content).toEqual(esco.content);
	});
});
