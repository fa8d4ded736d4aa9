import type { SalaryBand } from '$lib/schemas';
import { csvRecords } from './csv-records';
import { escoSalaryBandId } from './ids';
import { BRC_CLASSES } from './isco-brc-map';
import type { ImportProgress } from './progress';
import type { SkipLog } from './skip-log';

/** Full-time hours behind a monthly figure: 38 h a week, the usual Dutch collective-agreement week. */
export const HOURS_PER_MONTH = (38 * 52) / 12;

/**
 * Salary bands per BRC 2014 beroepsklasse from CBS StatLine 85517NED (median gross hourly wage),
 * for the latest year in the file. CBS publishes only the median per class, so the band is
 * median-only (min = median = max) and marked as an estimate: hourly × full-time hours.
 */
export async function readCbsClassBands(path: string, progress: ImportProgress, skips: SkipLog): Promise<Map<string, SalaryBand>> {
	const latest = new Map<string, { year: number; hourly: number }>();
	let row = 0;
	for await (const r of csvRecords(path, ['brc2014_code', 'niveau', 'jaar', 'bruto_uurloon_mediaan_eur'], progress)) {
		row++;
		if (r.niveau !== 'beroepsklasse') continue;
		const brc = r.brc2014_code ?? '';
		const year = Number(r.jaar);
		const hourly = Number(r.bruto_uurloon_mediaan_eur);
		if (!BRC_CLASSES[brc] || !Number.isInteger(year) || !r.bruto_uurloon_mediaan_eur || !(hourly > 0)) {
			skips.skip('CBS wage row without a known class, year or median', `row ${row}: ${brc} ${r.jaar} ${r.bruto_uurloon_mediaan_eur}`);
			continue;
		}
		if ((latest.get(brc)?.year ?? 0) < year) latest.set(brc, { year, hourly });
	}
	const bands = new Map<string, SalaryBand>();
	for (const [brc, { year, hourly }] of latest) {
		const name = BRC_CLASSES[brc]!;
		const monthly = Math.round(hourly * HOURS_PER_MONTH);
		bands.set(brc, {
			id: escoSalaryBandId(brc),
			label: { nl: `Mediaan ${name.nl} (CBS ${year}, schatting)`, en: `Median, ${name.en} (CBS ${year}, estimate)` },
			min: monthly,
			median: monthly,
			max: monthly,
			currency: 'EUR',
			source:
				`CBS StatLine 85517NED: median gross hourly wage ${year} of BRC 2014 class ${brc} (${name.nl}), € ${hourly.toFixed(2)} × 38 h/week × 52 / 12; ` +
				`class assigned from the station's ISCO-08 group by Vakmetro's mapping. CBS publishes only the median, so min = max = median.`,
			method: {
				nl:
					`Schatting: het mediane bruto uurloon ${year} van beroepsklasse ${brc} (${name.nl}) volgens CBS StatLine 85517NED, € ${hourly.toFixed(2).replace('.', ',')}, ` +
					`maal 38 uur per week × 52 weken / 12 maanden. De klasse hoort bij de ISCO-08-groep van het beroep volgens de indeling van Vakmetro. ` +
					`Het CBS publiceert alleen de mediaan, dus laagste en hoogste bedrag zijn gelijk aan de mediaan.`,
				en:
					`Estimate: the median gross hourly wage ${year} of occupation class ${brc} (${name.en}) in CBS StatLine 85517NED, €${hourly.toFixed(2)}, ` +
					`times 38 hours a week × 52 weeks / 12 months. The class belongs to the occupation's ISCO-08 group by Vakmetro's mapping. ` +
					`CBS publishes only the median, so the lowest and highest amounts equal the median.`
			},
			year,
			estimate: true
		});
	}
	return bands;
}
