import type { CombGraph } from './comb-graph';
import type { Grid } from './grid';
import { GridRouter } from './grid-router';
import { GridSearch } from './grid-search';
import type { Targets } from './initial-positions';
import { localSearch } from './local-search';
import type { Network } from './network';
import { ripUpAndReroute } from './rip-up';
import { routeOrder } from './route-order';
import type { LayoutSettings } from './types';

/** What the grid stage hands on: where comb nodes sit and the grid path of every comb edge. */
export interface OctiResult {
	grid: Grid;
	/** Grid node per comb node. */
	nodePos: Int32Array;
	/** Grid path per comb edge from its `from` to its `to`; null when it could not be routed. */
	paths: (Int32Array | null)[];
	failed: number;
	orderRelaxed: number;
	crossings: number;
	attempts: number;
	rounds: number;
	moves: number;
	budgetExhausted: boolean;
	routingMs: number;
	localSearchMs: number;
	searches: number;
	expanded: number;
	/** Set on a coarse pass that left edges unrouted: the caller should try a finer grid. */
	refine: boolean;
}

/**
 * The approximation of Bast, Brosi & Storandt: comb edges are routed one by one, dense first,
 * as cheapest paths in the octilinear grid (steps, bends, line bends at stations, moving a
 * station away from where it wants to be); every routed path closes its nodes and diagonals
 * for the paths after it. A local search then moves each station to a neighbouring grid node
 * when rerouting its edges makes the drawing cheaper, until no move helps.
 */
export function octilinearize(
	net: Network,
	comb: CombGraph,
	targets: Targets,
	settings: LayoutSettings,
	now: () => number,
	/**
	 * A first pass whose grid may be refined: it tries only the dense-first order (with and
	 * without reservations) and stops before the local search when edges remain unrouted.
	 */
	coarse = false,
	/** Per comb edge: its drawing in the previous layout (world cells), tried before routing. */
	replays: ([number, number][] | null)[] = []
): OctiResult {
	const started = now();
	const deadline = started + settings.timeBudgetMs;
	// Greedy routing can wall a station in; then a path must cross or fails. The second attempt
	// keeps the dense-first order but lets every placed station that still waits for paths
	// reserve the ring around it; after that, edges go first the more often they were in
	// trouble (the paper reorders too). The best attempt is kept.
	const base = routeOrder(comb);
	let order = base;
	const rank = new Map(base.map((e, i) => [e, i]));
	const troubled = new Float64Array(comb.edges.length);
	const search = new GridSearch(settings);
	// The work budget ends a pass the same way on any machine; the time budget only guards
	// against a machine so slow that the work would take too long.
	const outOfBudget = () => search.expanded > settings.workBudget || now() > deadline;
	let router: GridRouter | null = null;
	let attempts = 0;
	const maxAttempts = coarse ? Math.min(2, settings.routingAttempts) : settings.routingAttempts;
	for (; attempts < maxAttempts; attempts++) {
		const r = new GridRouter(net, comb, targets, settings, search, attempts > 0);
		r.placeAnchored();
		if (attempts === 0) for (const e of base) if (replays[e]) r.replay(e, replays[e]!);
		for (const e of order) if (r.paths[e] === null) r.routeInitial(e);
		r.placeLeftovers();
		if (!router || r.score() < router.score()) router = r;
		const trouble = r.troubleEdges();
		if (trouble.size === 0 || outOfBudget()) break;
		for (const e of trouble) troubled[e]!++;
		if (attempts > 0) order = base.slice().sort((p, q) => troubled[q]! - troubled[p]! || rank.get(p)! - rank.get(q)!);
	}
	router = router!;
	if (router.failedCount() > 0) ripUpAndReroute(router, base, outOfBudget);
	const routed = now();
	const refine = coarse && router.failedCount() > 0;
	const local = refine ? { rounds: 0, moves: 0, exhausted: false } : localSearch(router, outOfBudget);
	if (!refine) lastResort(router, base);
	const done = now();
	return {
		grid: router.grid,
		nodePos: router.pos,
		paths: router.paths,
		failed: router.paths.filter((p) => p === null).length,
		orderRelaxed: router.orderRelaxed,
		crossings: router.countCrossings(),
		attempts: Math.min(attempts + 1, maxAttempts),
		rounds: local.rounds,
		moves: local.moves,
		budgetExhausted: local.exhausted,
		routingMs: routed - started,
		localSearchMs: done - routed,
		searches: search.searches,
		expanded: search.expanded,
		refine
	};
}

/**
 * Edges that still have no path get one that may cross straight paths at 45° as well: a
 * crossing more, but every hop octilinear rather than a straight line across the map.
 */
function lastResort(router: GridRouter, order: number[]): void {
	if (router.failedCount() === 0) return;
	router.crossAnyAngle = true;
	for (const e of order) if (router.paths[e] === null) router.route(e, true, true);
	if (router.failedCount() > 0) ripUpAndReroute(router, order, () => false);
	router.crossAnyAngle = false;
}
