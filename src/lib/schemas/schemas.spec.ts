import { describe, expect, it } from 'vitest';
import { Line, Module, SalaryBand, Station, checkReferences, referencesTo } from '.';
import { PersonName } from './account';
import { Id } from './common';
import { CommentBody, PlanTitle } from './plan';
import { contractNetwork } from '$lib/server/store/contract-fixture';

const label = { nl: 'Lasser', en: 'Welder' };

describe('ids', () => {
	it('are never a name that reaches a prototype when used as a key', () => {
		for (const id of ['constructor', 'prototype']) expect(Id.safeParse(id).success, id).toBe(false);
		expect(Id.safeParse('constructor-welder').success).toBe(true);
	});
});

describe('labels and texts', () => {
	const station = (extra: Record<string, unknown>) => Station.safeParse({ id: 'w', label: { nl: 'Lasser', en: 'Welder' }, ...extra });
	const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

	it.each([
		['a NUL', '\u0000'],
		['an escape', '\u001b[31m'],
		['a C1 control', '\u0085'],
		['a right-to-left override', 'gnidlew\u202E'],
		['a left-to-right isolate', '\u2066x'],
		['a line break', 'two\nlines']
	])('refuse %s in a label, naming the field', (_, text) => {
		const r = station({ label: { nl: 'Lasser', en: `Welder ${text}` } });
		expect(r.success).toBe(false);
		expect(fieldsOf(r)).toEqual(['label.en']);
		expect(r.error!.issues[0]!.message).toMatch(/control characters|text-direction/);
	});

	it('allow tabs and line breaks where text runs over several lines, and nothing else invisible', () => {
		expect(station({ description: { nl: 'Eerste regel\r\n\tTweede', en: 'First line\nSecond' } }).success).toBe(true);
		expect(fieldsOf(station({ description: { nl: 'x', en: 'evil\u202Etxt' } }))).toEqual(['description.en']);
		expect(fieldsOf(station({ description: { nl: 'x\u0000', en: 'x' } }))).toEqual(['description.nl']);
	});

	it('hold for names, plan titles and comments too', () => {
		expect(PersonName.safeParse('Eve\u202E').success).toBe(false);
		expect(PlanTitle.safeParse('Plan\u0007').success).toBe(false);
		expect(CommentBody.safeParse('Fine.\nSee you\tthen.').success).toBe(true);
		expect(CommentBody.safeParse('Fine.\u0000').success).toBe(false);
		expect(Module.shape.provider.safeParse('Academy\u2067').success).toBe(false);
	});
});

describe('station schema', () => {
	it('accepts a station and fills defaults', () => {
		const s = Station.parse({ id: 'welder', label, requires: [{ skill: 'tig', essential: true, level: 3 }] });
		expect(s.regions).toEqual([]);
		expect(s.certificates).toEqual([]);
	});
	it('rejects a skill required twice, naming the field', () => {
		const r = Station.safeParse({
			id: 'welder',
			label,
			requires: [
				{ skill: 'tig', essential: true, level: 3 },
				{ skill: 'tig', essential: false, level: 1 }
			]
		});
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.path).toEqual(['requires', 1, 'skill']);
	});
	it('rejects ids that are not slugs and labels missing a language', () => {
		expect(Station.safeParse({ id: 'Las ser', label }).success).toBe(false);
		expect(Station.safeParse({ id: 'welder', label: { nl: 'Lasser' } }).success).toBe(false);
	});
	it('rejects unknown fields so typos in seed files surface', () => {
		const r = Station.safeParse({ id: 'welder', label, salaryband: 'x' });
		expect(r.success).toBe(false);
	});
});

describe('line schema', () => {
	const stops = [{ station: 'a' }, { station: 'b', months: 12 }];
	it('accepts ordered stops with hop months', () => {
		expect(Line.parse({ id: 'l', label, colour: '#aa0000', stops }).stops).toHaveLength(2);
	});
	it('needs months on every stop after the first and none on the first', () => {
		expect(Line.safeParse({ id: 'l', label, colour: '#aa0000', stops: [{ station: 'a', months: 3 }, { station: 'b', months: 1 }] }).success).toBe(false);
		expect(Line.safeParse({ id: 'l', label, colour: '#aa0000', stops: [{ station: 'a' }, { station: 'b' }] }).success).toBe(false);
	});
	it('refuses a station twice on one line and bad colours', () => {
		expect(Line.safeParse({ id: 'l', label, colour: '#aa0000', stops: [...stops, { station: 'a', months: 2 }] }).success).toBe(false);
		expect(Line.safeParse({ id: 'l', label, colour: 'red', stops }).success).toBe(false);
	});
});

describe('module schema', () => {
	const base = { id: 'm', label, kind: 'online', hours: 8, price: 100, language: 'nl', provider: 'p', teaches: [{ skill: 's', level: 2 }] };
	it('a closed module names its organisation; a public one does not', () => {
		expect(Module.safeParse({ ...base, visibility: 'closed' }).success).toBe(false);
		expect(Module.safeParse({ ...base, visibility: 'closed', organisation: 'acme' }).success).toBe(true);
		expect(Module.safeParse({ ...base, visibility: 'public', organisation: 'acme' }).success).toBe(false);
	});
});

describe('salary band schema', () => {
	it('requires min ≤ median ≤ max', () => {
		const band = { id: 'b', label, min: 3000, median: 2500, max: 4000, currency: 'EUR', source: 'CBS', year: 2022 };
		const r = SalaryBand.safeParse(band);
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.path).toEqual(['median']);
	});
});

describe('network references', () => {
	it('finds nothing wrong in a consistent network', () => {
		expect(checkReferences(contractNetwork().content)).toEqual([]);
	});
	it('reports each dangling reference with item and field', () => {
		const { content } = contractNetwork();
		const broken = { ...content, skills: content.skills.filter((s) => s.id !== 'planning') };
		const issues = checkReferences(broken);
		expect(issues).toContainEqual({ kind: 'stations', id: 'planner', field: 'requires.1.skill', message: "unknown skill 'planning'" });
		expect(issues).toContainEqual({ kind: 'modules', id: 'plan-basics', field: 'teaches.0.skill', message: "unknown skill 'planning'" });
	});
	it('reports duplicate ids', () => {
		const { content } = contractNetwork();
		const issues = checkReferences({ ...content, skills: [...content.skills, content.skills[0]!] });
		expect(issues).toContainEqual({ kind: 'skills', id: 'welding', field: 'id', message: "duplicate skill id 'welding'" });
	});
	it('lists what uses an item', () => {
		const { content } = contractNetwork();
		expect(referencesTo(content, 'skills', 'planning')).toEqual([
			{ kind: 'stations', id: 'planner' },
			{ kind: 'modules', id: 'plan-basics' }
		]);
		expect(referencesTo(content, 'learningTracks', 'planning-track')).toEqual([]);
	});
});
