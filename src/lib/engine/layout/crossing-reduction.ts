/**
 * Vertex order within layers (Sugiyama's second phase). Hops that span several layers are
 * split by dummy vertices so that every hop joins neighbouring layers; sweeps then sort each
 * layer by the barycenter or the median of its neighbours in the layer before, then swap
 * neighbours while that removes crossings (transpose), keeping the order with the fewest
 * crossings seen.
 */
export interface LayeredOrder {
	/** Vertices per layer, left to right; ids >= realCount are dummies. */
	layers: number[][];
	/** Neighbours in the layer above (up) and below (down) per vertex, dummies included. */
	up: number[][];
	down: number[][];
	realCount: number;
	crossings: number;
}

export function orderLayers(
	layerOf: Int32Array,
	arcs: { from: number; to: number }[],
	sweeps: number
): LayeredOrder {
	const realCount = layerOf.length;
	const layerOfAll: number[] = Array.from(layerOf);
	const up: number[][] = layerOfAll.map(() => []);
	const down: number[][] = layerOfAll.map(() => []);
	const link = (u: number, v: number) => {
		down[u]!.push(v);
		up[v]!.push(u);
	};
	const seen = new Set<number>();
	for (const a of arcs) {
		let u = layerOf[a.from]! <= layerOf[a.to]! ? a.from : a.to;
		const v = u === a.from ? a.to : a.from;
		if (layerOf[u] === layerOf[v]) continue;
		const key = u * realCount + v;
		if (seen.has(key)) continue;
		seen.add(key);
		for (let l = layerOf[u]! + 1; l < layerOf[v]!; l++) {
			const d = layerOfAll.length;
			layerOfAll.push(l);
			up.push([]);
			down.push([]);
			link(u, d);
			u = d;
		}
		link(u, v);
	}

	const layerCount = layerOfAll.reduce((m, l) => Math.max(m, l + 1), 0);
	const pos = new Float64Array(layerOfAll.length);
	const setPositions = (ls: number[][]) => ls.forEach((layer) => layer.forEach((v, i) => (pos[v] = i)));
	const countAll = (ls: number[][]): number => {
		setPositions(ls);
		let total = 0;
		for (let l = 0; l + 1 < ls.length; l++) total += countBetween(ls[l]!, down, pos);
		return total;
	};

	// Sweeps get stuck in local optima, so they start from a few depth-first orders (from the
	// lowest vertex, from the busiest one, and mirrored) and the best end result is kept.
	const degree = (v: number) => up[v]!.length + down[v]!.length;
	const byIndex = [...Array(layerOfAll.length).keys()];
	const busiest = byIndex.slice().sort((a, b) => degree(b) - degree(a) || a - b);
	let best: number[][] = [];
	let bestCrossings = Infinity;
	for (const [starts, mirrored] of [[byIndex, false], [busiest, false], [byIndex, true], [busiest, true]] as const) {
		if (bestCrossings === 0) break;
		const current = depthFirstOrder(layerCount, layerOfAll, up, down, starts, mirrored);
		let c = countAll(current);
		if (c < bestCrossings) {
			bestCrossings = c;
			best = current.map((l) => l.slice());
		}
		for (let s = 0; s < sweeps && c > 0; s++) {
			const downward = s % 2 === 0;
			const useMedian = s % 4 >= 2;
			setPositions(current);
			const range = downward ? [...current.keys()].slice(1) : [...current.keys()].reverse().slice(1);
			for (const l of range) {
				const layer = current[l]!;
				const keys = new Map<number, number>();
				for (const v of layer) {
					const nb = (downward ? up[v]! : down[v]!).map((w) => pos[w]!);
					keys.set(v, nb.length === 0 ? pos[v]! : useMedian ? median(nb) : nb.reduce((a, b) => a + b, 0) / nb.length);
				}
				layer.sort((a, b) => keys.get(a)! - keys.get(b)! || pos[a]! - pos[b]!);
				layer.forEach((v, i) => (pos[v] = i));
			}
			transpose(current, up, down, pos);
			c = countAll(current);
			if (c < bestCrossings) {
				bestCrossings = c;
				best = current.map((l) => l.slice());
			}
		}
	}
	setPositions(best);
	return { layers: best, up, down, realCount, crossings: bestCrossings };
}

/** Layers filled in depth-first visiting order, so each line's stops start near each other. */
function depthFirstOrder(
	layerCount: number,
	layerOf: number[],
	up: number[][],
	down: number[][],
	starts: readonly number[],
	mirrored: boolean
): number[][] {
	const layers: number[][] = Array.from({ length: layerCount }, () => []);
	const visited = new Uint8Array(layerOf.length);
	for (const v of starts) {
		const stack = [v];
		while (stack.length > 0) {
			const x = stack.pop()!;
			if (visited[x]) continue;
			visited[x] = 1;
			layers[layerOf[x]!]!.push(x);
			const next = [...down[x]!, ...up[x]!];
			if (mirrored) next.reverse();
			for (let i = next.length - 1; i >= 0; i--) if (!visited[next[i]!]) stack.push(next[i]!);
		}
	}
	return layers;
}

function median(values: number[]): number {
	const s = values.slice().sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Crossings between one layer and the next: inversions of the hops sorted by their upper end. */
function countBetween(layer: number[], down: number[][], pos: Float64Array): number {
	const ends: number[] = [];
	for (const u of layer) {
		const targets = down[u]!.map((v) => pos[v]!).sort((a, b) => a - b);
		ends.push(...targets);
	}
	let inversions = 0;
	for (let i = 0; i < ends.length; i++) for (let j = i + 1; j < ends.length; j++) if (ends[j]! < ends[i]!) inversions++;
	return inversions;
}

/** Crossings between the hops of u and those of v (u left of v) towards the given neighbours. */
function pairCrossings(u: number, v: number, nb: number[][], pos: Float64Array): number {
	let c = 0;
	for (const a of nb[u]!) for (const b of nb[v]!) if (pos[a]! > pos[b]!) c++;
	return c;
}

/** Swaps neighbouring vertices of a layer as long as a swap lowers the crossings around them. */
function transpose(layers: number[][], up: number[][], down: number[][], pos: Float64Array): void {
	layers.forEach((layer) => layer.forEach((v, i) => (pos[v] = i)));
	for (let pass = 0; pass < 20; pass++) {
		let improved = false;
		for (const layer of layers)
			for (let i = 0; i + 1 < layer.length; i++) {
				const u = layer[i]!;
				const v = layer[i + 1]!;
				const now = pairCrossings(u, v, up, pos) + pairCrossings(u, v, down, pos);
				const swapped = pairCrossings(v, u, up, pos) + pairCrossings(v, u, down, pos);
				if (swapped < now) {
					layer[i] = v;
					layer[i + 1] = u;
					pos[v] = i;
					pos[u] = i + 1;
					improved = true;
				}
			}
		if (!improved) break;
	}
}
