import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '$lib/schemas/common';
import { catalog } from './catalog';
import { translate, type MessageKey } from './index';

/**
 * Every refusal says what to do next: a page or form that turns the reader away (a 4xx page, a
 * denied edit, a route the planner cannot find, a form value it cannot use) names the way on —
 * choose, ask, change, sign in — in both languages. The refusals are found in the code, so a new
 * one is held to the rule without being listed here.
 */

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.spec.ts') ? [full] : [];
	});
}

/** Message keys handed to a refusal: deny(), AccessDenied, an editing refusal, a 4xx error page, a not-found helper. */
const REFUSAL_CALL = /(?:deny\([a-z]+, \d+, |AccessDenied\(\d+, |refusal\(\d+, |error\(4\d\d, translate\([\w.]+, |orNotFound\([\w.]+, )'([a-z]+\.[\w.-]+)'/g;
/** Families whose every message is a refusal. */
const REFUSAL_FAMILIES = ['editor.denied.', 'planner.reason.', 'planner.problemKind.', 'explore.problemKind.'];
/** Form and import refusals whose keys are chosen by a lookup rather than named at the call. */
const FORM_REFUSALS = [
	'auth.invalidCredentials',
	'auth.field.tooLong',
	'auth.field.invalid',
	'account.unknownSkill',
	'account.unknownCertificate',
	'account.futureDate',
	'admin.unknownOrganisation',
	'admin.unknownUser',
	'editor.error.tooLong',
	'editor.import.invalid',
	'editor.import.blocked',
	'input.reservedKey'
];

function refusalKeys(): string[] {
	const called = sourceFiles(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(REFUSAL_CALL)].map((m) => m[1]!));
	const all = Object.entries(catalog.en).flatMap(([feature, table]) => Object.keys(table ?? {}).map((k) => `${feature}.${k}`));
	const families = all.filter((k) => REFUSAL_FAMILIES.some((p) => k.startsWith(p)));
	return [...new Set([...called, ...families, ...FORM_REFUSALS])].sort();
}

/** A way on, as these messages phrase it (imperative or "ask"/"sign in"). */
const NEXT_STEP: Record<Locale, RegExp> = {
	en: /\b(choose|ask|sign in|try|change|enter|allow|correct|search|open|fill|shorten|rename|remove|leave|check|wait|give|avoid|add|go|see|narrow|plan|tick|upload)\b/i,
	nl: /\b(kies|vraag|log \S+ in|log in|probeer|pas \S+ aan|verander|wijzig|vul|sta|verbeter|zoek|open|maak|geef|haal|laat|controleer|wacht|vermijd|voeg|ga|kijk|plan|vink|upload)\b/i
};

const SAMPLE = { kind: 'stations', id: 'x', station: 'x', network: 'x', field: 'x', detail: 'x', count: 2, minutes: 2, seconds: 2, before: 10, after: 2, from: 'none', expected: 'x' };

describe('every refusal says what to do next', () => {
	const keys = refusalKeys();

	it('finds the refusals in the code', () => {
		// The guards, the plan rules, the editing rules and the planner all refuse somewhere.
		for (const k of ['auth.forbidden', 'plan.notFound', 'editor.denied.noRole', 'planner.reason.unreachable', 'common.unknownNetwork']) expect(keys).toContain(k);
	});

	for (const locale of LOCALES)
		it(`in ${locale}`, () => {
			const silent = keys.filter((k) => !NEXT_STEP[locale].test(translate(locale, k as MessageKey, SAMPLE)));
			expect(silent.map((k) => `${k}: ${translate(locale, k as MessageKey, SAMPLE)}`)).toEqual([]);
		});
});
