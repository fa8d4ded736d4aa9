import { orderLayers } from './crossing-reduction';
import { acyclicOrder, longestPathLayers, type Arc } from './layering';
import { otherEnd, type Network } from './network';
import { alignRows } from './row-alignment';
import type { LayoutSettings, LayoutStats, PreviousLayout } from './types';

export const enum AnchorKind {
	/** A hint, a layered position or an interpolation: a wish, cheap to leave. */
	Soft = 0,
	/** Where the previous layout put the station: costly to leave. */
	Previous = 1,
	/** Pinned by an editor: never left. */
	Pinned = 2
}

/** Where each station wants to be, in grid cells (not yet on grid nodes). */
export interface Targets {
	x: Float64Array;
	y: Float64Array;
	/** Cost per cell of landing away from the target. */
	weight: Float64Array;
	kind: Uint8Array;
	source: LayoutStats['initial'];
}

/**
 * Targets come, per station, from the first of: its pinned position, the previous layout,
 * its position hint (scaled so the median hop spans `hopCells` cells, or fitted onto the
 * previous layout when both exist), its positioned neighbours, or — for a part of the
 * network with no position at all — a layered drawing in career order.
 */
export function initialTargets(net: Network, settings: LayoutSettings, previous?: PreviousLayout): Targets {
	const n = net.ids.length;
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	const weight = new Float64Array(n);
	const kind = new Uint8Array(n);
	const placed = new Uint8Array(n);
	const cell = settings.cellSize;
	const prevCell = previous?.style?.cellSize ?? cell;
	const prevById = new Map(previous?.stations.map((s) => [s.id, s]) ?? []);

	let fromPrevious = 0;
	for (let s = 0; s < n; s++) {
		const pin = net.pinned[s];
		const prev = prevById.get(net.ids[s]!);
		if (pin) {
			x[s] = Math.round(pin.x / cell);
			y[s] = Math.round(pin.y / cell);
			kind[s] = AnchorKind.Pinned;
			weight[s] = Infinity;
			placed[s] = 1;
		} else if (prev && Number.isFinite(prev.x) && Number.isFinite(prev.y)) {
			x[s] = prev.x / prevCell;
			y[s] = prev.y / prevCell;
			kind[s] = AnchorKind.Previous;
			weight[s] = settings.stabilityCost;
			placed[s] = 1;
			fromPrevious++;
		}
	}

	const hinted = [...net.position.keys()].filter((s) => !placed[s] && net.position[s] !== undefined);
	if (hinted.length > 0) {
		const map = hintTransform(net, settings, placed, x, y);
		for (const s of hinted) {
			const p = net.position[s]!;
			x[s] = map.scale * p.x + map.dx;
			y[s] = map.scale * p.y + map.dy;
			weight[s] = settings.moveCost;
			placed[s] = 1;
		}
	}

	let layered = 0;
	for (const component of components(net)) {
		if (component.some((s) => placed[s])) interpolate(net, component, placed, x, y, settings);
		else {
			layerComponent(net, component, settings, placed, x, y);
			layered += component.length;
		}
	}
	for (let s = 0; s < n; s++) if (kind[s] === AnchorKind.Soft) weight[s] = settings.moveCost;

	const source: Targets['source'] =
		fromPrevious === n ? 'previous' : layered === n ? 'layered' : hinted.length === n ? 'positions' : 'mixed';
	return { x, y, weight, kind, source };
}

/** Maps hints into cells: fitted onto stations already placed when possible, else by hop length. */
function hintTransform(net: Network, settings: LayoutSettings, placed: Uint8Array, x: Float64Array, y: Float64Array) {
	const both = [...net.position.keys()].filter((s) => placed[s] && net.position[s] !== undefined);
	if (both.length >= 2) {
		let hx = 0, hy = 0, px = 0, py = 0;
		for (const s of both) {
			hx += net.position[s]!.x;
			hy += net.position[s]!.y;
			px += x[s]!;
			py += y[s]!;
		}
		hx /= both.length; hy /= both.length; px /= both.length; py /= both.length;
		let num = 0, den = 0;
		for (const s of both) {
			const ax = net.position[s]!.x - hx;
			const ay = net.position[s]!.y - hy;
			num += ax * (x[s]! - px) + ay * (y[s]! - py);
			den += ax * ax + ay * ay;
		}
		if (den > 0 && num > 0) {
			const scale = num / den;
			return { scale, dx: px - scale * hx, dy: py - scale * hy };
		}
	}
	const hops: number[] = [];
	for (const e of net.edges) {
		const a = net.position[e.a];
		const b = net.position[e.b];
		if (a && b) {
			const d = Math.hypot(a.x - b.x, a.y - b.y);
			if (d > 0) hops.push(d);
		}
	}
	hops.sort((p, q) => p - q);
	const median = hops.length > 0 ? hops[hops.length >> 1]! : 1;
	const scale = settings.hopCells / median;
	let minX = Infinity, minY = Infinity;
	for (const p of net.position) if (p) {
		minX = Math.min(minX, p.x);
		minY = Math.min(minY, p.y);
	}
	// Without anything placed, start at the origin; otherwise to the right of what is placed.
	let offsetX = 0;
	for (let s = 0; s < x.length; s++) if (placed[s]) offsetX = Math.max(offsetX, x[s]! + 2 * settings.layerSpacing);
	return { scale, dx: offsetX - scale * minX, dy: -scale * minY };
}

