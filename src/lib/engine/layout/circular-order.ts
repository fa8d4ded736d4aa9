import { ccwSteps } from './directions';

/**
 * Ports (directions out of a station) that keep the station's edges in their input order.
 *
 * `around` lists the station's edges counter-clockwise as the input drew them; `portOf(e)`
 * is the port an already-drawn edge uses, or -1. The new edge must take a free port strictly
 * between its nearest drawn neighbours in that order, leaving one port for every undrawn
 * edge that will come between them — the paper's rule that keeps the embedding.
 * Returns a bit mask of allowed ports (bit d = direction d).
 */
export function orderedPorts(around: readonly number[], edge: number, portOf: (e: number) => number): number {
	const k = around.length;
	const at = around.indexOf(edge);
	let used = 0;
	for (const e of around) {
		const p = portOf(e);
		if (p >= 0 && e !== edge) used |= 1 << p;
	}
	const free = 0xff & ~used;
	if (used === 0 || at < 0) return free;

	let after = 0;
	let succ = -1;
	for (let i = 1; i < k; i++) {
		const e = around[(at + i) % k]!;
		if (portOf(e) >= 0) {
			succ = portOf(e);
			break;
		}
		after++;
	}
	let before = 0;
	let pred = -1;
	for (let i = 1; i < k; i++) {
		const e = around[(at - i + k) % k]!;
		if (portOf(e) >= 0) {
			pred = portOf(e);
			break;
		}
		before++;
	}
	const gap = ccwSteps(pred, succ);
	let mask = 0;
	for (let q = 0; q < 8; q++) {
		if (((free >> q) & 1) === 0) continue;
		const dq = ccwSteps(pred, q);
		if (dq >= before + 1 && gap - dq >= after + 1) mask |= 1 << q;
	}
	return mask;
}
