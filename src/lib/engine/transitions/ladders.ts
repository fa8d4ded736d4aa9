import type { OccupationMoves } from './moves';
import type { Move } from './types';

/** A career line: occupations (indexes) in riding order and the step-up of each hop. */
export interface Ladder {
	readonly stops: readonly number[];
	readonly hops: readonly Move[];
}

/**
 * Step-ups that rest on the classification rather than on figures (a supervisor with its
 * workers' pay and job zone) could in principle chain back to where they started: such a cycle
 * loses its weakest step-up, so the chains stay a forest.
 */
function cutCycles(next: (Move | undefined)[]): void {
	const state = new Uint8Array(next.length);
	for (let start = 0; start < next.length; start++) {
		const path: number[] = [];
		let x: number | undefined = start;
		while (x !== undefined && state[x] === 0) {
			state[x] = 1;
			path.push(x);
			x = next[x]?.to;
		}
		if (x !== undefined && state[x] === 1) {
			let weakest = x;
			for (let y = next[x]!.to; y !== x; y = next[y]!.to) if (next[y]!.score < next[weakest]!.score) weakest = y;
			next[weakest] = undefined;
		}
		for (const p of path) state[p] = 2;
	}
}

/**
 * Career lines as chains of each occupation's best step-up. Step-ups never go lower in job zone,
 * experience or pay and go higher in one, so the chains cannot cycle; together they form a
 * forest growing towards its tops. It is cut into lines by the long-path rule (where several
 * occupations step up into one, the longest chain below it continues), and a side chain that
 * would end with only two stops rides on along the trunk until it has three: a worker reading
 * "bricklayer → bricklaying supervisor" wants to see where that leads. Lines longer than
 * `maxStops` are cut into consecutive lines that meet at the cut (a transfer there).
 *
 * Returned ordered by first occupation, so the same moves give the same lines.
 */
export function ladders(moves: readonly OccupationMoves[], maxStops: number): Ladder[] {
	const n = moves.length;
	// A line climbs one job zone per stop: a steeper step-up (pharmacy technician → pharmacist)
	// stays a bridge, so a line reads as the rungs of one ladder, not a jump over one.
	const next: (Move | undefined)[] = moves.map((m) => m.stepUps.find((v) => v.zonesUp <= 1));
	cutCycles(next);
	const below: number[][] = Array.from({ length: n }, () => []);
	next.forEach((m, a) => m && below[m.to]!.push(a));
	const depth = new Int32Array(n).fill(-1);
	const depthOf = (a: number): number => {
		// Iterative: chains are short, but a recursion per occupation is not worth the risk.
		const stack: number[] = [a];
		while (stack.length > 0) {
			const x = stack[stack.length - 1]!;
			if (depth[x]! >= 0) {
				stack.pop();
				continue;
			}
			const pending = below[x]!.filter((b) => depth[b]! < 0);
			if (pending.length > 0) stack.push(...pending);
			else {
				depth[x] = below[x]!.reduce((d, b) => Math.max(d, depth[b]! + 1), 0);
				stack.pop();
			}
		}
		return depth[a]!;
	};
	const trunk = new Int32Array(n).fill(-1);
	for (let b = 0; b < n; b++) {
		let best = -1;
		for (const a of below[b]!) if (best < 0 || depthOf(a) > depthOf(best) || (depthOf(a) === depthOf(best) && a < best)) best = a;
		trunk[b] = best;
	}
	const lines: Ladder[] = [];
	for (let start = 0; start < n; start++) {
		if (below[start]!.length > 0 || !next[start]) continue;
		const stops = [start];
		const hops: Move[] = [];
		let at = start;
		for (let step = next[at]; step; step = next[at]) {
			if (stops.includes(step.to)) break;
			stops.push(step.to);
			hops.push(step);
			if (trunk[step.to] !== at && stops.length >= 3) break;
			at = step.to;
		}
		for (let i = 0; i < hops.length; i += maxStops - 1) {
			const piece = stops.slice(i, i + maxStops);
			if (piece.length >= 2) lines.push({ stops: piece, hops: hops.slice(i, i + maxStops - 1) });
		}
	}
	return lines;
}
