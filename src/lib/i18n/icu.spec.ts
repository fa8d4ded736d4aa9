import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { compileMessage, type MessageValues } from './icu';

/** intl-messageformat's syntax tree, as far as this spec walks it (0 text, 1 argument, 5 select, 6 plural). */
interface Node {
	type: number;
	value?: string;
	options?: Record<string, { value: Node[] }>;
}

/** Every argument of a message: its select keys, or whether it counts (plural). */
function argumentsOf(nodes: Node[], into = new Map<string, { keys: string[]; counts: boolean }>()) {
	for (const node of nodes) {
		if (node.type === 1 || node.type === 5 || node.type === 6) {
			const arg = into.get(node.value!) ?? { keys: [], counts: false };
			if (node.type === 5) arg.keys.push(...Object.keys(node.options!));
			if (node.type === 6) arg.counts = true;
			into.set(node.value!, arg);
		}
		for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
	}
	return into;
}

const COUNTS = [0, 1, 2, 3, 11, 21, 1000, 1.5];

/** Value sets that reach every branch: each select key and a spread of counts. */
function variants(text: string, locale: string): MessageValues[] {
	const args = argumentsOf(new IntlMessageFormat(text, locale).getAst() as Node[]);
	const rounds = Math.max(COUNTS.length, ...[...args.values()].map((a) => a.keys.length + 1));
	return Array.from({ length: rounds }, (_, round) => {
		const values: MessageValues = {};
		for (const [name, arg] of args) {
			const keys = [...arg.keys, 'something-else'];
			values[name] = arg.counts ? COUNTS[round % COUNTS.length]! : arg.keys.length ? keys[round % keys.length]! : `‹${name}›`;
		}
		return values;
	});
}

describe('compileMessage', () => {
	it('formats every message of both languages as intl-messageformat does, in every branch', () => {
		let checked = 0;
		for (const locale of ['en', 'nl'] as const)
			for (const [feature, table] of Object.entries(catalog[locale]))
				for (const [key, text] of Object.entries(table as Record<string, string>)) {
					const ours = compileMessage(text, locale);
					const theirs = new IntlMessageFormat(text, locale);
					for (const values of variants(text, locale)) {
						expect(ours(values), `${locale} ${feature}.${key} ${JSON.stringify(values)}`).toBe(String(theirs.format(values)));
						checked++;
					}
				}
		expect(checked).toBeGreaterThan(1000);
	});

	it('handles plurals, exact matches, # and selects nested in each other', () => {
		const f = compileMessage('{n, plural, =0 {none} one {# {kind, select, a {apple} other {thing}}} other {# {kind, select, a {apples} other {things}}}}', 'en');
		expect(f({ n: 0, kind: 'a' })).toBe('none');
		expect(f({ n: 1, kind: 'a' })).toBe('1 apple');
		expect(f({ n: 1234, kind: 'b' })).toBe('1,234 things');
		expect(compileMessage('{n, plural, other {# jaar}}', 'nl')({ n: 1234.5 })).toBe('1.234,5 jaar');
	});

	it('keeps apostrophes, and quotes braces after one', () => {
		expect(compileMessage("the network's map", 'en')()).toBe("the network's map");
		expect(compileMessage("'{literal}' and '' and {x}", 'en')({ x: 1 })).toBe("{literal} and ' and 1");
		expect(compileMessage("{n, plural, other {'#' is #}}", 'en')({ n: 3 })).toBe('# is 3');
	});

	it('refuses what the message files must not hold, when compiled', () => {
		expect(() => compileMessage('{n, number}', 'en')).toThrow(/not supported/);
		expect(() => compileMessage('{n, plural, one {x}}', 'en')).toThrow(/other/);
		expect(() => compileMessage('a } b', 'en')).toThrow(/without/);
		expect(() => compileMessage('{n', 'en')).toThrow();
		expect(() => compileMessage('{x}', 'en')()).toThrow(/no value for 'x'/);
	});
});
