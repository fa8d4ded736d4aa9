/** A directed hop u → v with the number of lines that ride it that way. */
export interface Arc {
	from: number;
	to: number;
	weight: number;
}

/**
 * A vertex order in which few arc weights point backwards (Eades, Lin & Smyth's greedy
 * heuristic for the feedback arc set). Career lines are meant to run forward; a line that
 * runs against others makes a cycle, and the lightest arcs of it are the ones turned around.
 * Ties go to the lower index so the order is deterministic.
 */
export function acyclicOrder(n: number, arcs: Arc[]): number[] {
	const outW = new Float64Array(n);
	const inW = new Float64Array(n);
	const outs: Arc[][] = Array.from({ length: n }, () => []);
	const ins: Arc[][] = Array.from({ length: n }, () => []);
	for (const a of arcs) {
		outW[a.from]! += a.weight;
		inW[a.to]! += a.weight;
		outs[a.from]!.push(a);
		ins[a.to]!.push(a);
	}
	const removed = new Uint8Array(n);
	const left: number[] = [];
	const right: number[] = [];
	const remove = (v: number) => {
		removed[v] = 1;
		for (const a of outs[v]!) if (!removed[a.to]) inW[a.to]! -= a.weight;
		for (const a of ins[v]!) if (!removed[a.from]) outW[a.from]! -= a.weight;
	};
	let remaining = n;
	while (remaining > 0) {
		let changed = true;
		while (changed) {
			changed = false;
			for (let v = 0; v < n; v++) {
				if (removed[v] || outW[v]! > 1e-9) continue;
				right.push(v);
				remove(v);
				remaining--;
				changed = true;
			}
			for (let v = 0; v < n; v++) {
				if (removed[v] || inW[v]! > 1e-9) continue;
				left.push(v);
				remove(v);
				remaining--;
				changed = true;
			}
		}
		if (remaining === 0) break;
		let best = -1;
		let bestDelta = -Infinity;
		for (let v = 0; v < n; v++) {
			if (removed[v]) continue;
			const delta = outW[v]! - inW[v]!;
			if (delta > bestDelta) {
				bestDelta = delta;
				best = v;
			}
		}
		left.push(best);
		remove(best);
		remaining--;
	}
	return left.concat(right.reverse());
}

/**
 * Longest-path layering along an acyclic order — every arc that points forward in the order
 * goes at least one layer right — then vertices are promoted (moved right, pushing their
 * successors along where needed) whenever that shortens the hops in total (Nikolov &
 * Tarassov's promotion heuristic). This pulls a side branch that joins late, such as a
 * separate entry job, next to where it joins, instead of leaving a long hop across others.
 */
export function longestPathLayers(n: number, arcs: Arc[], order: number[]): Int32Array {
	const rank = new Int32Array(n);
	order.forEach((v, i) => (rank[v] = i));
	const preds: number[][] = Array.from({ length: n }, () => []);
	const succs: number[][] = Array.from({ length: n }, () => []);
	for (const a of arcs) {
		const [u, v] = rank[a.from]! < rank[a.to]! ? [a.from, a.to] : [a.to, a.from];
		preds[v]!.push(u);
		succs[u]!.push(v);
	}
	const layer = new Int32Array(n);
	for (const v of order) for (const p of preds[v]!) layer[v] = Math.max(layer[v]!, layer[p]! + 1);

	const promote = (v: number): number => {
		let diff = preds[v]!.length - succs[v]!.length;
		for (const w of succs[v]!) if (layer[w] === layer[v]! + 1) diff += promote(w);
		layer[v]!++;
		return diff;
	};
	for (let pass = 0; pass < 50; pass++) {
		let improved = false;
		for (const v of order) {
			if (succs[v]!.length === 0) continue;
			const backup = layer.slice();
			if (promote(v) < 0) improved = true;
			else layer.set(backup);
		}
		if (!improved) break;
	}
	return layer;
}
