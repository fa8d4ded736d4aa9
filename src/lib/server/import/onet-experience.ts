import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/**
 * Months of the Related Work Experience categories (RW, 1–11) of O*NET, each at the middle of
 * its range: 1 none, 2 up to a month, 3 one to three months … 11 over ten years.
 */
export const RW_MONTHS: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 5, 5: 9, 6: 18, 7: 36, 8: 60, 9: 84, 10: 108, 11: 132 };
/** Months of the On-the-Job Training categories (OJ, 1–9), each at the middle of its range. */
export const OJ_MONTHS: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 5, 5: 9, 6: 18, 7: 36, 8: 84, 9: 132 };

/** Months of a mean category (as Career Causeways publishes them), between its two neighbours. */
export function monthsOfMeanCategory(table: Record<number, number>, category: number): number {
	const lo = Math.floor(category);
	const hi = Math.ceil(category);
	const a = table[lo];
	const b = table[hi];
	if (a === undefined || b === undefined) return table[Math.min(Math.max(Math.round(category), 1), Object.keys(table).length)] ?? 0;
	return Math.round(a + (b - a) * (category - lo));
}

/**
 * Typical related work experience per O*NET-SOC code: the median category of the RW distribution
 * in Education_Training_and_Experience.csv (the category where the cumulative share of
 * respondents reaches 50 %), in months. Suppressed rows are left out.
 */
export function readOnetExperience(folder: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<Map<string, number>> {
	return readOnetEteMonths(folder, occupations, ctx, 'RW', RW_MONTHS);
}

/** Typical on-the-job training per O*NET-SOC code in months, read like the experience. */
export function readOnetTraining(folder: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<Map<string, number>> {
	return readOnetEteMonths(folder, occupations, ctx, 'OJ', OJ_MONTHS);
}

async function readOnetEteMonths(
	folder: string,
	occupations: ReadonlySet<string>,
	ctx: ReadContext,
	scale: 'RW' | 'OJ',
	table: Record<number, number>
): Promise<Map<string, number>> {
	const shares = new Map<string, Map<number, number>>();
	const columns = ['O*NET-SOC Code', 'Scale ID', 'Category', 'Data Value', 'Recommend Suppress'];
	for await (const r of csvRecords(join(folder, 'Education_Training_and_Experience.csv'), columns, ctx.progress)) {
		if (r['Scale ID'] !== scale || r['Recommend Suppress'] === 'Y') continue;
		const code = r['O*NET-SOC Code'] ?? '';
		const category = Number(r.Category);
		const share = Number(r['Data Value']);
		if (!occupations.has(code) || table[category] === undefined || !(share >= 0)) continue;
		const perCode = shares.get(code) ?? new Map<number, number>();
		perCode.set(category, share);
		shares.set(code, perCode);
	}
	const months = new Map<string, number>();
	for (const [code, perCode] of shares) {
		const total = [...perCode.values()].reduce((a, b) => a + b, 0);
		if (total <= 0) continue;
		let cumulative = 0;
		for (const category of [...perCode.keys()].sort((a, b) => a - b)) {
			cumulative += perCode.get(category)!;
			if (cumulative >= total / 2) {
				months.set(code, table[category]!);
				break;
			}
		}
	}
	return months;
}
