import type { SalaryBand, Skill, Station } from '$lib/schemas';
import { assembleImport, type TaxonomyImport } from './assemble';
import { ONET_ATTRIBUTION } from './attribution';
import { readOewsBands } from './bls-wages';
import { RECOMMENDED_BRIDGE_THRESHOLD } from './bridges';
import { chainLines } from './chain-lines';
import { linesFromChains } from './derived-lines';
import { onetStationId } from './ids';
import { readOnetExperience } from './onet-experience';
import { EQF_BY_JOB_ZONE, readOnetJobZones } from './onet-job-zones';
import { readOnetOccupations } from './onet-occupations';
import { readOnetRatings } from './onet-ratings';
import { readOnetRelated } from './onet-related';
import { onetStepUps } from './onet-step-ups';
import type { TaxonomyImportOptions } from './options';
import { silentProgress } from './progress';
import type { ReadContext } from './read-context';
import { recordingFiles, type ImportReport } from './report';
import { SkipLog } from './skip-log';
import { bilingual } from './text';
import { wageFile } from './wage-file';

const LINE_DESCRIPTION = {
	nl: 'Afgeleid uit O*NET: elke halte is een verwant beroep (Related Occupations) in een hogere job zone.',
	en: 'Derived from O*NET: each stop is a related occupation (Related Occupations) in a higher job zone.'
};

/** OEWS publishes wages per SOC code (`51-4121`); an occupation without its own estimate takes its broad group's. */
export function bandFor(code: string, bands: ReadonlyMap<string, SalaryBand>): SalaryBand | undefined {
	const soc = code.slice(0, 7);
	return bands.get(soc) ?? bands.get(`${soc.slice(0, 6)}0`);
}

/**
 * Reads an O*NET database folder (CSV edition) into a validated network: occupations with skill
 * or knowledge ratings become stations, rated elements skills (English only, so the Dutch label
 * is the English one, marked), lines are derived from related occupations and job zones, salary
 * bands come from BLS OEWS. Throws ImportError when the data is unusable.
 */
export async function importOnet(folder: string, options: TaxonomyImportOptions = {}): Promise<TaxonomyImport> {
	const files: ImportReport['files'] = [];
	const ctx: ReadContext = { progress: recordingFiles(options.progress ?? silentProgress, files), skips: new SkipLog(), notes: [] };

	const occupations = await readOnetOccupations(folder, ctx);
	const codes = new Set(occupations.keys());
	const { elements, requirements } = await readOnetRatings(folder, codes, ctx);
	const related = await readOnetRelated(folder, codes, ctx);
	const zones = await readOnetJobZones(folder, codes, ctx);
	const experience = await readOnetExperience(folder, codes, ctx);
	const wages = wageFile(folder, options.wages, 'bls-oews-may2024/oews_national_M2024.csv', ctx);
	const bands = wages ? await readOewsBands(wages, ctx.progress, ctx.skips) : new Map<string, SalaryBand>();

	ctx.progress.stage('building stations');
	const stations: Station[] = [];
	const usedBands = new Map<string, SalaryBand>();
	for (const occ of occupations.values()) {
		const needs = requirements.get(occ.code);
		if (!needs) {
			ctx.skips.skip('occupation without skills (no usable skill or knowledge rating)', `${occ.code} (${occ.title})`);
			continue;
		}
		const zone = zones.get(occ.code);
		const band = bandFor(occ.code, bands);
		if (band) usedBands.set(band.id, band);
		const description = bilingual(occ.description, undefined);
		stations.push({
			id: onetStationId(occ.code),
			label: bilingual(occ.title, undefined)!,
			...(description ? { description } : {}),
			...(zone ? { level: EQF_BY_JOB_ZONE[zone]! } : {}),
			codes: { onet: occ.code },
			requires: needs,
			...(band ? { salaryBand: band.id } : {}),
			regions: [],
			certificates: []
		});
	}
	ctx.notes.push('O*NET is English only: station and skill labels show English in Dutch too (skills carry labelFallback: nl)');

	const skills: Skill[] = [...elements.values()].map((e) => ({
		id: e.id,
		label: { en: e.name, nl: e.name },
		labelFallback: ['nl'],
		group: e.group
	}));

	ctx.progress.stage('deriving lines');
	const stationOf = new Map(stations.map((s) => [s.codes!.onet!, s.id]));
	const steps = onetStepUps(stationOf, related, zones, experience);
	const byId = new Map(stations.map((s) => [s.id, s]));
	const lines = linesFromChains(
		chainLines(steps),
		(id) => byId.get(id)!.label,
		(id) => `soc-${byId.get(id)!.codes!.onet!.slice(0, 2)}`,
		LINE_DESCRIPTION
	);

	const meta = { id: options.network ?? 'onet', label: { nl: 'O*NET-beroepen (VS)', en: 'O*NET occupations (US)' }, source: ONET_ATTRIBUTION };
	return assembleImport('onet', meta, { stations, skills, salaryBands: [...usedBands.values()], lines }, ctx, files, options.bridgeThreshold ?? RECOMMENDED_BRIDGE_THRESHOLD.onet);
}
