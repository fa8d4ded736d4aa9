import type { SalaryBand } from '$lib/schemas';
import { escoStationPayId } from './ids';

/** A within-class ratio beyond this is more likely a crosswalk mismatch than a real pay gap. */
const MAX_RATIO = 2;

/**
 * Pay per station differentiated within its CBS class: the class median (Dutch, per BRC class)
 * times the ratio of the station's U.S. median wage (BLS, through its O*NET code) to the
 * geometric mean of the U.S. medians of all stations in that class. A welding coordinator so
 * earns more than a welder of the same class, as in the U.S. data, while the level stays Dutch.
 * Stations without a U.S. wage keep the class band; the bands made here are marked estimates.
 */
export function differentiatedBands(
	stations: readonly { id: string; uri: string; classBand: SalaryBand | undefined }[],
	usWage: ReadonlyMap<string, SalaryBand>
): Map<string, SalaryBand> {
	const logSum = new Map<string, { sum: number; count: number }>();
	for (const s of stations) {
		const us = usWage.get(s.uri);
		if (!s.classBand || !us) continue;
		const acc = logSum.get(s.classBand.id) ?? { sum: 0, count: 0 };
		acc.sum += Math.log(us.median);
		acc.count++;
		logSum.set(s.classBand.id, acc);
	}
	const out = new Map<string, SalaryBand>();
	for (const s of stations) {
		const band = s.classBand;
		if (!band) continue;
		const us = usWage.get(s.uri);
		const acc = logSum.get(band.id);
		if (!us || !acc || acc.count < 2) {
			out.set(s.id, band);
			continue;
		}
		const ratio = Math.min(MAX_RATIO, Math.max(1 / MAX_RATIO, us.median / Math.exp(acc.sum / acc.count)));
		const median = Math.round(band.median * ratio);
		out.set(s.id, {
			id: escoStationPayId(s.id),
			label: { nl: `${band.label.nl} × VS-loonverhouding ${ratio.toFixed(2)}`, en: `${band.label.en} × U.S. pay ratio ${ratio.toFixed(2)}` },
			min: median,
			median,
			max: median,
			currency: 'EUR',
			source: `${band.source.split(';')[0]}; × ${ratio.toFixed(3)}: the station's U.S. median (${us.source.split(':')[0]}) over the geometric mean of the U.S. medians in its CBS class (estimate)`.slice(0, 500),
			method: band.method && {
				nl: `${band.method.nl} Daarna maal ${ratio.toFixed(2).replace('.', ',')}: het Amerikaanse mediane loon van dit beroep (BLS, via de O*NET-code) gedeeld door het meetkundig gemiddelde van de Amerikaanse medianen in de CBS-klasse.`,
				en: `${band.method.en} Then times ${ratio.toFixed(2)}: this occupation's U.S. median wage (BLS, through its O*NET code) over the geometric mean of the U.S. medians in the CBS class.`
			},
			year: band.year,
			estimate: true
		});
	}
	return out;
}
