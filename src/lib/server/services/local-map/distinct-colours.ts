import { DISTINCT_LINE_COLOURS, leastDifference } from '$lib/colour';

/**
 * Candidates when two lines on one local map look alike: Okabe and Ito's palette for colour-blind
 * readers, then darker and lighter companions; all readable on white.
 */
const CANDIDATES = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442', '#7F3C8D', '#11A579', '#3969AC', '#E73F74', '#80BA5A', '#A5AA99'];

/**
 * A taxonomy colours its hundreds of lines from a small palette, so lines that meet on a local
 * map may share a colour. Each line keeps its own colour unless it is too close (also for
 * protan and deutan readers) to one kept before it; it then gets the candidate farthest from
 * every colour kept so far, if that is farther than its own.
 */
export function distinctColours(lines: readonly { id: string; colour: string }[]): Map<string, string> {
	const kept: string[] = [];
	const out = new Map<string, string>();
	const nearest = (c: string) => Math.min(Infinity, ...kept.map((k) => leastDifference(c, k)));
	for (const line of lines) {
		let colour = line.colour;
		// A candidate replaces the line's own colour only if it stands further apart: once the
		// candidates are used up, a crowded map keeps the network's colours.
		let best = nearest(colour);
		if (best < DISTINCT_LINE_COLOURS)
			for (const c of CANDIDATES) {
				const d = nearest(c);
				if (d > best) [best, colour] = [d, c];
			}
		kept.push(colour);
		out.set(line.id, colour);
	}
	return out;
}
