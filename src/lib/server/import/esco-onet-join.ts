import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SalaryBand } from '$lib/schemas';
import { readOewsBands } from './bls-wages';
import { readCrosswalk } from './crosswalk';
import { readMccOccupations } from './mcc-occupations';
import { resolveOnetCode, type OnetResolution } from './onet-codes';
import { educationByJobZone, monthsOfMeanCategory, OJ_MONTHS, readOnetEte, RW_MONTHS } from './onet-experience';
import { readOnetImportance } from './onet-importance';
import { bandFor } from './onet-import';
import { readOnetJobZones } from './onet-job-zones';
import { readOnetOccupations } from './onet-occupations';
import { readOnetRelated, type RelatedOccupation } from './onet-related';
import type { ReadContext } from './read-context';

/** Where the data sets next to ESCO are; each defaults to its sibling folder in the data root. */
export interface EscoJoinSources {
	crosswalk?: string;
	onet?: string;
	bls?: string;
}

export interface EscoLevel {
	jobZone: number | null;
	experienceMonths: number | null;
	trainingMonths: number | null;
	/** Required level of education, an O*NET RL category 1–12. */
	educationLevel: number | null;
	source: string;
}

export interface EscoOnetJoin {
	/** ESCO URI → O*NET 29.2 code, how it was found and whether it is inherited from a parent. */
	onet: Map<string, { code: string; how: OnetResolution; inherited: boolean }>;
	level: Map<string, EscoLevel>;
	/** Work profiles (O*NET importance vectors), indexed per O*NET code. */
	workProfiles: number[][];
	workIndex: Map<string, number>;
	/** O*NET Related Occupations, per O*NET code (the evaluation's curated reference). */
	related: Map<string, RelatedOccupation[]>;
	/** Career Causeways' number of desirable moves per ESCO URI (the evaluation's reference). */
	nDesirable: Map<string, number>;
	/** U.S. median monthly wage (BLS OEWS) per ESCO URI, through its O*NET code. */
	usWage: Map<string, SalaryBand>;
}

function sibling(folder: string, asked: string | undefined, names: string[]): string | undefined {
	if (asked !== undefined) return existsSync(asked) ? asked : undefined;
	for (const name of names) {
		const path = join(folder, '..', name);
		if (existsSync(path)) return path;
	}
	return undefined;
}

/**
 * Joins ESCO occupations to O*NET 29.2 through the Career Causeways crosswalk: job zone,
 * experience, training and required education (O*NET first, the project's own per-occupation averages where the
 * code does not join), skill/knowledge importance profiles, related occupations and U.S. wages.
 * Every source is optional: what is missing is noted and the model runs on what is there.
 */
