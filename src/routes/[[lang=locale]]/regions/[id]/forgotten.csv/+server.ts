import { translate } from '$lib/i18n';
import { Locale } from '$lib/schemas/common';
import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { toCsv } from '$lib/server/services/csv';
import { regionGaps, sortGaps } from '$lib/server/services/forgotten-craftsmanship';
import { gapQuery } from '../../gap-query';
import type { RequestHandler } from './$types';

/** The dashboard table as CSV, sorted like the page; names in the language of the URL (or ?lang=). */
export const GET: RequestHandler = async ({ url, params, locals }) => {
	const locale = Locale.catch(locals.locale).parse(params.lang ?? locals.locale);
	const snap = await pageSnapshot(url, locale);
	const gaps = orNotFound(locale, 'region.notFound', params.id, () => regionGaps(snap, params.id));
	const { sort, dir } = gapQuery(url);
	const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	const rows: (string | number)[][] = [
		[t('region.csv.station'), t('region.csv.stationId'), t('region.csv.level'), t('region.csv.demand'), t('region.csv.programmes'), t('region.csv.missingCount'), t('region.csv.missingSkills'), t('region.csv.missingIds')]
	];
	for (const g of sortGaps(gaps.gaps, sort, dir, locale))
		rows.push([
			g.label[locale],
			g.station,
			g.level ?? '',
			g.demand ?? '',
			g.programmes,
			g.missing.length,
			g.missing.map((m) => `${m.label[locale]} (${m.required}/${m.taughtUpTo})`).join('; '),
			g.missing.map((m) => m.skill).join(' ')
		]);
	const file = `forgotten-craftsmanship-${params.id}-${snap.meta.id}-v${snap.version}.csv`;
	// A byte-order mark so spreadsheet programs read the names (ë, é) as UTF-8.
	return new Response('\uFEFF' + toCsv(rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' }
	});
};
