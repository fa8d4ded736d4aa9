import { beforeAll, describe, expect, it } from 'vitest';
import { importEsco } from '../import/esco-import';
import { FIXTURES } from '../import/fixture-paths';
import { ANONYMOUS } from '../viewer';
import { search } from './network-views';
import { normalizeText } from './search-text';
import { buildSnapshot, type Snapshot } from './snapshot';

let snap: Snapshot;
beforeAll(async () => {
	const { meta, content } = await importEsco(FIXTURES.esco);
	snap = buildSnapshot(meta, 1, content);
});

/** The linear scan the index replaced: the definition of what search finds and how it ranks. */
function scan(s: Snapshot, query: string, limit = 50) {
	const terms = normalizeText(query).split(' ').filter(Boolean);
	if (terms.length === 0) return [];
	const hits: { kind: string; id: string; en: string; score: number }[] = [];
	for (const e of s.searchEntries) {
		let score = 0;
		for (const term of terms) {
			if (!e.text.includes(term)) {
				score = -1;
				break;
			}
			score += e.words.includes(term) ? 3 : e.words.some((w) => w.startsWith(term)) ? 2 : 1;
		}
		if (score < 0) continue;
		const label = e.kind === 'station' ? s.stations.get(e.id)!.label : s.skills.get(e.id)!.label;
		hits.push({ kind: e.kind, id: e.id, en: label.en, score: score + (e.kind === 'station' ? 0.5 : 0) });
	}
	hits.sort((a, b) => b.score - a.score || a.en.localeCompare(b.en) || a.id.localeCompare(b.id));
	return hits.slice(0, limit).map((h) => `${h.kind}:${h.id}:${h.score}`);
}

const indexed = (query: string, limit?: number) => search(snap, query, ANONYMOUS, { limit }).map((h) => `${h.kind}:${h.id}:${h.score}`);

describe('indexed search', () => {
	it('finds and ranks exactly what the linear scan does', () => {
		const words = [...new Set(snap.searchEntries.flatMap((e) => e.words))].sort();
		const queries = [
			...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''),
			...words.filter((_, i) => i % 7 === 0).flatMap((w) => [w, w.slice(0, 2), w.slice(0, 4), w.slice(1, 5), w.slice(-3)]),
			'welder', 'lasser', 'Lassen', 'pipe weld', 'WELD metal', 'metal weld metal', 'hygiënisch', 'zzz', 'e a', 'machine operator'
		];
		for (const q of queries) expect(indexed(q), q).toEqual(scan(snap, q));
		for (const q of ['e', 'a', 'weld']) expect(indexed(q, 7), q).toEqual(scan(snap, q, 7));
	});

	it('keeps the kind filter', () => {
		const skills = search(snap, 'weld', ANONYMOUS, { kinds: ['skill'] });
		expect(skills.length).toBeGreaterThan(0);
		expect(skills.every((h) => h.kind === 'skill')).toBe(true);
	});
});
