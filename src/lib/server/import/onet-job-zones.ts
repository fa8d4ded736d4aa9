import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/** Job zone 1…5 per O*NET-SOC code (Job_Zones.csv). */
export async function readOnetJobZones(folder: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<Map<string, number>> {
	const zones = new Map<string, number>();
	let row = 0;
	for await (const r of csvRecords(join(folder, 'Job_Zones.csv'), ['O*NET-SOC Code', 'Job Zone'], ctx.progress)) {
		row++;
		const code = r['O*NET-SOC Code'] ?? '';
		const zone = Number(r['Job Zone']);
		ctx.references.row('Job_Zones.csv');
		if (!occupations.has(code)) {
			ctx.references.unknown('Job_Zones.csv');
			ctx.skips.skip('job-zone row points to an unknown occupation', `Job_Zones.csv row ${row}: ${code}`);
			continue;
		}
		if (!Number.isInteger(zone) || zone < 1 || zone > 5) {
			ctx.skips.skip('job-zone row without a zone 1–5', `Job_Zones.csv row ${row}: ${code} '${r['Job Zone'] ?? ''}'`);
			continue;
		}
		zones.set(code, zone);
	}
	return zones;
}

/** The EQF level a station shows for its job zone: zone 4 needs a bachelor (EQF 6), zone 5 graduate school (EQF 7). */
export const EQF_BY_JOB_ZONE: Record<number, number> = { 1: 2, 2: 3, 3: 4, 4: 6, 5: 7 };
