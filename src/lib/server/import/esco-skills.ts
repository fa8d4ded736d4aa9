import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Skill } from '$lib/schemas';
import { csvRecords } from './csv-records';
import { escoSkillId } from './ids';
import type { ReadContext } from './read-context';
import { clip } from './text';

const REUSE_LEVELS = new Set(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']);

/**
 * ESCO ships no Dutch skills file; these Dutch collections are the only source of Dutch skill
 * labels (about 2,200 of the 13,900 skills).
 */
const DUTCH_SKILL_COLLECTIONS = [
	'digitalSkillsCollection_nl.csv',
	'greenSkillsCollection_nl.csv',
	'languageSkillsCollection_nl.csv',
	'transversalSkillsCollection_nl.csv',
	'digCompSkillsCollection_nl.csv',
	'researchSkillsCollection_nl.csv'
];

async function readDutchSkillLabels(folder: string, ctx: ReadContext): Promise<Map<string, string>> {
	const labels = new Map<string, string>();
	for (const name of DUTCH_SKILL_COLLECTIONS) {
		const file = join(folder, 'nl', name);
		if (!existsSync(file)) continue;
		for await (const r of csvRecords(file, ['conceptUri', 'preferredLabel'], ctx.progress))
			if (r.conceptUri && r.preferredLabel?.trim()) labels.set(r.conceptUri, r.preferredLabel);
	}
	return labels;
}

/**
 * Skills from en/skills_en.csv, keyed by URI. Where no Dutch label exists the English one stands in
 * and `labelFallback: ['nl']` tells the UI to mark it.
 */
export async function readEscoSkills(folder: string, ctx: ReadContext): Promise<Map<string, Skill>> {
	const dutch = await readDutchSkillLabels(folder, ctx);
	const skills = new Map<string, Skill>();
	let row = 0;
	for await (const r of csvRecords(join(folder, 'en', 'skills_en.csv'), ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel'], ctx.progress)) {
		row++;
		const uri = r.conceptUri?.trim() ?? '';
		if (!uri.includes('/skill/') || !r.preferredLabel?.trim()) {
			ctx.skips.skip('skill row without a concept URI or English label', `skills_en.csv row ${row}: ${uri || '(no URI)'}`);
			continue;
		}
		const en = clip(r.preferredLabel);
		const nl = dutch.get(uri);
		skills.set(uri, {
			id: escoSkillId(uri),
			label: { en, nl: nl ? clip(nl) : en },
			...(nl ? {} : { labelFallback: ['nl' as const] }),
			group: r.skillType === 'knowledge' ? 'knowledge' : 'skill',
			...(REUSE_LEVELS.has(r.reuseLevel ?? '') ? { reuse: r.reuseLevel as NonNullable<Skill['reuse']> } : {}),
			codes: { esco: uri }
		});
	}
	const fallbacks = [...skills.values()].filter((s) => s.labelFallback).length;
	ctx.notes.push(`${skills.size - fallbacks} skills have a Dutch label; ${fallbacks} show the English label in Dutch (labelFallback: nl)`);
	return skills;
}
