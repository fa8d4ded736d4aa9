import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/**
 * Importance ratings (IM, 1–5) of every skill and knowledge element per O*NET-SOC code, as
 * equal-length vectors in one element order: the work profile the transition model compares.
 * Suppressed ratings count as the lowest importance (1).
 */
export async function readOnetImportance(folder: string, ctx: ReadContext): Promise<{ elements: string[]; profiles: Map<string, number[]> }> {
	const ratings = new Map<string, Map<string, number>>();
	const elementSet = new Set<string>();
	for (const file of ['Skills.csv', 'Knowledge.csv']) {
		for await (const r of csvRecords(join(folder, file), ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Data Value', 'Recommend Suppress'], ctx.progress)) {
			if (r['Scale ID'] !== 'IM') continue;
			const value = Number(r['Data Value']);
			const code = r['O*NET-SOC Code'] ?? '';
			const element = r['Element ID'] ?? '';
			if (!code || !element || !Number.isFinite(value)) continue;
			elementSet.add(element);
			const per = ratings.get(code) ?? new Map<string, number>();
			per.set(element, r['Recommend Suppress'] === 'Y' ? 1 : value);
			ratings.set(code, per);
		}
	}
	const elements = [...elementSet].sort();
	const profiles = new Map<string, number[]>();
	for (const [code, per] of ratings) profiles.set(code, elements.map((e) => per.get(e) ?? 1));
	return { elements, profiles };
}
