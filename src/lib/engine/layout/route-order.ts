import type { CombGraph } from './comb-graph';

/**
 * The order in which comb edges are routed: dense first. Starting at the node with the most
 * line ends, nodes are taken by descending line degree and all their edges queued, heaviest
 * first — so the crowded core is drawn while the grid is still empty and most later edges
 * have one end placed already.
 */
export function routeOrder(comb: CombGraph): number[] {
	const nodes = comb.nodeStation.length;
	const ldeg = new Float64Array(nodes);
	comb.edges.forEach((e) => {
		ldeg[e.from]! += e.lineCount;
		ldeg[e.to]! += e.lineCount;
	});
	const heavier = (a: number, b: number) => ldeg[b]! - ldeg[a]! || a - b;
	const processed = new Uint8Array(nodes);
	const queued = new Uint8Array(comb.edges.length);
	const order: number[] = [];
	const byWeight = (a: number, b: number) => comb.edges[b]!.lineCount - comb.edges[a]!.lineCount || a - b;
	const starts = [...Array(nodes).keys()].sort(heavier);
	for (const start of starts) {
		if (processed[start]) continue;
		const dangling = [start];
		while (dangling.length > 0) {
			dangling.sort(heavier);
			const v = dangling.shift()!;
			if (processed[v]) continue;
			processed[v] = 1;
			for (const e of comb.around[v]!.slice().sort(byWeight)) {
				if (queued[e]) continue;
				queued[e] = 1;
				order.push(e);
				const edge = comb.edges[e]!;
				const w = edge.from === v ? edge.to : edge.from;
				if (!processed[w]) dangling.push(w);
			}
		}
	}
	return order;
}
