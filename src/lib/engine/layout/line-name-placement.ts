import { DX, DY } from './directions';
import { boxesOverlap, circleHitsBox, labelBox, type Box } from './geometry';
import type { NameSpot } from './line-names';
import type { Network } from './network';
import { sceneHits, type Scene } from './scene';
import { SpatialIndex } from './spatial-index';
import type { LabelPlacement, LayoutSettings, LineNamePlacement, TextWidth } from './types';

/** The drawing the badges go on, in pixels. */
export interface NamedDrawing {
	/** Per net edge: points from its station a to its station b. */
	points: [number, number][][];
	/** Per net edge: line indices left to right walking from a to b (see LayoutEdge). */
	order: number[][];
	labels: (LabelPlacement | null)[];
	/** The lines and markers as drawn; its segments are the edges' in edge order. */
	scene: Scene;
}

/** Badge text is bold: wider than the label estimate (and system fonts run wider still; the map squeezes what spills). */
const BOLD = 1.15;
/** Badges keep this much air to labels, markers and each other. */
const PAD = 1.5;
/** Cost of a badge covering a hop other than its own (a badge over a line hides which line goes where). */
const FOREIGN_HOP_COST = 4;
/** Cost per label height a badge sits further from its station. */
const DISTANCE_COST = 0.25;
/** A badge beyond a line's end (where metro maps name their lines) against one on the line. */
const BEYOND_END_COST = 0.5;
const BEYOND_END_STEPS = 4;
/** A badge beside a terminus (off the line) is the last resort. */
const BESIDE_END_COST = 3;
/** Hops along the line a badge may move from its station when the nearer ones have no room. */
const FOLLOW_HOPS = 3;

/** Size of the badge for a text at the map's font size. */
export function badgeSize(text: string, textWidth: TextWidth, settings: Pick<LayoutSettings, 'fontSize'>): { width: number; height: number } {
	return {
		width: Math.ceil(textWidth(text) * BOLD + settings.fontSize * 0.8),
		height: Math.ceil(settings.fontSize * 1.25)
	};
}

/**
 * Places a badge with the line's name for each spot: on the line itself (at the line's place
 * in its bundle), near the station, along the spot's hops in order, or just beyond the line's
 * end. A badge never covers a station label, a station marker or another badge; one that
 * finds no such place is left out and counted.
 */
