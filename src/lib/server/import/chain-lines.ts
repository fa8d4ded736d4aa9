import type { LineStop } from '$lib/schemas';
import { ImportError } from './errors';

/** A chosen step up: the next station a worker at `from` typically grows into. */
export interface StepUp {
	from: string;
	to: string;
	/** Experience months on `from` before the step. */
	months: number;
}

/**
 * Chains step ups into lines. Each station has at most one step up (its best next station) and
 * steps only go upward, so together they form a forest of trees growing towards their tops.
 * The forest is cut into paths by the long-path rule: where several stations step up into the
 * same station, the one with the longest chain below it continues the line, and every other
 * chain becomes its own line that ends at that station (which so becomes an interchange).
 * Every step up ends up on exactly one line; each line has two or more stops and no station twice.
 *
 * Lines are returned ordered by their first station, so the same steps give the same lines.
 */
export function chainLines(steps: readonly StepUp[]): LineStop[][] {
	const next = new Map<string, StepUp>();
	const below = new Map<string, string[]>();
	for (const step of steps) {
		if (next.has(step.from)) throw new ImportError(`import: station '${step.from}' has two step ups`);
		next.set(step.from, step);
		const list = below.get(step.to);
		if (list) list.push(step.from);
		else below.set(step.to, [step.from]);
	}
	const depth = chainDepths(next, below);
	const mainBelow = new Map<string, string>();
	for (const [top, froms] of below) {
		const best = froms.reduce((a, b) => (depth.get(b)! > depth.get(a)! || (depth.get(b) === depth.get(a) && b < a) ? b : a));
		mainBelow.set(top, best);
	}
	const starts = [...next.keys()].filter((s) => !below.has(s)).sort();
	return starts.map((start) => {
		const stops: LineStop[] = [{ station: start }];
		let at = start;
		for (let step = next.get(at); step; step = next.get(at)) {
			stops.push({ station: step.to, months: step.months });
			if (mainBelow.get(step.to) !== at) break;
			at = step.to;
		}
		return stops;
	});
}

/** Longest chain of step ups ending at each station, found bottom-up; a cycle is a bug upstream. */
function chainDepths(next: ReadonlyMap<string, StepUp>, below: ReadonlyMap<string, string[]>): Map<string, number> {
	const waiting = new Map<string, number>();
	for (const [top, froms] of below) waiting.set(top, froms.length);
	const depth = new Map<string, number>();
	const ready = [...next.keys()].filter((s) => !below.has(s));
	for (const s of ready) depth.set(s, 0);
	let settled = 0;
	while (ready.length > 0) {
		const s = ready.pop()!;
		settled++;
		const step = next.get(s);
		if (!step) continue;
		depth.set(step.to, Math.max(depth.get(step.to) ?? 0, depth.get(s)! + 1));
		const left = waiting.get(step.to)! - 1;
		waiting.set(step.to, left);
		if (left === 0) ready.push(step.to);
	}
	const stations = new Set([...next.keys(), ...below.keys()]);
	if (settled !== stations.size) throw new ImportError('import: the step ups form a cycle; lines cannot be derived');
	return depth;
}
