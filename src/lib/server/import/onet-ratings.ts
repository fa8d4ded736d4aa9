import { join } from 'node:path';
import type { SkillRequirement } from '$lib/schemas';
import { csvRecords } from './csv-records';
import { onetSkillId } from './ids';
import type { ReadContext } from './read-context';

/** Importance (1–5) from which a skill or knowledge area is required: 3 = "important". */
export const REQUIRED_IMPORTANCE = 3;
/** From 3.5 (between "important" and "very important") it is essential, below optional… */
export const ESSENTIAL_IMPORTANCE = 3.5;
/**
 * …except an occupation's most important required elements, which are essential anyway: hands-on
 * occupations rate few elements above 3.5 (welders: none), yet their top ones are what the job is.
 */
export const ESSENTIAL_TOP = 5;

export interface OnetElement {
	id: string;
	name: string;
	group: 'skill' | 'knowledge';
}

interface Rating {
	importance?: number;
	level?: number;
	notRelevant?: boolean;
}

const RATING_FILES = [
	{ file: 'Skills.csv', group: 'skill' },
	{ file: 'Knowledge.csv', group: 'knowledge' }
] as const;

/** O*NET level scale 0–7 onto the 1–5 skill level of Vakmetro. */
export function levelFromOnet(lv: number): number {
	return Math.min(5, Math.max(1, Math.round((lv / 7) * 5)));
}

/**
 * Skill and knowledge ratings (Skills.csv, Knowledge.csv) as requirements per occupation. An
 * element is required from importance 3 and essential from 3.5 or when among the occupation's
 * five most important required elements, at the rated level. Ratings
 * O*NET flags as unreliable (Recommend Suppress = Y) are left out and reported; "Not Relevant"
 * elements are not required.
 */
export async function readOnetRatings(
	folder: string,
	occupations: ReadonlySet<string>,
	ctx: ReadContext
): Promise<{ elements: Map<string, OnetElement>; requirements: Map<string, SkillRequirement[]> }> {
	const elements = new Map<string, OnetElement>();
	const ratings = new Map<string, Map<string, Rating>>();
	const columns = ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'];
	for (const { file, group } of RATING_FILES) {
		let row = 0;
		for await (const r of csvRecords(join(folder, file), columns, ctx.progress)) {
			row++;
			const code = r['O*NET-SOC Code'] ?? '';
			const element = r['Element ID'] ?? '';
			const value = Number(r['Data Value']);
			ctx.references.row(file);
			if (!occupations.has(code)) {
				ctx.references.unknown(file);
				ctx.skips.skip('rating row points to an unknown occupation', `${file} row ${row}: ${code}`);
				continue;
			}
			if (r['Recommend Suppress'] === 'Y') {
				ctx.skips.skip('rating flagged Recommend Suppress (unreliable estimate)', `${file} row ${row}: ${code} ${element} ${r['Scale ID']}`);
				continue;
			}
			if (!element || !r['Data Value'] || !Number.isFinite(value)) {
				ctx.skips.skip('rating row without an element or value', `${file} row ${row}: ${code} '${element}'`);
				continue;
			}
			if (!elements.has(element)) elements.set(element, { id: onetSkillId(element), name: r['Element Name'] ?? element, group });
			const perOccupation = ratings.get(code) ?? new Map<string, Rating>();
			ratings.set(code, perOccupation);
			const rating = perOccupation.get(element) ?? {};
			perOccupation.set(element, rating);
			if (r['Scale ID'] === 'IM') rating.importance = value;
			else if (r['Scale ID'] === 'LV') {
				rating.level = value;
				rating.notRelevant = r['Not Relevant'] === 'Y';
			}
		}
	}
	const requirements = new Map<string, SkillRequirement[]>();
	for (const [code, perOccupation] of ratings) {
		const required: { element: string; importance: number; level: number }[] = [];
		for (const [element, { importance, level, notRelevant }] of perOccupation) {
			if (importance === undefined || importance < REQUIRED_IMPORTANCE || notRelevant) continue;
			if (level === undefined) ctx.skips.skip('important element without a usable level rating', `${code} ${element}`);
			else required.push({ element, importance, level });
		}
		required.sort((a, b) => b.importance - a.importance || (a.element < b.element ? -1 : 1));
		const needs = required.map(({ element, importance, level }, rank) => ({
			skill: elements.get(element)!.id,
			essential: importance >= ESSENTIAL_IMPORTANCE || rank < ESSENTIAL_TOP,
			level: levelFromOnet(level)
		}));
		if (needs.length > 0) requirements.set(code, needs);
	}
	return { elements, requirements };
}
