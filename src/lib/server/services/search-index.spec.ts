import { beforeAll, describe, expect, it } from 'vitest';
import type { Station } from '$lib/schemas';
import { importEsco } from '../import/esco-import';
import { FIXTURES } from '../import/fixture-paths';
import { loadSeedDirectory } from '../seed/load';
import { ANONYMOUS } from '../viewer';
import { search } from './network-views';
import { LABEL_TIER, WORD_SCORE, tierWeight } from './search-index';
import { normalizeText } from './search-text';
import { buildSnapshot, type Snapshot } from './snapshot';

let esco: Snapshot;
beforeAll(async () => {
	const { meta, content } = await importEsco(FIXTURES.esco);
	esco = buildSnapshot(meta, 1, content);
});

const seed = loadSeedDirectory('graph-seed');
const seedSnap = buildSnapshot(seed.meta, 1, seed.content);

/** The seed plus stations whose names a word-inside match would confuse, the way ESCO names them. */
const station = (id: string, nl: string, en: string, alt?: Station['altLabels']): Station => ({
	id,
	label: { nl, en },
	...(alt ? { altLabels: alt } : {}),
	requires: [],
	regions: [],
	certificates: []
});
const confusable = buildSnapshot(seed.meta, 1, {
	...seed.content,
	stations: [
		...seed.content.stations,
		station('probation-officer', 'Reclasseringswerker', 'Probation officer', { nl: ['Reclasseringsmedewerker'], en: ['Parole officer'] }),
		station('arc-welder', 'Booglasser', 'Arc welder'),
		station('welding-inspector', 'Lasinspecteur', 'Welding inspector', { nl: ['Lasser-monteur', 'Lasser'], en: ['Weld inspector'] })
	]
});

/**
 * The linear scan the index must agree with: the definition of what search finds and how it
 * ranks, written out entry by entry.
 */
function scan(s: Snapshot, query: string, limit = 50) {
	const terms = normalizeText(query).split(' ').filter(Boolean);
	if (terms.length === 0) return [];
	const whole = terms.join(' ');
	const hits: { kind: string; id: string; en: string; score: number }[] = [];
	for (const e of s.searchEntries) {
		// Closed modules stay hidden from an anonymous reader.
		if (e.organisation !== null) continue;
		let words = 0;
		for (const term of terms) {
			const best = Math.max(
				0,
				...e.words.map((w) => (w === term ? WORD_SCORE.preferredWhole : w.startsWith(term) ? WORD_SCORE.preferredStart : 0)),
				...e.altWords.map((w) => (w === term ? WORD_SCORE.altWhole : w.startsWith(term) ? WORD_SCORE.altStart : 0))
			);
			if (best === 0) {
				words = -1;
				break;
			}
			words += best;
		}
		if (words < 0) continue;
		const tier = Math.max(
			0,
			...e.labels.map((l) => (l === whole ? LABEL_TIER.preferredExact : l.startsWith(whole) ? LABEL_TIER.preferredPrefix : 0)),
			...e.altLabels.map((l) => (l === whole ? LABEL_TIER.altExact : l.startsWith(whole) ? LABEL_TIER.altPrefix : 0))
		);
		const label = e.kind === 'station' ? s.stations.get(e.id)!.label : e.kind === 'skill' ? s.skills.get(e.id)!.label : s.modules.get(e.id)!.label;
		hits.push({ kind: e.kind, id: e.id, en: label.en, score: tier * tierWeight(terms.length) + words + (e.kind === 'station' ? 0.5 : 0) });
	}
	hits.sort((a, b) => b.score - a.score || a.en.localeCompare(b.en) || a.id.localeCompare(b.id));
	return hits.slice(0, limit).map((h) => `${h.kind}:${h.id}:${h.score}`);
}

const found = (s: Snapshot, query: string, limit?: number) => search(s, query, ANONYMOUS, { limit }).map((h) => `${h.kind}:${h.id}:${h.score}`);
const stationsFound = (s: Snapshot, query: string) =>
	search(s, query, ANONYMOUS, { kinds: ['station'] }).map((h) => h.label.en);

