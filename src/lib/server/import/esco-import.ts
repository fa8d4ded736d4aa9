import type { SalaryBand, Station } from '$lib/schemas';
import {
	scoreMove,
	transitionSettings,
	workSimilarity,
	type TransitionNetwork,
	type TransitionInput,
	type TransitionOccupation,
	type TransitionSettings,
	type TransitionSkill
} from '$lib/engine/transitions';
import { assembleImport, type TaxonomyImport } from './assemble';
import { ESCO_ATTRIBUTION } from './attribution';
import { readCbsClassBands } from './cbs-wages';
import { differentiatedBands, leaderFloors, raisedBand } from './esco-pay';
import { modelLines, modelNote } from './model-lines';
import { readEscoHierarchy } from './esco-hierarchy';
import { joinEscoOnet, type EscoJoinSources, type EscoOnetJoin } from './esco-onet-join';
import { readEscoOccupations } from './esco-occupations';
import { readEscoRequirements } from './esco-requirements';
import { readEscoSkills } from './esco-skills';
import { EQF_BY_ISCO_LEVEL, iscoSkillLevel } from './isco';
import { iscoField } from './isco-fields';
import { brcClassOf } from './isco-brc-map';
import { EQF_BY_JOB_ZONE } from './onet-job-zones';
import type { TaxonomyImportOptions } from './options';
import { ReferenceTally } from './guard';
import { silentProgress } from './progress';
import type { ReadContext } from './read-context';
import { recordingFiles, type ImportReport } from './report';
import { SkipLog } from './skip-log';
import { wageFile } from './wage-file';
import { fillJobZones } from './job-zone-fill';

/**
 * How far an ESCO pay estimate may be off, as a share. The pay is a CBS class median times a U.S.
 * pay ratio; across the 12 CBS classes the U.S. pay level of a class predicts its Dutch median
 * with a residual of 16 % (log standard deviation 0.163, docs/taxonomies.md). Estimates that
 * differ by less than 10 %, well inside that, are equal pay to the planner's rules.
 */
export const ESCO_PAY_MARGIN = 0.1;

/** ESCO publishes no proficiency levels; every requirement asks for the middle level. */
export const ESCO_REQUIREMENT_LEVEL = 3;

export type EscoImportOptions = TaxonomyImportOptions & EscoJoinSources & { transitions?: Parameters<typeof transitionSettings>[0] };

/** What the model made of the import, for the evaluation (not stored). */
export interface EscoModel {
	settings: TransitionSettings;
	network: TransitionNetwork;
	/** What the model ran on (to score or explain any pair afterwards). */
	input: TransitionInput;
	/** Station ids in the model's occupation order. */
	stationIds: string[];
	join: EscoOnetJoin;
	uriOf: Map<string, string>;
}

const LINE_DESCRIPTION = {
	nl: 'Afgeleid uit ESCO en O*NET: elke halte is een haalbare, wenselijke stap omhoog (hogere job zone, ervaring of loon, nooit lager) volgens het overstapmodel.',
	en: 'Derived from ESCO and O*NET: each stop is a viable, desirable step up (higher job zone, experience or pay, never lower) in the transition model.'
};

/**
 * Reads an ESCO CSV release (folder with en/, nl/ and relations/) into a validated network:
 * occupations become stations with a level profile and pay joined from O*NET, BLS and CBS
 * through the Career Causeways crosswalk; lines are ladders of step-ups and stations carry
 * the viable moves (one-way bridges) of the transition model (src/lib/engine/transitions).
 * Throws ImportError (nothing is returned, so nothing can be written) when the data is unusable.
 */
