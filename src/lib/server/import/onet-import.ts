import type { SalaryBand, Skill, Station } from '$lib/schemas';
import {
	transitionSettings,
	type TransitionInput,
	type TransitionNetwork,
	type TransitionOccupation,
	type TransitionSettings,
	type TransitionSkill
} from '$lib/engine/transitions';
import { assembleImport, type TaxonomyImport } from './assemble';
import { ONET_ATTRIBUTION } from './attribution';
import { readOewsBands } from './bls-wages';
import { RECOMMENDED_BRIDGE_THRESHOLD } from './bridges';
import { modelLines, modelNote } from './model-lines';
import { onetStationId } from './ids';
import { educationByJobZone, readOnetEte } from './onet-experience';
import { readOnetImportance } from './onet-importance';
import { EQF_BY_JOB_ZONE, readOnetJobZones } from './onet-job-zones';
import { readOnetOccupations } from './onet-occupations';
import { readOnetRatings, type OnetElement } from './onet-ratings';
import { readOnetRelated, type RelatedOccupation } from './onet-related';
import { socField } from './soc-fields';
import type { TaxonomyImportOptions } from './options';
import { ReferenceTally } from './guard';
import { silentProgress } from './progress';
import type { ReadContext } from './read-context';
import { recordingFiles, type ImportReport } from './report';
import { SkipLog } from './skip-log';
import { bilingual } from './text';
import { wageFile } from './wage-file';

const LINE_DESCRIPTION = {
	nl: 'Afgeleid uit O*NET: elke halte is een haalbare, wenselijke stap omhoog (hogere job zone, ervaring of loon, nooit lager) volgens het overstapmodel, met O*NET\'s Related Occupations als bewijs.',
	en: "Derived from O*NET: each stop is a viable, desirable step up (higher job zone, experience or pay, never lower) in the transition model, with O*NET's Related Occupations as evidence."
};

/** OEWS publishes wages per SOC code (`51-4121`); an occupation without its own estimate takes its broad group's. */
export function bandFor(code: string, bands: ReadonlyMap<string, SalaryBand>): SalaryBand | undefined {
	const soc = code.slice(0, 7);
	return bands.get(soc) ?? bands.get(`${soc.slice(0, 6)}0`);
}

/**
 * Reads an O*NET database folder (CSV edition) into a validated network: occupations with skill
 * or knowledge ratings become stations, rated elements skills (English only, so the Dutch label
 * is the English one, marked), salary bands come from BLS OEWS; lines are ladders of step-ups
 * and stations carry the viable moves (one-way bridges) of the transition model, as for ESCO. Throws ImportError when the data is unusable.
 */
export async function importOnet(
	folder: string,
	options: TaxonomyImportOptions & { transitions?: Parameters<typeof transitionSettings>[0] } = {}
): Promise<TaxonomyImport & { model: OnetModel }> {
	const files: ImportReport['files'] = [];
	const ctx: ReadContext = { progress: recordingFiles(options.progress ?? silentProgress, files), skips: new SkipLog(), notes: [], references: new ReferenceTally() };
	const settings = transitionSettings(options.transitions);

	const occupations = await readOnetOccupations(folder, ctx);
	const codes = new Set(occupations.keys());
	const { elements, requirements } = await readOnetRatings(folder, codes, ctx);
	const related = await readOnetRelated(folder, codes, ctx);
	const zones = await readOnetJobZones(folder, codes, ctx);
	const { experience, training, education: rated } = await readOnetEte(folder, codes, ctx);
	// Occupations without RL ratings take the median level of their job zone (an estimate, said in the source).
	const education = new Map(rated);
	const byZone = educationByJobZone(zones, rated);
	for (const [code, zone] of zones) if (!education.has(code) && byZone.has(zone)) education.set(code, byZone.get(zone)!);
	const { profiles } = await readOnetImportance(folder, ctx);
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
			certificates: [],
			...(zone || experience.has(occ.code) || training.has(occ.code) || education.has(occ.code)
				? {
						profile: {
							...(zone ? { jobZone: zone } : {}),
							...(experience.has(occ.code) ? { experienceMonths: Math.min(240, experience.get(occ.code)!) } : {}),
							...(training.has(occ.code) ? { trainingMonths: Math.min(240, training.get(occ.code)!) } : {}),
							...(education.has(occ.code) ? { educationLevel: education.get(occ.code)! } : {}),
							source: `O*NET 29.2 ${occ.code}${!rated.has(occ.code) && education.has(occ.code) ? ' (required education: the median of its job zone)' : ''}`
						}
					}
				: {})
		});
	}
	ctx.notes.push('O*NET is English only: station and skill labels show English in Dutch too (skills carry labelFallback: nl)');

	const skills: Skill[] = [...elements].map(([element, e]) => ({
		id: e.id,
		label: { en: e.name, nl: e.name },
		labelFallback: ['nl'],
		group: e.group,
		reuse: onetReuse(element)
	}));

	ctx.progress.stage('scoring transitions');
	const input = onetModelInput(stations, elements, { zones, experience, training, education, related, profiles, usedBands });
	const built = modelLines(stations, input, settings, {
		fieldOf: (st) => `soc-${st.codes!.onet!.slice(0, 2)}`,
		description: LINE_DESCRIPTION
	});
	const { network, lines } = built;
	ctx.notes.push(modelNote(built));

	const meta = { id: options.network ?? 'onet', label: { nl: 'O*NET-beroepen (VS)', en: 'O*NET occupations (US)' }, source: ONET_ATTRIBUTION };
	const imported = assembleImport('onet', meta, { stations, skills, salaryBands: [...usedBands.values()], lines }, ctx, files, options.bridgeThreshold ?? RECOMMENDED_BRIDGE_THRESHOLD.onet);
	return { ...imported, model: { settings, network, input, stationIds: stations.map((st) => st.id), related, codeOf: new Map(stations.map((st) => [st.id, st.codes!.onet!])) } };
}

