import type { Locale } from '$lib/schemas/common';
import { numberFormat } from './index';

/** A change in money with its sign, the way each language writes it: "+€969" (en), "€ +969" (nl); 0 has none. */
export function formatMoneyChange(locale: Locale, amount: number, currency = 'EUR'): string {
	return numberFormat(locale, `money-change:${currency}`, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(amount);
}

/** A ratio as a signed percentage: 0.406 → "+41%" (en), "+41%" (nl); 0 → "0%". */
export function formatPercentChange(locale: Locale, ratio: number): string {
	return numberFormat(locale, 'percent-change', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(ratio);
}
