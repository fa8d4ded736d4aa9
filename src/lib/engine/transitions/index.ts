import { ladders, type Ladder } from './ladders';
import { BRIDGE_CANDIDATES, ladderRank, scoreMoves, type OccupationMoves } from './moves';
import type { TransitionSettings } from './settings';
import type { Move, TransitionInput } from './types';

export * from './effort';
export * from './ladders';
export * from './moves';
export * from './reason';
export * from './settings';
export * from './types';
export { workSimilarity } from './work-profiles';

export interface TransitionNetwork {
	readonly moves: readonly OccupationMoves[];
	readonly lines: readonly Ladder[];
	/** Per occupation: the viable moves kept as one-way bridges (none to a stop ahead on its lines), best first. */
	readonly bridges: readonly (readonly Move[])[];
	/**
	 * Per occupation: its other desirable viable moves, best first, kept as direct moves — the
	 * planner walks one only for a traveller who starts there and asks for its destination. A
	 * stop further down its own line can be one; the next stop, which riding reaches, cannot.
	 */
	readonly direct: readonly (readonly Move[])[];
}

/** The whole model: scored moves, ladders of step-ups, and bridges only where a move is viable. */
export function transitionNetwork(input: TransitionInput, settings: TransitionSettings): TransitionNetwork {
	const moves = scoreMoves(input, settings);
	const lines = ladders(moves, settings.maxLineStops);
	const n = input.occupations.length;
	// What riding from an occupation already reaches: every later stop of the lines it is on.
	const ahead: Set<number>[] = Array.from({ length: n }, () => new Set());
	for (const l of lines) l.stops.forEach((a, i) => l.stops.slice(i + 1).forEach((b) => ahead[a]!.add(b)));
	// And the next stop, where riding is that very move.
	const next: Set<number>[] = Array.from({ length: n }, () => new Set());
	for (const l of lines) l.stops.slice(1).forEach((b, i) => next[l.stops[i]!]!.add(b));
	// Bridges: a few of the best moves riding does not make — the next best step-ups (the
	// ordinary career steps a worker asks for; a step-up of two job zones, which no line takes,
	// is one of them), the best move that climbs one job zone (without one a worker stuck on a
	// short ladder can never rise), then
	// the closest desirable moves (pay keeps 75 %), then other viable ones. Few, because every
	// bridge widens every route search through the station (docs/taxonomies.md has the measured
	// trade-off); the other viable moves stay in the model and the evaluation.
	const bridges: Move[][] = moves.map((m, a) => {
		const seen = new Set<number>();
		const open = (v: Move) => !ahead[a]!.has(v.to) && !seen.has(v.to) && seen.add(v.to);
		const ups = m.stepUps.filter(open).slice(0, settings.stepUpBridges);
		const climbs = m.climbs.filter(open).slice(0, settings.climbBridges);
		const others = m.viable
			.slice(0, BRIDGE_CANDIDATES)
			.filter((v) => !seen.has(v.to) && !ahead[a]!.has(v.to))
			.sort((x, y) => Number(y.desirable) - Number(x.desirable) || y.score - x.score || x.to - y.to);
		return [...ups, ...climbs, ...others].slice(0, settings.bridgesPerOccupation);
	});
	// And per destination its best ways in from below or beside (desirable, not from a higher
	// job zone or pay): chosen by the origin alone, a supervisor's or manager's way in is often
	// nobody's top choice (the origin's own ladder or a closer neighbour wins), and then no route
	// reaches it. Best first over the whole network, and an origin takes at most `inBridges` + 1
	// of them, so a generic job (door-to-door seller) does not become a hub with a bridge to every
	// manager.
	const chosen = (ways: (m: OccupationMoves) => readonly Move[], perDestination: number) => {
		const candidates = moves.flatMap(ways).sort((x, y) => ladderRank(y) - ladderRank(x) || x.from - y.from || x.to - y.to);
		const into = new Int32Array(n);
		const extra = new Int32Array(n);
		for (const v of candidates) {
			if (into[v.to]! >= perDestination || extra[v.from]! > perDestination) continue;
			if (ahead[v.from]!.has(v.to) || bridges[v.from]!.some((x) => x.to === v.to)) continue;
			bridges[v.from]!.push(v);
			into[v.to]!++;
			extra[v.from]!++;
		}
	};
	chosen((m) => m.waysIn, settings.inBridges);
	// Then its best ways in from below, which the ways from beside often crowd out: a teaching
	// assistant's step to teacher loses to every specialist teacher's sideways move.
	chosen((m) => m.waysUp, settings.upBridges);
	// Direct moves: every other desirable viable move the model kept, for the traveller who asks
	// for exactly that step (a bridge for everyone would widen every search). A stop further
	// down the origin's own line counts too: the plasterer asking for plastering supervisor
	// should not have to ride through ceiling installer first.
	const direct = moves.map((m, a) => {
		const taken = new Set(bridges[a]!.map((v) => v.to));
		const unique = new Map<number, Move>();
		const open = (v: Move) => v.desirable && !next[a]!.has(v.to) && !taken.has(v.to) && !unique.has(v.to);
		// Step-ups first, in ladder order: the next rung of a worker's own field (motor vehicle
		// assembler → motor vehicle assembly supervisor) scores below many sideways moves.
		for (const v of m.stepUps) if (open(v)) unique.set(v.to, v);
		const rest = [...m.viable, ...m.climbs].filter(open).sort((x, y) => y.score - x.score || x.to - y.to);
		for (const v of rest) if (open(v)) unique.set(v.to, v);
		return [...unique.values()].slice(0, settings.directMoves);
	});
	return { moves, lines, bridges, direct };
}
