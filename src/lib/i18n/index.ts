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

const loading = new Map<Locale, Promise<void>>();

export function loadMessages(locale: Locale): Promise<void> {
	if (tables[locale]) return Promise.resolve();
	let pending = loading.get(locale);
	if (!pending) {
		// One import per branch: written as a conditional expression, the bundler preloads both files.
		pending = (async () => {
			if (locale === 'en') tables.en = { ...(await import('./messages-en')).default };
			else tables.nl = { ...(await import('./messages-nl')).default };
		})();
		loading.set(locale, pending);
	}
	return pending;
}

/**
 * Features whose messages the browser loads only on the routes that show them (their layout's
 * load calls loadFeatureMessages), not with every page: the editor's forms, the import and the
 * schools pages alone are a fifth of all messages, and most readers never open them; saved plans,
 * the account and the administration are pages of their own too.
 * messages.spec.ts checks that only components of those routes name their keys.
 */
const LAZY = {
	editor: { en: () => import('./en/editor.json'), nl: () => import('./nl/editor.json') },
	plan: { en: () => import('./en/plan.json'), nl: () => import('./nl/plan.json') },
	account: { en: () => import('./en/account.json'), nl: () => import('./nl/account.json') },
	admin: { en: () => import('./en/admin.json'), nl: () => import('./nl/admin.json') }
} satisfies Record<string, Record<Locale, () => Promise<{ default: Record<string, string> }>>>;

export type LazyFeature = keyof typeof LAZY;
export const LAZY_FEATURES = Object.keys(LAZY) as LazyFeature[];

export async function loadFeatureMessages(locale: Locale, feature: LazyFeature): Promise<void> {
	await loadMessages(locale);
	const table = tables[locale]!;
	table[feature] ??= (await LAZY[feature][locale]()).default;
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
export function numberFormat(locale: Locale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
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
