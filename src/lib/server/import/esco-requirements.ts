import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/** Per occupation URI: skill URI → essential? */
export type EscoRequirements = Map<string, Map<string, boolean>>;

/**
 * Occupation–skill relations from relations/occupationSkillRelations.csv. Rows that point to an
 * occupation or skill not imported are skipped and reported (ESCO 1.1.1 has 67 rows for an
 * occupation missing from its occupations file). A pair listed twice keeps "essential" if either
 * row says so.
 */
export async function readEscoRequirements(
	folder: string,
	occupations: ReadonlySet<string>,
	skills: ReadonlySet<string>,
	ctx: ReadContext
): Promise<EscoRequirements> {
	const requirements: EscoRequirements = new Map();
	let row = 0;
	const file = join(folder, 'relations', 'occupationSkillRelations.csv');
	for await (const r of csvRecords(file, ['occupationUri', 'relationType', 'skillUri'], ctx.progress)) {
		row++;
		const occupation = r.occupationUri ?? '';
		const skill = r.skillUri ?? '';
		const where = `occupationSkillRelations.csv row ${row}`;
		ctx.references.row('occupationSkillRelations.csv');
		if (!occupations.has(occupation) || !skills.has(skill)) ctx.references.unknown('occupationSkillRelations.csv');
		if (!occupations.has(occupation)) {
			ctx.skips.skip('relation row points to an unknown occupation', `${where}: ${occupation}`);
			continue;
		}
		if (!skills.has(skill)) {
			ctx.skips.skip('relation row points to an unknown skill', `${where}: ${skill}`);
			continue;
		}
		if (r.relationType !== 'essential' && r.relationType !== 'optional') {
			ctx.skips.skip('relation row with a relation type other than essential/optional', `${where}: '${r.relationType ?? ''}'`);
			continue;
		}
		const needs = requirements.get(occupation) ?? new Map<string, boolean>();
		requirements.set(occupation, needs);
		if (needs.has(skill)) ctx.skips.skip('relation row repeats an occupation–skill pair', `${where}: ${skill}`);
		needs.set(skill, needs.get(skill) === true || r.relationType === 'essential');
	}
	return requirements;
}
