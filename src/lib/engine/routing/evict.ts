/** Criteria a bag is ranked on at most; the ranges live in scratch arrays, so eviction allocates nothing. */
const MAX_CRITERIA = 8;
const lo = new Float64Array(MAX_CRITERIA);
const hi = new Float64Array(MAX_CRITERIA);

/**
 * Index of the label to evict from a full bag (the planner's and explore's): the worst sum of its
 * criteria, each scaled over the bag from 0 (best) to 1 (worst); on a tie the newer one (`newer`,
 * else the later in the bag, which keeps arrival order). Runs on every overflow of a full bag,
 * more often on real networks, where education and skill hours spread the criteria.
 */
export function worstOf<T>(bag: readonly T[], criteria: readonly ((label: T) => number)[], newer?: (a: T, b: T) => boolean): number {
	const n = criteria.length;
	if (n > MAX_CRITERIA) throw new Error(`worstOf: at most ${MAX_CRITERIA} criteria`);
	for (let k = 0; k < n; k++) {
		lo[k] = Infinity;
		hi[k] = -Infinity;
	}
	for (const label of bag)
		for (let k = 0; k < n; k++) {
			const v = criteria[k]!(label);
			if (v < lo[k]!) lo[k] = v;
			if (v > hi[k]!) hi[k] = v;
		}
	let worst = 0;
	let worstScore = -Infinity;
	for (let i = 0; i < bag.length; i++) {
		let score = 0;
		for (let k = 0; k < n; k++) if (hi[k]! > lo[k]!) score += (criteria[k]!(bag[i]!) - lo[k]!) / (hi[k]! - lo[k]!);
		if (score > worstScore || (score === worstScore && (newer ? newer(bag[i]!, bag[worst]!) : true))) {
			worst = i;
			worstScore = score;
		}
	}
	return worst;
}
