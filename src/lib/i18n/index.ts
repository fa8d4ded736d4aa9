import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '$lib/schemas/common';
import { catalog, type MessageKey } from './catalog';

export type { MessageKey } from './catalog';
export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

const formats = new Map<string, IntlMessageFormat>();

export function message(locale: Locale, key: MessageKey): string {
	const [feature, ...rest] = key.split('.');
	const table = catalog[locale][feature as keyof (typeof catalog)['en']] as Record<string, string> | undefined;
	const text = table?.[rest.join('.')];
	if (text === undefined) throw new Error(`i18n: no message '${key}' in locale '${locale}'`);
	return text;
}

/** ICU MessageFormat (plurals, numbers) through FormatJS; formatters are cached per locale and key. */
export function translate(locale: Locale, key: MessageKey, values?: Values): string {
	const id = `${locale}\u0000${key}`;
	let format = formats.get(id);
	if (!format) {
		format = new IntlMessageFormat(message(locale, key), locale);
		formats.set(id, format);
	}
	return String(format.format(values));
}

export function translator(locale: Locale): Translate {
	return (key, values) => translate(locale, key, values);
}

/** Euro amounts and numbers the way each language writes them. */
export function formatMoney(locale: Locale, amount: number, currency = 'EUR'): string {
	return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(locale: Locale, n: number, digits = 0): string {
	return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}
