import type { SearchEntry } from './snapshot';

/*
 * Word index over a snapshot's search entries, so a query touches the words and labels that match
 * instead of every entry (ESCO: 17,000 entries, 60,000 labels). What matches and how it ranks:
 *
 * - every term of the query starts a word of the entry's labels (preferred or alternative); a term
 *   inside a word never matches ("lasser" does not find "reclasseringswerker" or "puntlasser");
 * - the whole query equal to a preferred label ranks first, then a preferred label starting with
 *   it, then the same for an alternative label, then word-start matches only;
 * - within a tier, whole words beat word starts and preferred labels beat alternative ones.
 *
 * Words with a prefix form one range of the sorted vocabulary, and labels starting with the query
 * one range of the sorted labels, so both are binary searches.
 */

export interface SearchIndex {
	/** Distinct words of all entries, sorted by code unit, so words with a prefix form one range. */
	readonly words: readonly string[];
	/** Entry positions per word (ascending), parallel to `words`. */
	readonly postings: readonly Int32Array[];
	/** Per posting: 1 when the word is in the entry's preferred label, 0 when only in an alternative one. */
	readonly preferred: readonly Uint8Array[];
	/** Every label of every entry, sorted by code unit, with its entry and whether it is an alternative. */
	readonly labels: readonly string[];
	readonly labelEntry: Int32Array;
	readonly labelIsAlt: Uint8Array;
	/** Rank of each entry in the results' tie-break order: English label, then id, then entry order. */
	readonly tieRank: Int32Array;
	/** The inverse: entry at each rank. */
	readonly byRank: Int32Array;
	/** Per-entry scratch for one query at a time (queries are synchronous); all zero between queries. */
	readonly scratch: { total: Int32Array; termsMatched: Int32Array; best: Uint8Array; tier: Uint8Array };
	/** Matches of one-letter terms, which type-ahead sends often and which match many entries. */
	readonly letterMatches: Map<string, TermMatches>;
	/** Scored matches of one-letter queries, for the same reason. */
	readonly letterQueries: Map<string, { entries: Int32Array; scores: Uint16Array }>;
}

/** The entries with a word starting with a term, ascending, with the best word score of each. */
interface TermMatches {
	entries: Int32Array;
	scores: Uint8Array;
}

/** Score of a term by the best word it starts: in the preferred label whole or as a start, then the same in an alternative label. */
export const WORD_SCORE = { preferredWhole: 4, preferredStart: 3, altWhole: 2, altStart: 1 } as const;
/** Tiers of the whole query against whole labels; above every word-start score. */
export const LABEL_TIER = { preferredExact: 4, preferredPrefix: 3, altExact: 2, altPrefix: 1 } as const;

