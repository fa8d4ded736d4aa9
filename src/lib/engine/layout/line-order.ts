import { otherEnd, type Network } from './network';

/**
 * The order of parallel lines on every hop, left to right walking from the hop's `a` to `b`.
 *
 * In the spirit of metro-line crossing minimisation: for each pair of lines, follow the
 * maximal path they share and decide their order once for the whole path from where they
 * part — at a station the line that leaves further to the left must already run on the
 * left. A pair that parts at both ends the same way never crosses; one whose ends disagree
 * must cross once, and does so in the station with fewer edges. A line that ends while the
 * other turns goes to the outside of the turn, so the remaining bundle is not split.
 * Each hop then sorts its lines by how many of the others they lie left of.
 *
 * `angleA[e]` / `angleB[e]` are the counter-clockwise screen angles in which hop e leaves
 * its station a / b in the final drawing.
 */
export function orderLines(net: Network, angleA: Float64Array, angleB: Float64Array): number[][] {
	const L = net.lineIds.length;
	const E = net.edges.length;
	// leftOf[e] maps a*L+b (a < b) to +1 when a runs left of b walking a→b, -1 when right.
	const leftOf: Map<number, number>[] = net.edges.map(() => new Map());
	const angleAt = (s: number, e: number) => (net.edges[e]!.a === s ? angleA[e]! : angleB[e]!);

	const hasBoth = (e: number, a: number, b: number) => {
		const lines = net.edges[e]!.lines;
		return lines.includes(a) && lines.includes(b);
	};
	/** The next hop both lines take after arriving at s over f, or -1 when they do not go on together. */
	const together = (s: number, f: number, a: number, b: number): number => {
		let next = -1;
		for (const g of net.adj[s]!) {
			if (g === f || !hasBoth(g, a, b)) continue;
			if (next !== -1) return -1;
			next = g;
		}
		return next;
	};
	/** +1 when a should run left of b arriving at s over f, -1 for right, 0 when the station does not say. */
	const partAt = (s: number, f: number, a: number, b: number): number => {
		const back = angleAt(s, f);
		const turn = (g: number) => {
			let t = angleAt(s, g) - back;
			while (t <= 0) t += 2 * Math.PI;
			while (t > 2 * Math.PI) t -= 2 * Math.PI;
			return t;
		};
		const meanTurn = (line: number): number | null => {
			let sum = 0;
			let n = 0;
			for (const g of net.adj[s]!)
				if (g !== f && net.edges[g]!.lines.includes(line)) {
					sum += turn(g);
					n++;
				}
			return n === 0 ? null : sum / n;
		};
		const ta = meanTurn(a);
		const tb = meanTurn(b);
		const eps = 1e-6;
		if (ta !== null && tb !== null) return ta > tb + eps ? 1 : tb > ta + eps ? -1 : 0;
		if (ta === null && tb !== null) return tb > Math.PI + eps ? -1 : tb < Math.PI - eps ? 1 : 0;
		if (tb === null && ta !== null) return ta > Math.PI + eps ? 1 : ta < Math.PI - eps ? -1 : 0;
		return 0;
	};

	for (let e0 = 0; e0 < E; e0++) {
		const lines = net.edges[e0]!.lines;
		for (let i = 0; i < lines.length; i++)
			for (let j = i + 1; j < lines.length; j++) {
				const a = lines[i]!;
				const b = lines[j]!;
				const key = a * L + b;
				if (leftOf[e0]!.has(key)) continue;
				// The shared path as hops with their direction (true = walked a→b of the hop).
				const path: [number, boolean][] = [[e0, true]];
				const inPath = new Set([e0]);
				const extend = (start: number, first: number, forward: boolean): [number, number] => {
					let s = start;
					let f = first;
					for (;;) {
						const g = together(s, f, a, b);
						if (g === -1 || inPath.has(g)) return [s, f];
						inPath.add(g);
						const dir = net.edges[g]!.a === s;
						if (forward) path.push([g, dir]);
						else path.unshift([g, !dir]);
						s = otherEnd(net.edges[g]!, s);
						f = g;
					}
				};
				const [endS, endF] = extend(net.edges[e0]!.b, e0, true);
				const [startS, startF] = extend(net.edges[e0]!.a, e0, false);
				const ahead = partAt(endS, endF, a, b);
				// Arriving at the start walks the path backwards, where left and right swap.
				const behind = -partAt(startS, startF, a, b);
				let r: number;
				if (ahead === 0) r = behind;
				else if (behind === 0 || behind === ahead) r = ahead;
				else r = net.adj[endS]!.length >= net.adj[startS]!.length ? ahead : behind;
				if (r === 0) r = 1;
				for (const [e, fwd] of path) leftOf[e]!.set(key, fwd ? r : -r);
			}
	}

	// Relations decided at different ends can form a cycle; the sort then falls back on line
	// index. It does so walking each chain of degree-2 stations the same way, so a tie cannot
	// flip from one hop of a chain to the next.
	const along = chainDirections(net);
	return net.edges.map((edge, e) => {
		const rel = leftOf[e]!;
		const flip = along[e] ? 1 : -1;
		const score = new Map<number, number>();
		for (const a of edge.lines) score.set(a, 0);
		for (const a of edge.lines)
			for (const b of edge.lines) {
				if (a >= b) continue;
				const r = (rel.get(a * L + b) ?? 1) * flip;
				if (r > 0) score.set(a, score.get(a)! + 1);
				else score.set(b, score.get(b)! + 1);
			}
		const order = edge.lines.slice().sort((p, q) => score.get(q)! - score.get(p)! || p - q);
		return flip > 0 ? order : order.reverse();
	});
}

/** Per edge: true when walking its chain of degree-2 stations goes from its `a` to its `b`. */
function chainDirections(net: Network): boolean[] {
	const along: boolean[] = new Array(net.edges.length);
	const done = new Uint8Array(net.edges.length);
	const walk = (start: number, first: number) => {
		let s = start;
		let e = first;
		while (!done[e]) {
			done[e] = 1;
			along[e] = net.edges[e]!.a === s;
			s = otherEnd(net.edges[e]!, s);
			if (net.adj[s]!.length !== 2) return;
			e = net.adj[s]!.find((f) => f !== e)!;
		}
	};
	for (let s = 0; s < net.ids.length; s++) if (net.adj[s]!.length !== 2) for (const e of net.adj[s]!) walk(s, e);
	for (let e = 0; e < net.edges.length; e++) if (!done[e]) walk(net.edges[e]!.a, e);
	return along;
}
