import type { SearchEntry } from './snapshot';

/*
 * Inverted word index over a snapshot's search entries, so a query touches the words that match
 * instead of every entry (ESCO: 17,000 entries, 11,600 distinct words). Matching stays exactly
 * the linear scan's: an entry matches a term when its text contains the term; since terms have no
 * spaces and text is words joined by single spaces, that is "some word contains the term".
 */

export interface SearchIndex {
	/** Distinct words of all entries, sorted by code unit, so words with a prefix form one range. */
	readonly words: readonly string[];
	/** Entry positions per word (ascending), parallel to `words`. */
	readonly postings: readonly Int32Array[];
	/** Words per two- and three-letter piece, to find a term inside words without reading the vocabulary. */
	readonly grams: ReadonlyMap<string, Int32Array>;
	/** Rank of each entry in the results' tie-break order: English label, then id, then entry order. */
	readonly tieRank: Int32Array;
	/** The inverse: entry at each rank. */
	readonly byRank: Int32Array;
	/** Per-entry scratch for one query at a time (queries are synchronous); all zero between queries. */
	readonly scratch: { total: Int32Array; termsMatched: Int32Array; best: Uint8Array };
	/** Matches of one-letter terms, which type-ahead sends often and which match nearly everything. */
	readonly letterMatches: Map<string, TermMatches>;
}

/** The entries containing a term, ascending, with the best word score of each. */
interface TermMatches {
	entries: Int32Array;
	scores: Uint8Array;
}

export const WHOLE_WORD = 3;
export const WORD_PREFIX = 2;
export const INSIDE_WORD = 1;

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function groupPositions(keys: Iterable<[string, number]>): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	for (const [key, position] of keys) {
		const list = groups.get(key);
		if (list) {
			if (list[list.length - 1] !== position) list.push(position);
		} else groups.set(key, [position]);
	}
	return groups;
}

/** Pieces of two and three letters; a word yields each piece once even if it repeats. */
function* gramsOf(words: readonly string[]): Generator<[string, number]> {
	for (let w = 0; w < words.length; w++) {
		const word = words[w]!;
		const seen = new Set<string>();
		for (const size of [2, 3])
			for (let i = 0; i + size <= word.length; i++) {
				const gram = word.slice(i, i + size);
				if (!seen.has(gram)) yield [gram, w];
				seen.add(gram);
			}
	}
}

export function buildSearchIndex(entries: readonly SearchEntry[], englishLabel: (e: SearchEntry) => string): SearchIndex {
	const byWord = groupPositions(entries.flatMap((e, i) => e.words.map((w): [string, number] => [w, i])));
	const words = [...byWord.keys()].sort(compareCodeUnits);
	const grams = new Map([...groupPositions(gramsOf(words))].map(([g, list]) => [g, Int32Array.from(list)]));
	const labels = entries.map(englishLabel);
	// Same comparison the linear scan sorted hits by, done once per snapshot instead of per query.
	const order = entries.map((_, i) => i).sort((a, b) => labels[a]!.localeCompare(labels[b]!) || entries[a]!.id.localeCompare(entries[b]!.id) || a - b);
	const byRank = Int32Array.from(order);
	const tieRank = new Int32Array(entries.length);
	byRank.forEach((entry, rank) => (tieRank[entry] = rank));
	const n = entries.length;
	return {
		words,
		postings: words.map((w) => Int32Array.from(byWord.get(w)!)),
		grams,
		tieRank,
		byRank,
		scratch: { total: new Int32Array(n), termsMatched: new Int32Array(n), best: new Uint8Array(n) },
		letterMatches: new Map()
	};
}

