import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

export interface RelatedOccupation {
	code: string;
	/** Rank 1…20 in O*NET's list for the occupation: 1 is the most related. */
	index: number;
}

/** Ranked related occupations (Related_Occupations.csv) per O*NET-SOC code, directed as published. */
export async function readOnetRelated(folder: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<Map<string, RelatedOccupation[]>> {
	const related = new Map<string, RelatedOccupation[]>();
	let row = 0;
	for await (const r of csvRecords(join(folder, 'Related_Occupations.csv'), ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Index'], ctx.progress)) {
		row++;
		const from = r['O*NET-SOC Code'] ?? '';
		const to = r['Related O*NET-SOC Code'] ?? '';
		const index = Number(r.Index);
		ctx.references.row('Related_Occupations.csv');
		if (!occupations.has(from) || !occupations.has(to)) {
			ctx.references.unknown('Related_Occupations.csv');
			ctx.skips.skip('related-occupation pair points to an unknown occupation', `Related_Occupations.csv row ${row}: ${from} → ${to}`);
			continue;
		}
		if (!Number.isInteger(index) || index < 1) {
			ctx.skips.skip('related-occupation pair without a rank', `Related_Occupations.csv row ${row}: '${r.Index ?? ''}'`);
			continue;
		}
		const list = related.get(from) ?? [];
		list.push({ code: to, index });
		related.set(from, list);
	}
	return related;
}
