import type { Locale } from '$lib/schemas/common';
import { catalog, type MessageKey } from './catalog';
import { compileMessage, type CompiledMessage, type MessageValues } from './icu';

export type { MessageKey } from './catalog';
export type Values = MessageValues;
export type Translate = (key: MessageKey, values?: Values) => string;

type Messages = Record<string, Record<string, string> | undefined>;

const formats = new Map<string, CompiledMessage>();

/**
 * The server holds both languages. The browser loads only the reader's language (loadMessages,
 * before hydration and before a page in the other language): half the messages in every
 * page's JavaScript. In the browser build `catalog` is unused and left out.
 */
// Vite replaces import.meta.env.SSR (false in the browser build, so `catalog` is dropped there);
// the CLI scripts run under tsx, where import.meta.env does not exist.
const tables: Partial<Record<Locale, Messages>> = (import.meta.env ? import.meta.env.SSR : true) ? { ...catalog } : {};

export async function loadMessages(locale: Locale): Promise<void> {
	if (tables[locale]) return;
	// One import per branch: written as a conditional expression, the bundler preloads both files.
	if (locale === 'en') tables.en = (await import('./messages-en')).default;
	else tables.nl = (await import('./messages-nl')).default;
}

export function message(locale: Locale, key: MessageKey): string {
	const [feature, ...rest] = key.split('.');
	const table = tables[locale]?.[feature!];
	const text = table?.[rest.join('.')];
	if (text === undefined) throw new Error(`i18n: no message '${key}' in locale '${locale}'${tables[locale] ? '' : ' (its messages are not loaded)'}`);
	return text;
}

/** ICU MessageFormat (plurals, selects; icu.ts); compiled messages are cached per locale and key. */
export function translate(locale: Locale, key: MessageKey, values?: Values): string {
	const id = `${locale}\u0000${key}`;
	let format = formats.get(id);
	if (!format) {
		format = compileMessage(message(locale, key), locale);
		formats.set(id, format);
	}
	return format(values);
}

export function translator(locale: Locale): Translate {
	return (key, values) => translate(locale, key, values);
}

/**
 * Making an Intl.NumberFormat costs far more than formatting with one (a route card formats
 * dozens of amounts), so they are kept per language and kind.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}:${kind}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', options);
		numberFormats.set(key, format);
	}
	return format;
}

/** Euro amounts and numbers the way each language writes them. */
export function formatMoney(locale: Locale, amount: number, currency = 'EUR'): string {
	return numberFormat(locale, `money:${currency}`, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(locale: Locale, n: number, digits = 0): string {
	return numberFormat(locale, `number:${digits}`, { maximumFractionDigits: digits }).format(n);
}
