import type { SalaryBand } from '$lib/schemas';
import { csvRecords } from './csv-records';
import { onetSalaryBandId } from './ids';
import type { ImportProgress } from './progress';
import type { SkipLog } from './skip-log';

/** BLS top-codes annual wages at this value and prints `#` instead. */
const TOP_CODED_ANNUAL = 239_200;
/** BLS turns hourly into annual wages with 2,080 hours (52 weeks × 40 hours). */
const HOURS_PER_YEAR = 2080;

export const BLS_SOURCE = 'BLS OEWS May 2024';

/**
 * Annual wage from an OEWS cell: published annual figure, else hourly × 2,080 (BLS's own rule for
 * occupations released hourly only), `#` as the top-code floor. `estimated` says why it is not a
 * plain published annual figure.
 */
function annual(annualCell: string | undefined, hourlyCell: string | undefined): { value: number; estimated?: string } | undefined {
	if (annualCell === '#') return { value: TOP_CODED_ANNUAL, estimated: 'top-coded (≥ $239,200 a year)' };
	if (annualCell && Number(annualCell) > 0) return { value: Number(annualCell) };
	if (hourlyCell === '#') return { value: TOP_CODED_ANNUAL, estimated: 'top-coded (≥ $115 an hour)' };
	if (hourlyCell && Number(hourlyCell) > 0) return { value: Number(hourlyCell) * HOURS_PER_YEAR, estimated: 'hourly wage × 2,080 hours' };
	return undefined;
}

/**
 * Monthly salary bands (P10 / median / P90 of annual wages ÷ 12, USD) per SOC code, for detailed
 * and broad occupations of the national OEWS file. A missing P10 or P90 takes the median.
 */
export async function readOewsBands(path: string, progress: ImportProgress, skips: SkipLog): Promise<Map<string, SalaryBand>> {
	const bands = new Map<string, SalaryBand>();
	let row = 0;
	const columns = ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'A_PCT10', 'A_MEDIAN', 'A_PCT90', 'H_PCT10', 'H_MEDIAN', 'H_PCT90'];
	for await (const r of csvRecords(path, columns, progress)) {
		row++;
		if (r.O_GROUP !== 'detailed' && r.O_GROUP !== 'broad') continue;
		const soc = r.OCC_CODE ?? '';
		const median = annual(r.A_MEDIAN, r.H_MEDIAN);
		if (!/^\d{2}-\d{4}$/.test(soc) || !median) {
			skips.skip('OEWS row without a SOC code or a median wage', `row ${row}: ${soc} ${r.OCC_TITLE ?? ''}`);
			continue;
		}
		const p10 = annual(r.A_PCT10, r.H_PCT10) ?? { value: median.value, estimated: 'P10 not published, median used' };
		const p90 = annual(r.A_PCT90, r.H_PCT90) ?? { value: median.value, estimated: 'P90 not published, median used' };
		// Broad groups only serve O*NET occupations without a detailed estimate of their own.
		const broad = r.O_GROUP === 'broad' ? 'wages of the broad occupation group' : undefined;
		const notes = [...new Set([p10.estimated, median.estimated, p90.estimated, broad].filter((e): e is string => !!e))];
		const title = (r.OCC_TITLE ?? soc).slice(0, 300);
		const month = (v: number) => Math.round(v / 12);
		bands.set(soc, {
			id: onetSalaryBandId(soc),
			label: { nl: `Lonen VS: ${title}`, en: `U.S. wages: ${title}` },
			min: month(Math.min(p10.value, median.value)),
			median: month(median.value),
			max: month(Math.max(p90.value, median.value)),
			currency: 'USD',
			source: `${BLS_SOURCE}, U.S. national, SOC ${soc}: annual P10 / median / P90 ÷ 12${notes.length ? `; estimate: ${notes.join(', ')}` : ''}`,
			method: {
				nl: `Amerikaanse lonen (BLS OEWS, mei 2024, landelijk, SOC ${soc}): het 10e percentiel, de mediaan en het 90e percentiel van het jaarloon, gedeeld door 12.${notes.length ? ' Schatting: niet alle bedragen zijn als jaarloon gepubliceerd.' : ''}`,
				en: `U.S. wages (BLS OEWS, May 2024, national, SOC ${soc}): the 10th percentile, median and 90th percentile of annual wages, divided by 12.${notes.length ? ` Estimate: ${notes.join(', ')}.` : ''}`
			},
			year: 2024,
			estimate: notes.length > 0
		});
	}
	return bands;
}
