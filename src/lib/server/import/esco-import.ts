import type { SalaryBand, Station } from '$lib/schemas';
import { assembleImport, type TaxonomyImport } from './assemble';
import { ESCO_ATTRIBUTION } from './attribution';
import { chainLines } from './chain-lines';
import { readCbsClassBands } from './cbs-wages';
import { linesFromChains } from './derived-lines';
import { readEscoOccupations } from './esco-occupations';
import { readEscoRequirements } from './esco-requirements';
import { readEscoSkills } from './esco-skills';
import { escoStepUps, type EscoStepUpOptions } from './esco-step-ups';
import { EQF_BY_ISCO_LEVEL, iscoSkillLevel } from './isco';
import { brcClassOf } from './isco-brc-map';
import type { TaxonomyImportOptions } from './options';
import { ReferenceTally } from './guard';
import { silentProgress } from './progress';
import type { ReadContext } from './read-context';
import { recordingFiles, type ImportReport } from './report';
import { SkipLog } from './skip-log';
import { wageFile } from './wage-file';

/** ESCO publishes no proficiency levels; every requirement asks for the middle level. */
export const ESCO_REQUIREMENT_LEVEL = 3;

export type EscoImportOptions = TaxonomyImportOptions & EscoStepUpOptions;

const LINE_DESCRIPTION = {
	nl: 'Afgeleid uit ESCO: elke halte vraagt de meeste essentiële vaardigheden van de vorige en ligt even hoog of hoger in ISCO-vaardigheidsniveau.',
	en: 'Derived from ESCO: each stop requires most essential skills of the one before and sits at the same or a higher ISCO skill level.'
};

/**
 * Reads an ESCO CSV release (folder with en/, nl/ and relations/) into a validated network:
 * occupations become stations, skills skills, essential/optional relations requirements; lines
 * are derived (see esco-step-ups), salary bands estimated from CBS class medians.
 * Throws ImportError (nothing is returned, so nothing can be written) when the data is unusable.
 */
export async function importEsco(folder: string, options: EscoImportOptions = {}): Promise<TaxonomyImport> {
	const files: ImportReport['files'] = [];
	const ctx: ReadContext = { progress: recordingFiles(options.progress ?? silentProgress, files), skips: new SkipLog(), notes: [], references: new ReferenceTally() };

	const occupations = await readEscoOccupations(folder, ctx);
	const skills = await readEscoSkills(folder, ctx);
	const requirements = await readEscoRequirements(folder, new Set(occupations.keys()), new Set(skills.keys()), ctx);
	const wages = wageFile(folder, options.wages, 'nl-wages/cbs_85517NED_uurloon_beroepsklasse_2021_2022.csv', ctx);
	const bands = wages ? await readCbsClassBands(wages, ctx.progress, ctx.skips) : new Map<string, SalaryBand>();

	ctx.progress.stage('building stations');
	const stations: Station[] = [];
	const usedBands = new Map<string, SalaryBand>();
	for (const occ of occupations.values()) {
		const needs = requirements.get(occ.uri);
		if (!needs || needs.size === 0) {
			ctx.skips.skip('occupation without skills (no relation rows)', `${occ.uri} (${occ.label.en})`);
			continue;
		}
		const level = occ.isco ? iscoSkillLevel(occ.isco) : undefined;
		const brc = occ.isco ? brcClassOf(occ.isco) : undefined;
		const band = brc ? bands.get(brc) : undefined;
		if (band) usedBands.set(band.id, band);
		stations.push({
			id: occ.id,
			label: occ.label,
			...(occ.altLabels ? { altLabels: occ.altLabels } : {}),
			...(occ.description ? { description: occ.description } : {}),
			...(level ? { level: EQF_BY_ISCO_LEVEL[level]! } : {}),
			codes: { esco: occ.uri, ...(occ.isco ? { isco: occ.isco } : {}), ...(brc ? { brc } : {}) },
			requires: [...needs].map(([uri, essential]) => ({ skill: skills.get(uri)!.id, essential, level: ESCO_REQUIREMENT_LEVEL })),
			...(band ? { salaryBand: band.id } : {}),
			regions: [],
			certificates: []
		});
	}
	const unmapped = stations.filter((s) => s.codes?.isco && !s.codes.brc).length;
	if (unmapped > 0) ctx.notes.push(`${unmapped} stations have an ISCO-08 group without a BRC 2014 class in the mapping: no salary band`);

	ctx.progress.stage('deriving lines');
	const iscoOf = new Map(stations.map((s) => [s.id, s.codes?.isco]));
	const steps = escoStepUps(
		stations.flatMap((s) => {
			const isco = iscoOf.get(s.id);
			return isco ? [{ id: s.id, isco, essential: s.requires.filter((r) => r.essential).map((r) => r.skill) }] : [];
		}),
		options
	);
	const labels = new Map(stations.map((s) => [s.id, s.label]));
	const lines = linesFromChains(chainLines(steps), (id) => labels.get(id)!, (id) => `isco-${iscoOf.get(id)?.[0] ?? 'x'}`, LINE_DESCRIPTION);

	const meta = { id: options.network ?? 'esco', label: { nl: 'ESCO-beroepen', en: 'ESCO occupations' }, source: ESCO_ATTRIBUTION };
	return assembleImport(
		'esco',
		meta,
		{ stations, skills: [...skills.values()], salaryBands: [...usedBands.values()], lines },
		ctx,
		files,
		options.bridgeThreshold
	);
}

