import type { Line, LineStop, LocalizedText } from '$lib/schemas';
import { lineIdFor } from './ids';

/** Distinct on white and from each other; lines of one occupational field share a colour. */
const PALETTE = [
	'#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#008080', '#f032e6', '#9a6324',
	'#800000', '#808000', '#000075', '#c79100', '#1f77b4', '#d62728', '#2ca02c', '#9467bd',
	'#8c564b', '#17becf', '#7a7a00', '#555555', '#006d2c', '#a50f15', '#08519c', '#54278f'
] as const;

/**
 * Turns chained stops into Line items: named "first → last" in both languages, coloured by the
 * occupational field (ISCO major group, SOC major group) of the first station.
 */
export function linesFromChains(
	chains: readonly LineStop[][],
	labelOf: (station: string) => LocalizedText,
	fieldOf: (station: string) => string,
	description: LocalizedText,
	/** Several lines may start at one station (a long ladder cut in pieces): number the later ones. */
	numberRepeats = false
): Line[] {
	const used = new Map<string, number>();
	const fields = [...new Set(chains.map((c) => fieldOf(c[0]!.station)))].sort();
	const colourOf = new Map(fields.map((f, i) => [f, PALETTE[i % PALETTE.length]!]));
	return chains.map((stops) => {
		const first = labelOf(stops[0]!.station);
		const last = labelOf(stops[stops.length - 1]!.station);
		const base = lineIdFor(stops[0]!.station);
		const seen = used.get(base) ?? 0;
		used.set(base, seen + 1);
		return {
			id: numberRepeats && seen > 0 ? `${base}-${seen + 1}` : base,
			label: { nl: `${first.nl} → ${last.nl}`, en: `${first.en} → ${last.en}` },
			description,
			colour: colourOf.get(fieldOf(stops[0]!.station))!,
			stops
		};
	});
}
