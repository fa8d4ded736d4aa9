import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { compileMessage } from './icu';
import { formatMoney, translate } from '.';
import { localizePath, negotiateLocale, splitLocalePath } from './locale';

describe('message files', () => {
	for (const feature of Object.keys(catalog.en) as (keyof typeof catalog.en)[]) {
		it(`'${feature}' has the same keys in Dutch and English, and every message parses`, () => {
			const en = catalog.en[feature] as Record<string, string>;
			const nl = catalog.nl[feature] as Record<string, string>;
			expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
			for (const [locale, table] of [['en', en], ['nl', nl]] as const)
				for (const [key, text] of Object.entries(table)) {
					expect(() => compileMessage(text, locale), `${locale} ${feature}.${key}`).not.toThrow();
				}
		});
	}
	it("no message quotes a placeholder away (in ICU, '{x}' prints the braces literally)", () => {
		for (const locale of ['en', 'nl'] as const)
			for (const [feature, table] of Object.entries(catalog[locale]))
				for (const [key, text] of Object.entries(table as Record<string, string>))
					expect(/'\{/.test(text) ? `${locale} ${feature}.${key}: ${text}` : 'ok').toBe('ok');
	});
	it('formats plurals per language', () => {
		expect(translate('en', 'common.months', { months: 1 })).toBe('1 month');
		expect(translate('en', 'common.months', { months: 18 })).toBe('18 months');
		expect(translate('nl', 'common.months', { months: 18 })).toBe('18 maanden');
	});
	it('formats money the way each language writes it', () => {
		expect(formatMoney('nl', 3250)).toMatch(/€\s?3\.250/);
		expect(formatMoney('en', 3250)).toBe('€3,250');
	});
});

describe('locale negotiation', () => {
	it('picks the best supported language by q-value', () => {
		expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.8,nl;q=0.7')).toBe('en');
		expect(negotiateLocale('nl-BE,en;q=0.5')).toBe('nl');
		expect(negotiateLocale('fr-FR')).toBeNull();
		expect(negotiateLocale(null)).toBeNull();
	});
	it('splits and rebuilds language-prefixed paths', () => {
		expect(splitLocalePath('/en/lines/x')).toEqual(['en', '/lines/x']);
		expect(splitLocalePath('/nl')).toEqual(['nl', '/']);
		expect(splitLocalePath('/english')).toEqual([null, '/english']);
		expect(localizePath('nl', '/en/stations/a')).toBe('/nl/stations/a');
		expect(localizePath('en', '/')).toBe('/en');
	});
});