/** What the O*NET model made of the import, for the evaluation (not stored). */
export interface OnetModel {
	settings: TransitionSettings;
	network: TransitionNetwork;
	input: TransitionInput;
	stationIds: string[];
	related: Map<string, RelatedOccupation[]>;
	codeOf: Map<string, string>;
}

/** A related occupation's strength as evidence: O*NET's rank 1 counts fully, rank 20 a little. */
const relatedStrength = (index: number) => Math.max(0.05, (21 - index) / 20);

/**
 * The transition model's view of O*NET: the rated elements as skills (grouped by their place in
 * the content model, 2.C.2 manufacturing knowledge …), job zone, experience, training and education from
 * O*NET itself, BLS pay, importance profiles as work profiles, the SOC field, and O*NET's
 * Related Occupations as curated moves — the evidence O*NET publishes for transitions.
 */
function onetModelInput(
	stations: readonly Station[],
	elements: ReadonlyMap<string, OnetElement>,
	data: {
		zones: ReadonlyMap<string, number>;
		experience: ReadonlyMap<string, number>;
		training: ReadonlyMap<string, number>;
		education: ReadonlyMap<string, number>;
		related: ReadonlyMap<string, readonly RelatedOccupation[]>;
		profiles: ReadonlyMap<string, number[]>;
		usedBands: ReadonlyMap<string, SalaryBand>;
	}
): TransitionInput {
	const groupIndex = new Map<string, number>();
	const skillIndex = new Map<string, number>();
	const skills: TransitionSkill[] = [];
	for (const [element, e] of elements) {
		const group = element.split('.').slice(0, 3).join('.');
		if (!groupIndex.has(group)) groupIndex.set(group, groupIndex.size);
		skillIndex.set(e.id, skills.length);
		skills.push({ id: e.id, kind: e.group === 'knowledge' ? 'knowledge' : 'skill', reuse: onetReuse(element), group: groupIndex.get(group)! });
	}
	const index = new Map(stations.map((st, i) => [st.codes!.onet!, i]));
	const node = new Map<string, number>();
	const nodeOf = (key: string) => node.get(key) ?? node.set(key, node.size).get(key)!;
	const workProfiles: number[][] = [];
	const occupations: TransitionOccupation[] = stations.map((st) => {
		const code = st.codes!.onet!;
		const field = socField(code);
		const profile = data.profiles.get(code);
		if (profile) workProfiles.push(profile);
		const curated = new Map<number, number>();
		for (const r of data.related.get(code) ?? []) {
			const to = index.get(r.code);
			if (to !== undefined) curated.set(to, relatedStrength(r.index));
		}
		return {
			id: st.id,
			essential: st.requires.filter((r) => r.essential).map((r) => skillIndex.get(r.skill)!),
			optional: st.requires.filter((r) => !r.essential).map((r) => skillIndex.get(r.skill)!),
			level: {
				jobZone: data.zones.get(code) ?? null,
				experienceMonths: data.experience.get(code) ?? null,
				trainingMonths: data.training.get(code) ?? null,
				educationLevel: data.education.get(code) ?? null
			},
			pay: st.salaryBand ? (data.usedBands.get(st.salaryBand)?.median ?? null) : null,
			work: profile ? workProfiles.length - 1 : -1,
			field: { path: field.path.map(nodeOf), leads: field.leads.map(nodeOf) },
			curated
		};
	});
	return { skills, groupCount: groupIndex.size, occupations, workProfiles };
}

/**
 * O*NET's elements are generic, so none is occupation-specific: basic skills (2.A: reading,
 * mathematics, monitoring …) are transversal, the rest (cross-functional skills, knowledge
 * areas) cross-sector. The hop effort estimate weighs a missing element by it.
 */
export function onetReuse(element: string): 'transversal' | 'cross-sector' {
	return element.startsWith('2.A') ? 'transversal' : 'cross-sector';
}