export async function importEsco(folder: string, options: EscoImportOptions = {}): Promise<TaxonomyImport & { model: EscoModel }> {
	const files: ImportReport['files'] = [];
	const ctx: ReadContext = { progress: recordingFiles(options.progress ?? silentProgress, files), skips: new SkipLog(), notes: [], references: new ReferenceTally() };
	const settings = transitionSettings(options.transitions);

	const occupations = await readEscoOccupations(folder, ctx);
	const skills = await readEscoSkills(folder, ctx);
	const requirements = await readEscoRequirements(folder, new Set(occupations.keys()), new Set(skills.keys()), ctx);
	const hierarchy = await readEscoHierarchy(folder, ctx);
	const joined = await joinEscoOnet(folder, new Set(occupations.keys()), hierarchy.parentOccupation, options, ctx);
	const wages = wageFile(folder, options.wages, 'nl-wages/cbs_85517NED_uurloon_beroepsklasse_2021_2022.csv', ctx);
	const classBands = wages ? await readCbsClassBands(wages, ctx.progress, ctx.skips) : new Map<string, SalaryBand>();

	ctx.progress.stage('building stations');
	const stations: Station[] = [];
	const uriOf = new Map<string, string>();
	for (const occ of occupations.values()) {
		const needs = requirements.get(occ.uri);
		if (!needs || needs.size === 0) {
			ctx.skips.skip('occupation without skills (no relation rows)', `${occ.uri} (${occ.label.en})`);
			continue;
		}
		const level = joined.level.get(occ.uri);
		const iscoLevel = occ.isco ? iscoSkillLevel(occ.isco) : undefined;
		const eqf = level?.jobZone ? EQF_BY_JOB_ZONE[level.jobZone] : iscoLevel ? EQF_BY_ISCO_LEVEL[iscoLevel] : undefined;
		const brc = occ.isco ? brcClassOf(occ.isco) : undefined;
		const onet = joined.onet.get(occ.uri)?.code;
		uriOf.set(occ.id, occ.uri);
		stations.push({
			id: occ.id,
			label: occ.label,
			...(occ.altLabels ? { altLabels: occ.altLabels } : {}),
			...(occ.description ? { description: occ.description } : {}),
			...(eqf ? { level: eqf } : {}),
			codes: { esco: occ.uri, ...(occ.isco ? { isco: occ.isco } : {}), ...(onet ? { onet } : {}), ...(brc ? { brc } : {}) },
			// Essential first, so a hop's reason lists what the job cannot do without.
			requires: [...needs]
				.sort((a, b) => Number(b[1]) - Number(a[1]))
				.map(([uri, essential]) => ({ skill: skills.get(uri)!.id, essential, level: ESCO_REQUIREMENT_LEVEL })),
			regions: [],
			certificates: [],
			...(level
				? {
						profile: {
							...(level.jobZone !== null ? { jobZone: level.jobZone } : {}),
							...(level.experienceMonths !== null ? { experienceMonths: Math.min(240, level.experienceMonths) } : {}),
							...(level.trainingMonths !== null ? { trainingMonths: Math.min(240, level.trainingMonths) } : {}),
							...(level.educationLevel !== null ? { educationLevel: level.educationLevel } : {}),
							source: level.source
						}
					}
				: {})
		});
	}
	const bands = differentiatedBands(
		stations.map((s) => ({ id: s.id, uri: uriOf.get(s.id)!, classBand: s.codes?.brc ? classBands.get(s.codes.brc) : undefined })),
		joined.usWage
	);

	ctx.progress.stage('scoring transitions');
	const skillIndex = new Map<string, number>();
	const groupIndex = new Map<string, number>();
	const modelSkills: TransitionSkill[] = [];
	for (const [uri, skill] of skills) {
		skillIndex.set(skill.id, modelSkills.length);
		const group = hierarchy.skillGroup.get(uri);
		if (group !== undefined && !groupIndex.has(group)) groupIndex.set(group, groupIndex.size);
		modelSkills.push({ id: skill.id, kind: skill.group === 'knowledge' ? 'knowledge' : 'skill', reuse: skill.reuse ?? null, group: group === undefined ? -1 : groupIndex.get(group)! });
	}
	const zones = fillJobZones(stations.map((s) => ({ isco: s.codes?.isco, jobZone: s.profile?.jobZone ?? null })));
	const fieldNode = new Map<string, number>();
	const node = (prefix: string) => fieldNode.get(prefix) ?? fieldNode.set(prefix, fieldNode.size).get(prefix)!;
	const classificationOf = (isco: string | undefined) => {
		if (!isco) return {};
		const f = iscoField(isco);
		return { field: { path: f.path.map(node), leads: f.leads.map(node) } };
	};
	const payOf = (s: Station) => bands.get(s.id)?.median ?? null;
	const occupationOf = (s: Station, i: number): TransitionOccupation => ({
		id: s.id,
		essential: s.requires.filter((r) => r.essential).map((r) => skillIndex.get(r.skill)!),
		optional: s.requires.filter((r) => !r.essential).map((r) => skillIndex.get(r.skill)!),
		level: {
			jobZone: zones[i]!,
			experienceMonths: s.profile?.experienceMonths ?? null,
			trainingMonths: s.profile?.trainingMonths ?? null,
			educationLevel: s.profile?.educationLevel ?? null
		},
		pay: payOf(s),
		work: s.codes?.onet !== undefined ? (joined.workIndex.get(s.codes.onet) ?? -1) : -1,
		...classificationOf(s.codes?.isco)
	});
	const inputOf = (occupations: TransitionOccupation[]): TransitionInput => ({ skills: modelSkills, groupCount: groupIndex.size, occupations, workProfiles: joined.workProfiles });

	// Leaders are estimated no lower than the workers they lead (esco-pay.ts, leaderFloors); whether
	// a worker can move into the leader does not depend on pay, so the model answers it before pay is final.
	const estimated = inputOf(stations.map(occupationOf));
	const work = workSimilarity(estimated.workProfiles);
	const floors = leaderFloors(
		stations.map((s, i) => ({ isco: s.codes?.isco, onet: s.codes?.onet, jobZone: zones[i]!, pay: payOf(s) })),
		(w, l) => scoreMove(estimated, settings, w, l, work)?.viable ?? false
	);
	for (const [l, w] of floors) {
		const worker = stations[w]!;
		bands.set(stations[l]!.id, raisedBand(stations[l]!.id, bands.get(stations[l]!.id)!, { label: worker.label, band: bands.get(worker.id)! }));
	}
	if (floors.size > 0) ctx.notes.push(`${floors.size} supervisors and managers estimated no lower than an occupation they lead (leader pay floor)`);
	const usedBands = new Map<string, SalaryBand>();
	for (const s of stations) {
		const band = bands.get(s.id);
		if (!band) continue;
		s.salaryBand = band.id;
		usedBands.set(band.id, { ...band, margin: ESCO_PAY_MARGIN });
	}
	const unpaid = stations.filter((s) => !s.salaryBand).length;
	if (unpaid > 0) ctx.notes.push(`${unpaid} stations have no CBS class (ISCO-08 group not mapped to BRC 2014): pay unknown`);
	const modelOccupations = stations.map(occupationOf);
	const input = inputOf(modelOccupations);
	ctx.progress.stage('deriving lines and bridges');
	const built = modelLines(stations, input, settings, {
		fieldOf: (s) => `isco-${s.codes?.isco?.[0] ?? 'x'}`,
		description: LINE_DESCRIPTION
	});
	const { network, lines } = built;
	ctx.notes.push(modelNote(built));

	const meta = { id: options.network ?? 'esco', label: { nl: 'ESCO-beroepen', en: 'ESCO occupations' }, source: ESCO_ATTRIBUTION };
	const imported = assembleImport('esco', meta, { stations, skills: [...skills.values()], salaryBands: [...usedBands.values()], lines }, ctx, files, options.bridgeThreshold);
	return { ...imported, model: { settings, network, input, stationIds: stations.map((s) => s.id), join: joined, uriOf } };
}