describe('search order', () => {
	it('puts the station named exactly like the query first, in English and Dutch (seed)', () => {
		expect(stationsFound(seedSnap, 'welder')[0]).toBe('Welder');
		expect(stationsFound(seedSnap, 'lasser')[0]).toBe('Welder');
		expect(stationsFound(seedSnap, 'LASSER')[0]).toBe('Welder');
		expect(stationsFound(seedSnap, 'hygienisch lasser')[0]).toBe('Hygienic welder');
		expect(stationsFound(seedSnap, 'Hygiënisch')).toEqual(['Hygienic design engineer', 'Hygienic fitter', 'Hygienic welder']);
	});

	it('ranks the preferred label, then a label it starts, then alternative labels, then word starts', () => {
		const hits = stationsFound(confusable, 'lasser');
		// Exact preferred label, exact alternative label, then the word "lasser" inside a longer name.
		expect(hits.slice(0, 3)).toEqual(['Welder', 'Welding inspector', 'Hygienic welder']);
		expect(stationsFound(confusable, 'lass')[0]).toBe('Welder');
		// "Welding coordinator" and "Welding engineer" start with "welding": preferred prefix before the alternative "weld inspector".
		expect(stationsFound(confusable, 'weld')).toEqual(['Welder', 'Welding coordinator (IWS)', 'Welding engineer (IWE)', 'Welding inspector', 'Arc welder', 'Hygienic welder']);
	});

	it('never matches inside a word', () => {
		expect(stationsFound(confusable, 'lasser')).not.toContain('Probation officer');
		expect(stationsFound(confusable, 'lasser')).not.toContain('Arc welder');
		expect(stationsFound(confusable, 'elder')).toEqual([]);
		expect(stationsFound(confusable, 'reclassering')).toEqual(['Probation officer']);
		expect(stationsFound(confusable, 'parole')).toEqual(['Probation officer']);
	});

	it('on an ESCO slice: the welder first for "welder" and "lasser", then the alternative label, never a word-inside match', () => {
		const welder = stationsFound(esco, 'welder');
		expect(welder[0]).toBe('welder');
		// "laser beam welder" has "welder" as an alternative label: before the names that merely contain the word.
		expect(welder[1]).toBe('laser beam welder');
		expect(welder).toContain('pipe welder');
		const lasser = stationsFound(esco, 'lasser');
		expect(lasser[0]).toBe('welder');
		// "puntlasser" (spot welder) has "lasser" inside a word; its alternative labels do not start with it either.
		expect(lasser).not.toContain('spot welder');
		// An alternative label the welder shares with other stations: all of them before word starts.
		const arc = search(esco, 'arc welder', ANONYMOUS, { kinds: ['station'] });
		expect(arc.map((h) => h.label.en)).toContain('welder');
		const altExact = arc.filter((h) => esco.stations.get(h.id)!.altLabels?.en.some((l) => l.toLowerCase() === 'arc welder'));
		expect(arc.slice(0, altExact.length)).toEqual(altExact);
	});

	it('finds and ranks exactly what the linear scan does', () => {
		for (const s of [esco, confusable]) {
			const words = [...new Set(s.searchEntries.flatMap((e) => [...e.words, ...e.altWords]))].sort();
			const queries = [
				...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''),
				...words.filter((_, i) => i % 7 === 0).flatMap((w) => [w, w.slice(0, 2), w.slice(0, 4), w.slice(1, 5), w.slice(-3)]),
				'welder', 'lasser', 'Lassen', 'pipe weld', 'WELD metal', 'metal weld metal', 'hygiënisch', 'zzz', 'e a', 'machine operator'
			];
			for (const q of queries) expect(found(s, q), q).toEqual(scan(s, q));
			for (const q of ['e', 'a', 'weld']) expect(found(s, q, 7), q).toEqual(scan(s, q, 7));
		}
	});

	it('keeps the kind filter', () => {
		const skills = search(esco, 'weld', ANONYMOUS, { kinds: ['skill'] });
		expect(skills.length).toBeGreaterThan(0);
		expect(skills.every((h) => h.kind === 'skill')).toBe(true);
	});
});
