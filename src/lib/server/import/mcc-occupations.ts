import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/** One ESCO occupation as Mapping Career Causeways profiled it (O*NET-derived, averaged). */
export interface MccOccupation {
	jobZone: number | null;
	/** O*NET Related Work Experience category 1–11 (mean). */
	experience: number | null;
	/** O*NET On-the-Job Training category 1–9 (mean). */
	training: number | null;
	/** O*NET Required Level of Education category 1–12 (mean). */
	education: number | null;
	/** How many desirable moves the project's model found (the evaluation's reference). */
	nDesirable: number | null;
}

const num = (v: string | undefined) => (v && Number.isFinite(Number(v)) ? Number(v) : null);

/** mcc_transitions_Occupation_data.csv, keyed by ESCO concept URI; rows for other URIs reported. */
export async function readMccOccupations(file: string, occupations: ReadonlySet<string>, ctx: ReadContext): Promise<Map<string, MccOccupation>> {
	const out = new Map<string, MccOccupation>();
	let row = 0;
	for await (const r of csvRecords(file, ['concept_uri', 'job_zone', 'education_level', 'related_work_experience', 'on_the_job_training', 'n_desirable'], ctx.progress)) {
		row++;
		const uri = r.concept_uri ?? '';
		if (!occupations.has(uri)) {
			ctx.skips.skip('Career Causeways row for an occupation not in this ESCO release', `mcc row ${row}: ${uri}`);
			continue;
		}
		const zone = num(r.job_zone);
		out.set(uri, {
			jobZone: zone === null ? null : Math.round(zone),
			experience: num(r.related_work_experience),
			training: num(r.on_the_job_training),
			education: num(r.education_level),
			nDesirable: num(r.n_desirable)
		});
	}
	return out;
}
