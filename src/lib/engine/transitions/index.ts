import { ladders, type Ladder } from './ladders';
import { scoreMoves, type OccupationMoves } from './moves';
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
	/** Per occupation: viable moves that are not a hop of a line it is on (one-way, best first). */
	readonly bridges: readonly (readonly Move[])[];
}

/** The whole model: scored moves, ladders of step-ups, and bridges only where a move is viable. */
export function transitionNetwork(input: TransitionInput, settings: TransitionSettings): TransitionNetwork {
	const moves = scoreMoves(input, settings);
	const lines = ladders(moves, settings.maxLineStops);
	const hop = new Set<number>();
	const n = input.occupations.length;
	for (const l of lines) for (const h of l.hops) hop.add(h.from * n + h.to);
	// Bridges: the best viable moves, and every kept step-up a line does not ride (the ordinary
	// career steps a worker asks for, which similar jobs in the same field can outscore).
	const bridges = moves.map((m) => {
		const seen = new Set<number>();
		return [...m.viable, ...m.stepUps].filter((v) => !hop.has(v.from * n + v.to) && !seen.has(v.to) && seen.add(v.to));
	});
	return { moves, lines, bridges };
}