function components(net: Network): number[][] {
	const seen = new Uint8Array(net.ids.length);
	const out: number[][] = [];
	for (let s = 0; s < net.ids.length; s++) {
		if (seen[s]) continue;
		const comp: number[] = [];
		const stack = [s];
		seen[s] = 1;
		while (stack.length > 0) {
			const v = stack.pop()!;
			comp.push(v);
			for (const e of net.adj[v]!) {
				const w = otherEnd(net.edges[e]!, v);
				if (!seen[w]) {
					seen[w] = 1;
					stack.push(w);
				}
			}
		}
		out.push(comp.sort((a, b) => a - b));
	}
	return out;
}

/**
 * Stations without a position in a partly placed component: in waves outwards, at the mean
 * of placed neighbours, or — with just one — a hop further along the way that neighbour runs.
 */
function interpolate(net: Network, comp: number[], placed: Uint8Array, x: Float64Array, y: Float64Array, settings: LayoutSettings) {
	for (;;) {
		const wave: [number, number, number][] = [];
		for (const s of comp) {
			if (placed[s]) continue;
			const nb = net.adj[s]!.map((e) => otherEnd(net.edges[e]!, s)).filter((w) => placed[w]);
			if (nb.length === 0) continue;
			if (nb.length >= 2) {
				wave.push([s, mean(nb.map((w) => x[w]!)), mean(nb.map((w) => y[w]!))]);
				continue;
			}
			const p = nb[0]!;
			const back = net.adj[p]!.map((e) => otherEnd(net.edges[e]!, p)).filter((w) => placed[w]);
			let dx = 1, dy = 0;
			if (back.length > 0) {
				dx = x[p]! - mean(back.map((w) => x[w]!));
				dy = y[p]! - mean(back.map((w) => y[w]!));
				const len = Math.hypot(dx, dy);
				if (len > 1e-9) { dx /= len; dy /= len; } else { dx = 1; dy = 0; }
			}
			const step = Math.max(1, settings.hopCells);
			wave.push([s, x[p]! + dx * step, y[p]! + dy * step]);
		}
		if (wave.length === 0) return;
		for (const [s, px, py] of wave) {
			x[s] = px;
			y[s] = py;
			placed[s] = 1;
		}
	}
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Career order left to right: layers by line order, rows by crossing reduction and alignment. */
function layerComponent(net: Network, comp: number[], settings: LayoutSettings, placed: Uint8Array, x: Float64Array, y: Float64Array) {
	const local = new Map(comp.map((s, i) => [s, i]));
	const arcWeights = new Map<string, Arc>();
	const addArc = (from: number, to: number) => {
		const key = `${from},${to}`;
		const arc = arcWeights.get(key);
		if (arc) arc.weight++;
		else arcWeights.set(key, { from, to, weight: 1 });
	};
	for (const stops of net.lineStations)
		for (let i = 1; i < stops.length; i++) {
			if (net.edgeBetween(stops[i - 1]!, stops[i]!) === undefined) continue;
			const a = local.get(stops[i - 1]!);
			const b = local.get(stops[i]!);
			if (a !== undefined && b !== undefined) addArc(a, b);
		}
	for (const e of net.edges) {
		const a = local.get(e.a);
		const b = local.get(e.b);
		if (a !== undefined && b !== undefined && !arcWeights.has(`${a},${b}`) && !arcWeights.has(`${b},${a}`)) addArc(a, b);
	}
	const arcs = [...arcWeights.values()];
	const order = acyclicOrder(comp.length, arcs);
	const layers = longestPathLayers(comp.length, arcs, order);
	const ordered = orderLayers(layers, arcs, settings.crossingSweeps);
	const rows = alignRows(ordered.layers, ordered.up, ordered.down);

	let top = -Infinity;
	for (let s = 0; s < x.length; s++) if (placed[s]) top = Math.max(top, y[s]!);
	let minRow = Infinity;
	comp.forEach((_, i) => (minRow = Math.min(minRow, rows[i]!)));
	const offsetY = top === -Infinity ? 0 : top + 2 * settings.rowSpacing;
	comp.forEach((s, i) => {
		x[s] = layers[i]! * settings.layerSpacing;
		y[s] = offsetY + (rows[i]! - minRow) * settings.rowSpacing;
		placed[s] = 1;
	});
}
