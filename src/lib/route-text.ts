import type { Route, RouteTradeOff } from '$lib/engine/routing';
import { formatMoney, formatNumber, translate } from '$lib/i18n';
import { formatDuration } from '$lib/i18n/duration';
import type { Locale } from '$lib/schemas/common';

/*
 * The one-line sentences a route card shows and /api/routes returns: what an alternative gains
 * and gives up against the first route, what a variant changes, and the setbacks taken.
 */

function amount(locale: Locale, criterion: RouteTradeOff['gains'][number]['criterion'], by: number): string | number {
	if (criterion === 'money' || criterion === 'pay') return formatMoney(locale, by);
	if (criterion === 'transfers') return by;
	if (criterion === 'months') return formatDuration(locale, by);
	return formatNumber(locale, by, 1);
}

/** "Against route 1: gains 128 fewer study hours, €5,055 cheaper; gives up 1 year and 6 months longer." */
export function tradeOffText(locale: Locale, versus: RouteTradeOff, horizonMonths: number): string {
	const list = (entries: RouteTradeOff['gains'], side: 'gain' | 'loss') =>
		entries
			.map((e) =>
				translate(locale, `routes.${side}.${e.criterion}`, { amount: amount(locale, e.criterion, e.by), horizon: formatDuration(locale, horizonMonths) })
			)
			.join(', ');
	const parts: string[] = [];
	if (versus.gains.length > 0) parts.push(translate(locale, 'routes.gains', { list: list(versus.gains, 'gain') }));
	if (versus.givesUp.length > 0) parts.push(translate(locale, 'routes.givesUp', { list: list(versus.givesUp, 'loss') }));
	if (parts.length === 0) parts.push(translate(locale, 'routes.same'));
	return translate(locale, 'routes.versus', { rank: versus.against, parts: parts.join('; ') });
}

/** "Variant of route 1, via Calculator instead of Hygienic design engineer". */
export function variantText(locale: Locale, variantOf: NonNullable<Route['variantOf']>, name: (station: string) => string): string {
	const adds = variantOf.adds.map(name).join(', ');
	const drops = variantOf.drops.map(name).join(', ');
	const how =
		adds && drops
			? translate(locale, 'routes.variantVia', { adds, drops })
			: adds
				? translate(locale, 'routes.variantVia.adds', { adds })
				: drops
					? translate(locale, 'routes.variantVia.drops', { drops })
					: translate(locale, 'routes.variantModules');
	return `${translate(locale, 'routes.variantOf', { rank: variantOf.rank })}, ${how}`;
}

/** "One setback, taken because you allowed setbacks: a pay cut from A to B."; null without setbacks. */
export function setbacksText(locale: Locale, route: Route, name: (station: string) => string): string | null {
	if (route.setbacks.length === 0) return null;
	const list = route.setbacks.map((s) => translate(locale, `routes.setback.${s.kind}`, { from: name(s.from), to: name(s.to) })).join(', ');
	return translate(locale, 'routes.setbacks', { count: route.setbacks.length, list });
}
