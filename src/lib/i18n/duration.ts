import type { Locale } from '$lib/schemas/common';
import { translate } from '.';

const MONTHS_PER_YEAR = 12;

/**
 * A number of months the way people say it: "6 maanden", "1 jaar", "10 jaar en 6 maanden"
 * ("10 years and 6 months"). Every duration the app shows goes through here. Months keep the one
 * decimal the planner computes with (study hours ÷ hours per week), so half months stay ("6,5
 * maanden"); rounding happens first, so 11.96 months reads as "1 jaar", not "12 maanden".
 */
export function formatDuration(locale: Locale, months: number): string {
	const tenths = Math.round(months * 10);
	const years = Math.floor(tenths / (MONTHS_PER_YEAR * 10));
	const rest = (tenths - years * MONTHS_PER_YEAR * 10) / 10;
	if (years === 0) return translate(locale, 'common.months', { months: rest });
	if (rest === 0) return translate(locale, 'common.duration.years', { years });
	return translate(locale, 'common.duration.yearsMonths', { years, months: rest });
}
