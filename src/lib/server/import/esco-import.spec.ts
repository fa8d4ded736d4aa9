import { beforeAll, describe, expect, it } from 'vitest';
import { Id, Line, checkReferences, type NetworkContent, type Station } from '$lib/schemas';
import type { TaxonomyImport } from './assemble';
import { HOURS_PER_MONTH } from './cbs-wages';
import { importEsco } from './esco-import';
import { DEFAULT_CONTAINMENT } from './esco-step-ups';
import { FIXTURES } from './fixture-paths';
import { iscoSkillLevel } from './isco';

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

	it('estimates salary bands from the CBS class median, marked as estimates with their source', () => {
		const band = esco.content.salaryBands.find((b) => b.id === station(esco.content, WELDER_URI).salaryBand)!;
		expect(band).toMatchObject({ currency: 'EUR', year: 2022, estimate: true, median: Math.round(22.3 * HOURS_PER_MONTH) });
		expect(band.min).toBe(band.median);
		expect(band.source).toContain('85517NED');
		// Readers get the derivation in their own language; the citation stays as the source words it.
		expect(band.method!.nl).toMatch(/^Schatting: het mediane bruto uurloon 2022 van beroepsklasse .* € 22,30/);
		expect(band.method!.en).toMatch(/^Estimate: the median gross hourly wage 2022 .* €22\.30/);
		expect(esco.content.salaryBands.map((b) => b.id)).toEqual(['esco-pay-brc-05', 'esco-pay-brc-07']);
	});

	it('derives valid lines whose every hop is a step up in skill inclusion and ISCO level', () => {
		expect(esco.content.lines.length).toBeGreaterThan(5);
		const byId = new Map(esco.content.stations.map((s) => [s.id, s]));
		const essential = (id: string) => new Set(byId.get(id)!.requires.filter((r) => r.essential).map((r) => r.skill));
		for (const line of esco.content.lines) {
			expect(Line.safeParse(line).success).toBe(true);
			line.stops.slice(1).forEach((stop, i) => {
				const from = line.stops[i]!.station;
				const shared = [...essential(from)].filter((s) => essential(stop.station).has(s)).length;
				expect(shared / essential(from).size).toBeGreaterThanOrEqual(DEFAULT_CONTAINMENT);
				expect(iscoSkillLevel(byId.get(stop.station)!.codes!.isco!)!).toBeGreaterThanOrEqual(iscoSkillLevel(byId.get(from)!.codes!.isco!)!);
				expect(stop.months).toBeGreaterThan(0);
			});
		}
		expect(esco.report.derived.stationsOnLines).toBe(32);
	});

	it('gives the same network for the same files', async () => {
		expect((await importEsco(FIXTURES.esco)).content).toEqual(esco.content);
	});
});