export function placeLineNames(
	net: Network,
	spots: readonly NameSpot[],
	texts: readonly string[],
	drawing: NamedDrawing,
	textWidth: TextWidth,
	settings: LayoutSettings
): { names: LineNamePlacement[]; unplaced: number } {
	const { scene, points, order } = drawing;
	const index = new SpatialIndex(Math.max(16, settings.cellSize));
	const boxes: Box[] = [];
	const put = (box: Box) => {
		index.insert(boxes.length, box);
		boxes.push(box);
	};
	for (const l of drawing.labels) if (l) put(labelBox(l));
	const edgeOfSegment: number[] = [];
	points.forEach((p, e) => {
		for (let i = 0; i + 1 < p.length; i++) edgeOfSegment.push(e);
	});

	const free = (box: Box): boolean => {
		const padded = { x0: box.x0 - PAD, y0: box.y0 - PAD, x1: box.x1 + PAD, y1: box.y1 + PAD };
		let clear = true;
		index.near(padded, (i) => {
			if (clear && boxesOverlap(box, boxes[i]!, PAD)) clear = false;
		});
		if (!clear) return false;
		scene.index.near(padded, (item) => {
			const s = item - scene.segCount;
			if (clear && s >= 0 && circleHitsBox(scene.markers[3 * s]!, scene.markers[3 * s + 1]!, scene.markers[3 * s + 2]! + PAD, box)) clear = false;
		});
		return clear;
	};
	const foreignHops = (box: Box, own: number): number => {
		const hit = new Set<number>();
		sceneHits(scene, box, (item) => {
			if (item < scene.segCount && edgeOfSegment[item] !== own) hit.add(edgeOfSegment[item]!);
		});
		return hit.size;
	};

	const names: LineNamePlacement[] = [];
	let unplaced = 0;
	for (const spot of spots) {
		const text = texts[spot.line]!;
		const { width, height } = badgeSize(text, textWidth, settings);
		const s = spot.station;
		const [cx, cy, marker] = [scene.markers[3 * s]!, scene.markers[3 * s + 1]!, scene.markers[3 * s + 2]!];
		const extentAlong = (ux: number, uy: number) => (Math.abs(ux) * width + Math.abs(uy) * height) / 2;
		let best: { box: Box; cost: number } | null = null;
		const consider = (x: number, y: number, cost: number, own: number) => {
			const box = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
			if (best && cost >= best.cost) return;
			if (!free(box)) return;
			const total = cost + FOREIGN_HOP_COST * foreignHops(box, own);
			if (!best || total < best.cost) best = { box, cost: total };
		};

		spot.hops.forEach((start, rank) => {
			// Along the line from the station: its hop there, then on through stations where it
			// simply goes on (a short first hop in a dense centre often has no room).
			let [e, from, walked] = [start, s, 0];
			for (let k = 0; k < FOLLOW_HOPS; k++) {
				const edge = net.edges[e]!;
				const forward = edge.a === from;
				const to = forward ? edge.b : edge.a;
				const path = forward ? points[e]! : points[e]!.slice().reverse();
				const at = order[e]!.indexOf(spot.line);
				const offset = (at - (order[e]!.length - 1) / 2) * settings.lineSpacing;
				const [nearMarker, farMarker] = [scene.markers[3 * from + 2]!, scene.markers[3 * to + 2]!];
				for (let i = 0; i + 1 < path.length; i++) {
					const [ax, ay] = path[i]!;
					const [bx, by] = path[i + 1]!;
					const length = Math.hypot(bx - ax, by - ay);
					if (length === 0) continue;
					const [ux, uy] = [(bx - ax) / length, (by - ay) / length];
					// The bundle's order is seen walking from a to b: its right-hand normal turns with it.
					const [nx, ny] = forward ? [-uy, ux] : [uy, -ux];
					const half = extentAlong(ux, uy);
					const first = i === 0 ? nearMarker + settings.labelGap + half : half;
					const last = i + 2 === path.length ? length - farMarker - settings.labelGap - half : length - half;
					for (let t = first; t <= last; t += height / 2)
						consider(ax + ux * t + nx * offset, ay + uy * t + ny * offset, rank + DISTANCE_COST * ((walked + t) / height), e);
					walked += length;
				}
				const onward = net.adj[to]!.filter((f) => f !== e && net.edges[f]!.lines.includes(spot.line));
				if (onward.length !== 1) break;
				[e, from] = [onward[0]!, to];
			}
			const path = net.edges[start]!.a === s ? points[start]! : points[start]!.slice().reverse();
			if (spot.end && rank === 0 && path.length > 1) {
				// Beyond the end, the way the line would go on.
				const [bx, by] = path[1]!;
				const length = Math.hypot(bx - cx, by - cy) || 1;
				const [ux, uy] = [(cx - bx) / length, (cy - by) / length];
				for (let step = 0; step < BEYOND_END_STEPS; step++) {
					const reach = marker + settings.labelGap + extentAlong(ux, uy) + (step * height) / 2;
					consider(cx + ux * reach, cy + uy * reach, BEYOND_END_COST + DISTANCE_COST * step, start);
				}
				// Else beside the terminus, like a label: where the line ends, only its own name sits.
				for (let dir = 0; dir < 8; dir++) {
					const [dx, dy] = [DX[dir]! * (dir & 1 ? Math.SQRT1_2 : 1), DY[dir]! * (dir & 1 ? Math.SQRT1_2 : 1)];
					for (let step = 0; step < BEYOND_END_STEPS; step++) {
						const reach = marker + settings.labelGap + extentAlong(dx, dy) + (step * height) / 2;
						consider(cx + dx * reach, cy + dy * reach, BESIDE_END_COST + DISTANCE_COST * step, start);
					}
				}
			}
		});
		const chosen = best as { box: Box; cost: number } | null;
		if (!chosen) {
			unplaced++;
			continue;
		}
		put(chosen.box);
		names.push({
			line: net.lineIds[spot.line]!,
			station: net.ids[s]!,
			text,
			x: round2((chosen.box.x0 + chosen.box.x1) / 2),
			y: round2((chosen.box.y0 + chosen.box.y1) / 2),
			width,
			height
		});
	}
	return { names, unplaced };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
