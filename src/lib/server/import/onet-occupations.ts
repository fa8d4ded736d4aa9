import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

export interface OnetOccupation {
	code: string;
	title: string;
	description: string | undefined;
}

export const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;

/** Occupations from Occupation_Data.csv, keyed by O*NET-SOC code. */
export async function readOnetOccupations(folder: string, ctx: ReadContext): Promise<Map<string, OnetOccupation>> {
	const occupations = new Map<string, OnetOccupation>();
	let row = 0;
	for await (const r of csvRecords(join(folder, 'Occupation_Data.csv'), ['O*NET-SOC Code', 'Title', 'Description'], ctx.progress)) {
		row++;
		const code = r['O*NET-SOC Code'] ?? '';
		if (!ONET_SOC.test(code) || !r.Title?.trim()) {
			ctx.skips.skip('occupation row without an O*NET-SOC code or title', `Occupation_Data.csv row ${row}: '${code}'`);
			continue;
		}
		occupations.set(code, { code, title: r.Title, description: r.Description });
	}
	return occupations;
}
