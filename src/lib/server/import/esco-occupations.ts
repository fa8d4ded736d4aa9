import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ALT_LABELS, type AltLabels, type LocalizedText } from '$lib/schemas';
import { csvRecords } from './csv-records';
import { escoStationId } from './ids';
import type { ReadContext } from './read-context';
import { bilingual } from './text';

export interface EscoOccupation {
	uri: string;
	id: string;
	/** ISCO-08 unit group (4 digits), when the row has a valid one. */
	isco: string | undefined;
	label: LocalizedText;
	/** Other names per language, without the preferred one; undefined when neither language has any. */
	altLabels: AltLabels | undefined;
	description: LocalizedText | undefined;
}

/**
 * ESCO's altLabels field: names separated by newlines. Repeats and the preferred label itself
 * are dropped (search ranks those by the preferred label already).
 */
function altLabelList(field: string | undefined, preferred: string | undefined): string[] {
	const seen = new Set([preferred?.trim().toLowerCase()]);
	const names: string[] = [];
	for (const raw of (field ?? '').split('\n')) {
		const name = raw.trim();
		if (!name || seen.has(name.toLowerCase())) continue;
		seen.add(name.toLowerCase());
		names.push(name);
	}
	return names.slice(0, MAX_ALT_LABELS);
}

/** Occupations from en/occupations_en.csv, with Dutch labels and descriptions from nl/occupations_nl.csv. */
export async function readEscoOccupations(folder: string, ctx: ReadContext): Promise<Map<string, EscoOccupation>> {
	const english = new Map<string, { isco: string | undefined; label: string; alt: string[]; description: string | undefined }>();
	let row = 0;
	let withoutIsco = 0;
	for await (const r of csvRecords(join(folder, 'en', 'occupations_en.csv'), ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'description'], ctx.progress)) {
		row++;
		const uri = r.conceptUri?.trim() ?? '';
		if (!uri.includes('/occupation/') || !r.preferredLabel?.trim()) {
			ctx.skips.skip('occupation row without a concept URI or English label', `occupations_en.csv row ${row}: ${uri || '(no URI)'}`);
			continue;
		}
		const isco = /^\d{4}$/.test(r.iscoGroup ?? '') ? r.iscoGroup : undefined;
		if (!isco) withoutIsco++;
		english.set(uri, { isco, label: r.preferredLabel, alt: altLabelList(r.altLabels, r.preferredLabel), description: r.description });
	}

	if (withoutIsco > 0) ctx.notes.push(`${withoutIsco} occupations have no valid ISCO-08 group: no level, salary band or derived line`);

	const dutch = new Map<string, { label: string | undefined; alt: string[]; description: string | undefined }>();
	const nlFile = join(folder, 'nl', 'occupations_nl.csv');
	if (existsSync(nlFile)) {
		row = 0;
		for await (const r of csvRecords(nlFile, ['conceptUri', 'preferredLabel', 'altLabels', 'description'], ctx.progress)) {
			row++;
			const uri = r.conceptUri?.trim() ?? '';
			if (!english.has(uri)) {
				ctx.skips.skip('Dutch occupation row for an occupation not in occupations_en.csv', `occupations_nl.csv row ${row}: ${uri}`);
				continue;
			}
			dutch.set(uri, { label: r.preferredLabel, alt: altLabelList(r.altLabels, r.preferredLabel), description: r.description });
		}
	} else ctx.notes.push('no nl/occupations_nl.csv: stations show English labels in Dutch too');

	const occupations = new Map<string, EscoOccupation>();
	let withoutDutch = 0;
	for (const [uri, en] of english) {
		const nl = dutch.get(uri);
		if (!nl?.label?.trim()) withoutDutch++;
		occupations.set(uri, {
			uri,
			id: escoStationId(uri),
			isco: en.isco,
			label: bilingual(en.label, nl?.label)!,
			altLabels: en.alt.length > 0 || (nl?.alt.length ?? 0) > 0 ? { nl: nl?.alt ?? [], en: en.alt } : undefined,
			description: bilingual(en.description, nl?.description)
		});
	}
	if (withoutDutch > 0) ctx.notes.push(`${withoutDutch} occupations have no Dutch label; their English label is shown in Dutch`);
	return occupations;
}