function firstAtOrAfter(words: readonly string[], term: string): number {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (words[mid]! < term) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Words that may contain `term`: those holding its rarest three-letter piece (or the term itself
 * when it has two letters); null for one letter, which nearly every word holds anyway.
 */
function wordsThatMayContain(index: SearchIndex, term: string): ArrayLike<number> | null {
	if (term.length < 2) return null;
	const size = Math.min(3, term.length);
	let rarest: Int32Array | undefined;
	for (let i = 0; i + size <= term.length; i++) {
		const list = index.grams.get(term.slice(i, i + size));
		if (!list) return new Int32Array(0);
		if (!rarest || list.length < rarest.length) rarest = list;
	}
	return rarest!;
}

/**
 * Calls `credit(word, score)` for every word containing `term`: whole word 3, word prefix 2,
 * inside the word 1. Whole words and prefixes are one range found by binary search; words with
 * the term inside come from the piece lists (one-letter terms read the vocabulary).
 */
function forEachWordWith(index: SearchIndex, term: string, credit: (word: number, score: number) => void): void {
	const start = firstAtOrAfter(index.words, term);
	let end = start;
	for (; end < index.words.length && index.words[end]!.startsWith(term); end++) credit(end, index.words[end] === term ? WHOLE_WORD : WORD_PREFIX);
	const candidates = wordsThatMayContain(index, term);
	const count = candidates ? candidates.length : index.words.length;
	for (let c = 0; c < count; c++) {
		const w = candidates ? candidates[c]! : c;
		if ((w < start || w >= end) && index.words[w]!.includes(term)) credit(w, INSIDE_WORD);
	}
}

function matchTerm(index: SearchIndex, term: string): TermMatches {
	const cached = index.letterMatches.get(term);
	if (cached) return cached;
	const { best } = index.scratch;
	const touched: number[] = [];
	forEachWordWith(index, term, (word, score) => {
		for (const entry of index.postings[word]!) {
			if (best[entry] === 0) touched.push(entry);
			if (best[entry]! < score) best[entry] = score;
		}
	});
	const entries = Int32Array.from(touched).sort();
	const scores = Uint8Array.from(entries, (entry) => best[entry]!);
	for (const entry of entries) best[entry] = 0;
	const matches = { entries, scores };
	if (term.length === 1) index.letterMatches.set(term, matches);
	return matches;
}

/**
 * The best `limit` entries containing every term, by score (descending; a term scores its best
 * word: whole word 3, prefix 2, inside 1), ties in the index's tie-break order. `admit` drops an
 * entry (null) or adds a bonus to its score. Works in the index's typed scratch arrays and ranks
 * by one numeric key per hit: a one-letter query matches nearly every entry, and per-hit objects
 * or maps would cost more than the matching.
 */
export function rankMatches(
	index: SearchIndex,
	terms: readonly string[],
	admit: (entry: number) => number | null,
	limit: number
): { entry: number; score: number }[] {
	const { total, termsMatched, best } = index.scratch;
	const first = matchTerm(index, terms[0]!);
	first.entries.forEach((entry, i) => {
		termsMatched[entry] = 1;
		total[entry] = first.scores[i]!;
	});
	for (let t = 1; t < terms.length; t++) {
		const touched: number[] = [];
		forEachWordWith(index, terms[t]!, (word, score) => {
			for (const entry of index.postings[word]!) {
				// Only entries that matched every earlier term can still match all.
				if (termsMatched[entry] !== t) continue;
				if (best[entry] === 0) touched.push(entry);
				if (best[entry]! < score) best[entry] = score;
			}
		});
		for (const entry of touched) {
			termsMatched[entry]!++;
			total[entry]! += best[entry]!;
			best[entry] = 0;
		}
	}
	const n = index.tieRank.length;
	// Scores are multiples of 0.5 below this bound; doubled they fit beside the rank in one key.
	const bound = 2 * (WHOLE_WORD * terms.length + 1);
	const keys = new Float64Array(first.entries.length);
	let hits = 0;
	for (const entry of first.entries) {
		if (termsMatched[entry] === terms.length) {
			const bonus = admit(entry);
			if (bonus !== null) keys[hits++] = (bound - Math.round(2 * (total[entry]! + bonus))) * n + index.tieRank[entry]!;
		}
		termsMatched[entry] = 0;
		total[entry] = 0;
	}
	return Array.from(smallest(keys.subarray(0, hits), limit, n, bound), (key) => ({
		entry: index.byRank[key % n]!,
		score: (bound - Math.floor(key / n)) / 2
	}));
}

/**
 * The `limit` smallest keys, ascending. Keys fall into few score buckets (key / n), so counting
 * the buckets finds the cut-off and only the keys before it are sorted — for a broad query a few
 * hundred instead of all 17,000.
 */
function smallest(keys: Float64Array, limit: number, n: number, buckets: number): Float64Array {
	const perBucket = new Int32Array(buckets + 1);
	for (const key of keys) perBucket[Math.floor(key / n)]!++;
	let cutoff = 0;
	for (let kept = 0; cutoff <= buckets && kept < limit; cutoff++) kept += perBucket[cutoff]!;
	return keys.filter((key) => key < cutoff * n).sort().subarray(0, limit);
}
