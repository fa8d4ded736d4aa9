import { DISTINCT_LINE_COLOURS, leastDifference } from './colour-difference';
import type { Network } from './network';

/** A line as the colour check sees it. */
export interface ColouredLine {
	id: string;
	colour: string;
	stations: readonly string[];
}

export interface ConfusablePair {
	a: string;
	b: string;
	/** The smallest ΔE of the two colours for normal, protan and deutan vision. */
	difference: number;
}

/**
 * Lines that meet (share a station) and whose colours are closer than DISTINCT_LINE_COLOURS
 * for a reader with normal, protan or deutan vision: where a reader changing lines could take
 * one for the other. Lines that never meet may look alike; the map keeps them apart.
 */
export function confusablePairs(lines: readonly ColouredLine[]): ConfusablePair[] {
	const stations = lines.map((l) => new Set(l.stations));
	const out: ConfusablePair[] = [];
	for (let i = 0; i < lines.length; i++)
		for (let j = i + 1; j < lines.length; j++) {
			const [a, b] = [lines[i]!, lines[j]!];
			if (!b.stations.some((s) => stations[i]!.has(s))) continue;
			const difference = leastDifference(a.colour, b.colour);
			if (difference < DISTINCT_LINE_COLOURS) out.push({ a: a.id, b: b.id, difference });
		}
	return out;
}

/** A badge text shorter than this many characters says too little ("Work"): a word more is taken. */
const MIN_BADGE_CHARS = 6;

/**
 * What a line's badge says: the shortest start of its name in whole words that is at least
 * MIN_BADGE_CHARS long and starts no other line's name ("Welding & structures" → "Welding"),
 * or the whole name. A badge on a line has room for a word, not a title.
 */
export function badgeText(name: string, others: readonly string[]): string {
	const words = name.trim().split(/\s+/);
	const rivals = others.filter((o) => o !== name).map((o) => o.trim().split(/\s+/));
	for (let k = 1; k < words.length; k++) {
		// A prefix ending in "&", "-" or "/" reads as cut off.
		if (!/[\p{L}\p{N})]$/u.test(words[k - 1]!)) continue;
		const prefix = words.slice(0, k);
		if (prefix.join(' ').length < MIN_BADGE_CHARS) continue;
		if (!rivals.some((r) => prefix.every((w, i) => r[i] === w))) return prefix.join(' ');
	}
	return words.join(' ');
}

/** A place to name a line: at a station, on the line's own hops there (net edge indices), best first. */
export interface NameSpot {
	line: number;
	station: number;
	hops: number[];
	/** The station is an end of the line (the badge may also sit beyond it). */
	end: boolean;
}

/**
 * Where the map names a line (the rule). A line is named when it meets a line of a close
 * colour (confusablePairs; both need a name, since a line without one, such as a bridge, is
 * told apart by its drawing): at each of its ends, and at every station where it and such a
 * line part, join or cross — both stop there but do not ride the same hops through it. At a
 * trunk both ride, they are told apart where the trunk ends. The badge goes on a hop the
 * close-coloured lines there do not ride, where there is one.
 */
export function nameSpots(net: Network, named: readonly boolean[]): NameSpot[] {
	const lines = net.lineIds.map((id, l) => ({
		id,
		colour: net.lineColours[l]!,
		stations: named[l] ? net.lineStations[l]!.map((s) => net.ids[s]!) : []
	}));
	const partners: number[][] = net.lineIds.map(() => []);
	const lineIndex = new Map(net.lineIds.map((id, l) => [id, l]));
	for (const p of confusablePairs(lines)) {
		const [a, b] = [lineIndex.get(p.a)!, lineIndex.get(p.b)!];
		partners[a]!.push(b);
		partners[b]!.push(a);
	}
	const hopsAt = (l: number, s: number) => net.adj[s]!.filter((e) => net.edges[e]!.lines.includes(l));
	const spots: NameSpot[] = [];
	partners.forEach((others, l) => {
		if (others.length === 0) return;
		const stations = new Set<number>();
		for (const e of net.edges) if (e.lines.includes(l)) stations.add(e.a).add(e.b);
		for (const s of [...stations].sort((x, y) => x - y)) {
			const mine = hopsAt(l, s);
			const end = mine.length === 1;
			const met = others.filter((m) => {
				const theirs = hopsAt(m, s);
				return theirs.length > 0 && (theirs.length !== mine.length || theirs.some((e) => !mine.includes(e)));
			});
			if (!end && met.length === 0) continue;
			const present = others.filter((m) => hopsAt(m, s).length > 0);
			const own = mine.filter((e) => !present.some((m) => net.edges[e]!.lines.includes(m)));
			spots.push({ line: l, station: s, hops: [...own, ...mine.filter((e) => !own.includes(e))], end });
		}
	});
	return spots;
}
