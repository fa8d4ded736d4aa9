/**
 * Calls `visit(a, b, shared)` once for every pair of skill sets (a < b, by position) that share at
 * least `minShared` members. Goes through an inverted index (skill → sets), so the work grows with
 * the sum of squared skill frequencies rather than with every pair of stations: at ESCO scale
 * (3,000 stations) that is a few million steps instead of 4.5 million set intersections.
 * Members of one set must be distinct.
 */
export function forEachOverlap(
	sets: readonly (readonly string[])[],
	visit: (a: number, b: number, shared: number) => void,
	minShared = 1
): void {
	const holders = new Map<string, number[]>();
	sets.forEach((set, i) => {
		for (const member of set) {
			const list = holders.get(member);
			if (list) list.push(i);
			else holders.set(member, [i]);
		}
	});
	const counts = new Int32Array(sets.length);
	const touched: number[] = [];
	for (let a = 0; a < sets.length; a++) {
		for (const member of sets[a]!) {
			// Holder lists are ascending, so only the tail after `a` yields new pairs.
			for (const b of holders.get(member)!) {
				if (b <= a) continue;
				if (counts[b] === 0) touched.push(b);
				counts[b]!++;
			}
		}
		for (const b of touched) {
			if (counts[b]! >= minShared) visit(a, b, counts[b]!);
			counts[b] = 0;
		}
		touched.length = 0;
	}
}
