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
 * What Education_Training_and_Experience.csv says per O*NET-SOC code: the typical related work
 * experience (RW) and on-the-job training (OJ) in months, and the required level of education
 * (RL, O*NET category 1–12: 2 high school, 3 post-secondary certificate, 5 associate's,
 * 6 bachelor's, 8 master's …). Each is the median category of its distribution (the category
 * where the cumulative share of respondents reaches 50 %). One pass over the file for all three.
 *
 * Suppressed rows (`Recommend Suppress` = Y: a share with a wide confidence interval) are left
 * out of RW and OJ, as before. RL keeps them: dropping one category of a distribution moves the
 * median to the others — registered nurses' bachelor's share (56 %, suppressed) would leave a
 * post-secondary certificate as their median. 69 of 858 occupations' RL medians depend on it.
 */
export interface OnetEte {
	experience: Map<string, number>;
	training: Map<string, number>;
	/** Required level of education as an O*NET RL category. */
	education: Map<string, number>;
}

/** RL categories 1–12 are their own values. */
const RL_CATEGORIES: Record<number, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, i + 1]));

const SCALES = { RW: RW_MONTHS, OJ: OJ_MONTHS, RL: RL_CATEGORIES } as const;
type Scale = keyof typeof SCALES;

export async function readOnetEte(folder: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<OnetEte> {
	const shares: Record<Scale, Map<string, Map<number, number>>> = { RW: new Map(), OJ: new Map(), RL: new Map() };
	const columns = ['O*NET-SOC Code', 'Scale ID', 'Category', 'Data Value', 'Recommend Suppress'];
	for await (const r of csvRecords(join(folder, 'Education_Training_and_Experience.csv'), columns, ctx.progress)) {
		const scale = r['Scale ID'] as Scale;
		if (!Object.hasOwn(SCALES, scale) || (r['Recommend Suppress'] === 'Y' && scale !== 'RL')) continue;
		const code = r['O*NET-SOC Code'] ?? '';
		const category = Number(r.Category);
		const share = Number(r['Data Value']);
		if (!occupations.has(code) || SCALES[scale][category] === undefined || !(share >= 0)) continue;
		const perCode = shares[scale].get(code) ?? new Map<number, number>();
		perCode.set(category, share);
		shares[scale].set(code, perCode);
	}
	return { experience: medianValues(shares.RW, RW_MONTHS), training: medianValues(shares.OJ, OJ_MONTHS), education: medianValues(shares.RL, RL_CATEGORIES) };
}

/** Per code, the value of the category where the cumulative share reaches half the total. */
function medianValues(shares: Map<string, Map<number, number>>, table: Record<number, number>): Map<string, number> {
	const values = new Map<string, number>();
	for (const [code, perCode] of shares) {
		const total = [...perCode.values()].reduce((a, b) => a + b, 0);
		if (total <= 0) continue;
		let cumulative = 0;
		for (const category of [...perCode.keys()].sort((a, b) => a - b)) {
			cumulative += perCode.get(category)!;
			if (cumulative >= total / 2) {
				values.set(code, table[category]!);
				break;
			}
		}
	}
	return values;
}

/**
 * The median required level of education of the occupations in each job zone, for an occupation
 * O*NET gives a zone but no RL ratings (65 of 923 in O*NET 29.2: accountants and auditors among
 * them). Measured on 29.2: zone 1 → 1, 2 → 2 (high school), 3 → 3 (post-secondary certificate),
 * 4 → 6 (bachelor's), 5 → 9 (post-master's certificate; master's and doctorates split it); the
 * zones' own descriptions (Job_Zone_Reference.csv) say the same in words.
 */
export function educationByJobZone(zones: ReadonlyMap<string, number>, education: ReadonlyMap<string, number>): Map<number, number> {
	const levels = new Map<number, number[]>();
	for (const [code, level] of education) {
		const zone = zones.get(code);
		if (zone === undefined) continue;
		const list = levels.get(zone) ?? [];
		list.push(level);
		levels.set(zone, list);
	}
	const median = new Map<number, number>();
	for (const [zone, list] of levels) median.set(zone, list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
	return median;
}