/** Weight of one label tier: more than the best word score a query of `terms` terms can reach. */
export function tierWeight(terms: number): number {
	return WORD_SCORE.preferredWhole * terms + 1;
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function buildSearchIndex(entries: readonly SearchEntry[], englishLabel: (e: SearchEntry) => string): SearchIndex {
	const byWord = new Map<string, { entries: number[]; preferred: number[] }>();
	const post = (word: string, entry: number, preferred: number) => {
		const list = byWord.get(word);
		if (list) {
			list.entries.push(entry);
			list.preferred.push(preferred);
		} else byWord.set(word, { entries: [entry], preferred: [preferred] });
	};
	// Entries in order and each word once per entry (SearchEntry keeps words and altWords apart), so postings come out ascending.
	entries.forEach((e, i) => {
		for (const w of e.words) post(w, i, 1);
		for (const w of e.altWords) post(w, i, 0);
	});
	const words = [...byWord.keys()].sort(compareCodeUnits);
	const allLabels = entries.flatMap((e, i) => [...e.labels.map((l) => [l, i, 0] as const), ...e.altLabels.map((l) => [l, i, 1] as const)]);
	allLabels.sort((a, b) => compareCodeUnits(a[0], b[0]) || a[1] - b[1]);
	const labels = entries.map(englishLabel);
	// Same comparison the linear scan sorted hits by, done once per snapshot instead of per query.
	const order = entries.map((_, i) => i).sort((a, b) => labels[a]!.localeCompare(labels[b]!) || entries[a]!.id.localeCompare(entries[b]!.id) || a - b);
	const byRank = Int32Array.from(order);
	const tieRank = new Int32Array(entries.length);
	byRank.forEach((entry, rank) => (tieRank[entry] = rank));
	const n = entries.length;
	return {
		words,
		postings: words.map((w) => Int32Array.from(byWord.get(w)!.entries)),
		preferred: words.map((w) => Uint8Array.from(byWord.get(w)!.preferred)),
		labels: allLabels.map((l) => l[0]),
		labelEntry: Int32Array.from(allLabels, (l) => l[1]),
		labelIsAlt: Uint8Array.from(allLabels, (l) => l[2]),
		tieRank,
		byRank,
		scratch: { total: new Int32Array(n), termsMatched: new Int32Array(n), best: new Uint8Array(n), tier: new Uint8Array(n) },
		letterMatches: new Map(),
		letterQueries: new Map()
	};
}

function firstAtOrAfter(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Calls `credit(entry, score)` for every entry with a word starting with `term`, scored as WORD_SCORE says. */
function forEachEntryWith(index: SearchIndex, term: string, credit: (entry: number, score: number) => void): void {
	for (let w = firstAtOrAfter(index.words, term); w < index.words.length && index.words[w]!.startsWith(term); w++) {
		const whole = index.words[w] === term;
		const entries = index.postings[w]!;
		const preferred = index.preferred[w]!;
		for (let p = 0; p < entries.length; p++) {
			const score = preferred[p]
				? whole ? WORD_SCORE.preferredWhole : WORD_SCORE.preferredStart
				: whole ? WORD_SCORE.altWhole : WORD_SCORE.altStart;
			credit(entries[p]!, score);
		}
	}
}

function matchTerm(index: SearchIndex, term: string): TermMatches {
	const cached = index.letterMatches.get(term);
	if (cached) return cached;
	const { best } = index.scratch;
	const touched: number[] = [];
	forEachEntryWith(index, term, (entry, score) => {
		if (best[entry] === 0) touched.push(entry);
		if (best[entry]! < score) best[entry] = score;
	});
	const entries = Int32Array.from(touched).sort();
	const scores = Uint8Array.from(entries, (entry) => best[entry]!);
	for (const entry of entries) best[entry] = 0;
	const matches = { entries, scores };
	if (term.length === 1) index.letterMatches.set(term, matches);
	return matches;
}

/** Marks in `tier` the best LABEL_TIER of each entry with a label equal to or starting with the query; returns those entries. */
function markLabelTiers(index: SearchIndex, query: string, tier: Uint8Array): number[] {
	const marked: number[] = [];
	for (let i = firstAtOrAfter(index.labels, query); i < index.labels.length && index.labels[i]!.startsWith(query); i++) {
		const exact = index.labels[i]!.length === query.length;
		const t = index.labelIsAlt[i]
			? exact ? LABEL_TIER.altExact : LABEL_TIER.altPrefix
			: exact ? LABEL_TIER.preferredExact : LABEL_TIER.preferredPrefix;
		const entry = index.labelEntry[i]!;
		if (tier[entry]! < t) tier[entry] = t;
		marked.push(entry);
	}
	return marked;
}

/**
 * The entries with a word starting with every term and their scores before `admit`: label tier ×
 * tierWeight + each term's best word score. A one-letter query (type-ahead sends many, and each
 * matches thousands of entries and labels) is computed once and kept.
 */
function matchQuery(index: SearchIndex, terms: readonly string[]): { entries: Int32Array; scores: Uint16Array } {
	const cached = terms.length === 1 ? index.letterQueries.get(terms[0]!) : undefined;
	if (cached) return cached;
	const { total, termsMatched, best, tier } = index.scratch;
	const first = matchTerm(index, terms[0]!);
	first.entries.forEach((entry, i) => {
		termsMatched[entry] = 1;
		total[entry] = first.scores[i]!;
	});
	for (let t = 1; t < terms.length; t++) {
		const touched: number[] = [];
		forEachEntryWith(index, terms[t]!, (entry, score) => {
			// Only entries that matched every earlier term can still match all.
			if (termsMatched[entry] !== t) return;
			if (best[entry] === 0) touched.push(entry);
			if (best[entry]! < score) best[entry] = score;
		});
		for (const entry of touched) {
			termsMatched[entry]!++;
			total[entry]! += best[entry]!;
			best[entry] = 0;
		}
	}
	// A label starting with the query has a word starting with each term, so its entry is among the hits.
	const marked = markLabelTiers(index, terms.join(' '), tier);
	const weight = tierWeight(terms.length);
	const entries = first.entries.filter((entry) => termsMatched[entry] === terms.length);
	const scores = Uint16Array.from(entries, (entry) => tier[entry]! * weight + total[entry]!);
	for (const entry of first.entries) {
		termsMatched[entry] = 0;
		total[entry] = 0;
	}
	for (const entry of marked) tier[entry] = 0;
	const matches = { entries, scores };
	if (terms.length === 1 && terms[0]!.length === 1) index.letterQueries.set(terms[0]!, matches);
	return matches;
}

/**
 * The best `limit` entries with a word starting with every term, by score (descending; see
 * matchQuery), ties in the index's tie-break order. `admit` drops an entry (null) or adds a bonus
 * below 1 to its score. Ranks by one numeric key per hit in typed arrays: a one-letter query
 * matches many entries, and per-hit objects or maps would cost more than the matching.
 */
export function rankMatches(
	index: SearchIndex,
	terms: readonly string[],
	admit: (entry: number) => number | null,
	limit: number
): { entry: number; score: number }[] {
	const matches = matchQuery(index, terms);
	const n = index.tieRank.length;
	// Scores are multiples of 0.5 below this bound; doubled they fit beside the rank in one key.
	const bound = 2 * (LABEL_TIER.preferredExact * tierWeight(terms.length) + WORD_SCORE.preferredWhole * terms.length + 1);
	const keys = new Float64Array(matches.entries.length);
	let hits = 0;
	matches.entries.forEach((entry, i) => {
		const bonus = admit(entry);
		if (bonus !== null) keys[hits++] = (bound - Math.round(2 * (matches.scores[i]! + bonus))) * n + index.tieRank[entry]!;
	});
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
