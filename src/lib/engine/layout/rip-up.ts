import type { GridRouter } from './grid-router';

/** Rounds of repair, each with a wider neighbourhood ripped up around a failed edge's ends. */
const RADII = [2, 4, 7];

/**
 * Rip-up and reroute: greedy routing can wall in a station, so a later edge finds no way to
 * it and fails. For each failed edge, the paths near its ends are taken out, the failed edge
 * is routed first, and the taken-out paths are routed again after it; the change is kept when
 * fewer edges fail (or as many, with a cheaper drawing), else the old paths go back.
 * Returns the edges repaired.
 */
export function ripUpAndReroute(r: GridRouter, order: number[], outOfTime: () => boolean): number {
	const rank = new Int32Array(order.length);
	order.forEach((e, i) => (rank[e] = i));
	let repaired = 0;
	for (const radius of RADII) {
		const failed = order.filter((e) => r.paths[e] === null);
		if (failed.length === 0) break;
		for (const e of failed) {
			if (r.paths[e] !== null) continue;
			if (outOfTime()) return repaired;
			if (repair(r, e, radius, rank)) repaired++;
		}
	}
	return repaired;
}

function repair(r: GridRouter, e: number, radius: number, rank: Int32Array): boolean {
	const edge = r.comb.edges[e]!;
	const ends = [r.pos[edge.from]!, r.pos[edge.to]!];
	const victims = r.pathsNear(ends, radius).filter((f) => f !== e);
	victims.sort((p, q) => rank[p]! - rank[q]!);
	const failedBefore = r.failedCount();
	const scoreBefore = r.score();
	const saved = victims.map((f) => r.paths[f]!);
	for (const f of victims) r.uncommit(f);
	// Stations in the ripped area with no path left may move: a walled-in spot is often
	// the station's own, not only its neighbours'.
	const loose = r.looseNodesNear(ends, radius);
	const home = loose.map((v) => r.pos[v]!);
	for (const v of loose) r.unplace(v);
	r.routeInitial(e);
	for (const f of victims) r.routeInitial(f);
	r.placeLeftovers();
	const failedAfter = r.failedCount();
	if (failedAfter < failedBefore || (failedAfter === failedBefore && r.score() < scoreBefore)) return r.paths[e] !== null;
	r.uncommit(e);
	for (const f of victims) r.uncommit(f);
	for (const v of loose) if (r.pos[v]! >= 0) r.unplace(v);
	loose.forEach((v, i) => r.place(v, home[i]!));
	victims.forEach((f, i) => r.commit(f, saved[i]!));
	return false;
}
