import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

export interface CrosswalkMatch {
	/** O*NET-SOC code as the crosswalk gives it (O*NET 2010 taxonomy). */
	onet: string;
	/** O*NET title as the crosswalk gives it, used to find the code in a newer O*NET release. */
	title: string;
	/** 0.5, 1 or 2 (highest) as published. */
	confidence: number;
	/** The ancestor occupation whose code this one inherits; undefined for a row of its own. */
	inheritedFrom?: string;
}

/**
 * The ESCO ↔ O*NET crosswalk of Mapping Career Causeways: one O*NET occupation per level-5 ESCO
 * occupation. Occupations below level 5 inherit the code of their nearest listed ancestor
 * (`parentOf`). Rows for occupations not in the ESCO release are skipped and reported.
 */
export async function readCrosswalk(
	file: string,
	occupations: ReadonlySet<string>,
	parentOf: ReadonlyMap<string, string>,
	ctx: ReadContext
): Promise<Map<string, CrosswalkMatch>> {
	const own = new Map<string, CrosswalkMatch>();
	let row = 0;
	for await (const r of csvRecords(file, ['concept_uri', 'onet_code', 'onet_occupation', 'confidence'], ctx.progress)) {
		row++;
		const uri = r.concept_uri ?? '';
		const code = r.onet_code ?? '';
		if (!/^\d{2}-\d{4}\.\d{2}$/.test(code)) {
			ctx.skips.skip('crosswalk row without an O*NET-SOC code', `crosswalk row ${row}: '${code}'`);
			continue;
		}
		if (!occupations.has(uri)) {
			ctx.skips.skip('crosswalk row for an occupation not in this ESCO release', `crosswalk row ${row}: ${uri}`);
			continue;
		}
		own.set(uri, { onet: code, title: (r.onet_occupation ?? '').toLowerCase(), confidence: Number(r.confidence) || 0 });
	}
	const matches = new Map(own);
	for (const uri of occupations) {
		if (matches.has(uri)) continue;
		let at = parentOf.get(uri);
		for (let depth = 0; at && depth < 10 && !own.has(at); depth++) at = parentOf.get(at);
		if (at && own.has(at)) matches.set(uri, { ...own.get(at)!, inheritedFrom: at });
	}
	const inherited = matches.size - own.size;
	ctx.notes.push(`crosswalk: ${own.size} occupations matched to O*NET by their own row, ${inherited} inherit a parent's code, ${occupations.size - matches.size} have none`);
	return matches;
}
