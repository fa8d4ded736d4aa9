import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from './csv-records';
import type { ReadContext } from './read-context';

/**
 * Broader-concept links from relations/: each occupation's parent occupation (ESCO levels below
 * the ISCO unit groups) and each skill's first broader skill group, the level at which
 * neighbouring skills meet. Missing files give empty maps and a note.
 */
export async function readEscoHierarchy(
	folder: string,
	ctx: ReadContext
): Promise<{ parentOccupation: Map<string, string>; skillGroup: Map<string, string> }> {
	const parentOccupation = new Map<string, string>();
	const skillGroup = new Map<string, string>();
	const occFile = join(folder, 'relations', 'broaderRelationsOccPillar.csv');
	if (existsSync(occFile)) {
		for await (const r of csvRecords(occFile, ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'], ctx.progress))
			if (r.conceptType === 'Occupation' && r.broaderType === 'Occupation' && r.conceptUri && r.broaderUri) parentOccupation.set(r.conceptUri, r.broaderUri);
	} else ctx.notes.push('no relations/broaderRelationsOccPillar.csv: narrower occupations cannot inherit their parent\'s O*NET code');
	const skillFile = join(folder, 'relations', 'broaderRelationsSkillPillar.csv');
	if (existsSync(skillFile)) {
		const broaderSkill = new Map<string, string>();
		for await (const r of csvRecords(skillFile, ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'], ctx.progress)) {
			if (!r.conceptUri || !r.broaderUri) continue;
			if (r.broaderType === 'SkillGroup') {
				if (!skillGroup.has(r.conceptUri)) skillGroup.set(r.conceptUri, r.broaderUri);
			} else if (!broaderSkill.has(r.conceptUri)) broaderSkill.set(r.conceptUri, r.broaderUri);
		}
		// A narrower skill without a group of its own belongs to its broader skill's group.
		for (const [skill, broader] of broaderSkill) {
			if (skillGroup.has(skill)) continue;
			let at: string | undefined = broader;
			for (let i = 0; at && i < 8 && !skillGroup.has(at); i++) at = broaderSkill.get(at);
			if (at && skillGroup.has(at)) skillGroup.set(skill, skillGroup.get(at)!);
		}
	} else ctx.notes.push('no relations/broaderRelationsSkillPillar.csv: the transition model works without skill groups');
	return { parentOccupation, skillGroup };
}