export async function joinEscoOnet(
	folder: string,
	occupations: ReadonlySet<string>,
	parentOf: ReadonlyMap<string, string>,
	sources: EscoJoinSources,
	ctx: ReadContext
): Promise<EscoOnetJoin> {
	const result: EscoOnetJoin = { onet: new Map(), level: new Map(), workProfiles: [], workIndex: new Map(), related: new Map(), nDesirable: new Map(), usWage: new Map() };
	const crosswalkDir = sibling(folder, sources.crosswalk, ['esco-onet-crosswalk']);
	if (!crosswalkDir) {
		ctx.notes.push('no ESCO ↔ O*NET crosswalk next to the ESCO folder: stations get no job zone, experience or work profile');
		return result;
	}
	const mccFile = join(crosswalkDir, 'mcc_transitions_Occupation_data.csv');
	const mcc = existsSync(mccFile) ? await readMccOccupations(mccFile, occupations, ctx) : new Map();
	for (const [uri, m] of mcc) if (m.nDesirable !== null) result.nDesirable.set(uri, m.nDesirable);
	const matches = await readCrosswalk(join(crosswalkDir, 'esco_onet_crosswalk_Nov2020.csv'), occupations, parentOf, ctx);

	const onetDir = sibling(folder, sources.onet, ['onet-29.2', 'onet']);
	let zones = new Map<string, number>();
	let experience = new Map<string, number>();
	let training = new Map<string, number>();
	let education = new Map<string, number>();
	if (onetDir) {
		const onetOccupations = await readOnetOccupations(onetDir, ctx);
		const codes = new Set(onetOccupations.keys());
		const byTitle = new Map([...onetOccupations.values()].map((o) => [o.title.toLowerCase(), o.code]));
		const unresolved = new Set<string>();
		for (const [uri, m] of matches) {
			const r = resolveOnetCode(m.onet, m.title, codes, byTitle);
			if (r) result.onet.set(uri, { code: r.code, how: r.how, inherited: m.inheritedFrom !== undefined });
			else unresolved.add(`${m.onet} (${m.title})`);
		}
		for (const code of [...unresolved].sort()) ctx.skips.skip('crosswalk O*NET code not found in O*NET 29.2 (no job zone, experience or profile from O*NET)', code);
		const used = new Set([...result.onet.values()].map((o) => o.code));
		zones = await readOnetJobZones(onetDir, codes, ctx);
		({ experience, training, education } = await readOnetEte(onetDir, codes, ctx));
		const { profiles } = await readOnetImportance(onetDir, ctx);
		for (const code of [...used].sort()) {
			const p = profiles.get(code);
			if (!p) continue;
			result.workIndex.set(code, result.workProfiles.length);
			result.workProfiles.push(p);
		}
		result.related = await readOnetRelated(onetDir, codes, ctx);
	} else ctx.notes.push('no O*NET folder next to the ESCO folder: job zones and experience come from Career Causeways only');

	const byZone = educationByJobZone(zones, education);
	for (const uri of occupations) {
		const code = result.onet.get(uri)?.code;
		const m = mcc.get(uri);
		const fromOnet = code !== undefined && zones.has(code);
		const jobZone = fromOnet ? zones.get(code)! : (m?.jobZone ?? null);
		const experienceMonths = code !== undefined && experience.has(code) ? experience.get(code)! : m?.experience != null ? monthsOfMeanCategory(RW_MONTHS, m.experience) : null;
		const trainingMonths = code !== undefined && training.has(code) ? training.get(code)! : m?.training != null ? monthsOfMeanCategory(OJ_MONTHS, m.training) : null;
		// Career Causeways publishes the mean RL category; a station asks for a whole level. Without
		// either, the median level of the station's job zone in O*NET.
		const rated = (code !== undefined && education.has(code)) || m?.education != null;
		const educationLevel =
			code !== undefined && education.has(code)
				? education.get(code)!
				: m?.education != null
					? Math.round(m.education)
					: jobZone !== null
						? (byZone.get(jobZone) ?? null)
						: null;
		const byItsZone = !rated && educationLevel !== null ? '; required education: the median of its job zone' : '';
		if (jobZone === null && experienceMonths === null && trainingMonths === null && educationLevel === null) continue;
		const inherited = result.onet.get(uri)?.inherited ? ', inherited from the parent occupation' : '';
		result.level.set(uri, {
			jobZone,
			experienceMonths,
			trainingMonths,
			educationLevel,
			source: (fromOnet ? `O*NET 29.2 ${code} via the ESCO–O*NET crosswalk${inherited}` : 'Mapping Career Causeways occupation data (Nesta)') + byItsZone
		});
	}
	const unschooled = [...occupations].filter((uri) => (result.level.get(uri)?.educationLevel ?? null) === null).length;
	if (unschooled > 0) ctx.notes.push(`${unschooled} occupations have no required level of education from O*NET or Career Causeways: hops to them charge no education step`);
	const missing = occupations.size - result.level.size;
	if (missing > 0) ctx.notes.push(`${missing} occupations have no job zone, experience or training from O*NET or Career Causeways`);

	const blsFile = sources.bls ?? sibling(folder, undefined, [join('bls-oews-may2024', 'oews_national_M2024.csv')]);
	if (blsFile && existsSync(blsFile)) {
		const bands = await readOewsBands(blsFile, ctx.progress, ctx.skips);
		for (const [uri, o] of result.onet) {
			const band = bandFor(o.code, bands);
			if (band) result.usWage.set(uri, band);
		}
	} else ctx.notes.push('no BLS OEWS file next to the ESCO folder: pay is not differentiated within a CBS class');
	return result;
}
