import { circleHitsBox, segmentHitsBox, type Box } from './geometry';
import { SpatialIndex } from './spatial-index';
import type { LayoutStyle } from './types';

/** What the map will draw, as obstacles: line bundles as thick segments, station markers as discs. */
export interface Scene {
	/** Per segment: ax, ay, bx, by, half width. */
	segs: number[];
	segCount: number;
	/** Per station: x, y, radius. */
	markers: number[];
	/** Segments are items 0..segCount-1, station s is item segCount + s. */
	index: SpatialIndex;
}

export interface SceneEdge {
	from: number;
	to: number;
	points: [number, number][];
	lineCount: number;
}

/** Half the width of a bundle of n parallel lines as the map draws it. */
export function bundleHalfWidth(n: number, style: LayoutStyle): number {
	return (Math.max(1, n) - 1) / 2 * style.lineSpacing + style.lineWidth / 2;
}

export function buildScene(stations: { x: number; y: number }[], edges: SceneEdge[], style: LayoutStyle): Scene {
	const index = new SpatialIndex(Math.max(16, style.cellSize));
	const segs: number[] = [];
	const widest = new Float64Array(stations.length);
	for (const e of edges) {
		const half = bundleHalfWidth(e.lineCount, style);
		widest[e.from] = Math.max(widest[e.from]!, half);
		widest[e.to] = Math.max(widest[e.to]!, half);
		for (let i = 0; i + 1 < e.points.length; i++) {
			const [ax, ay] = e.points[i]!;
			const [bx, by] = e.points[i + 1]!;
			const item = segs.length / 5;
			segs.push(ax, ay, bx, by, half);
			index.insert(item, { x0: Math.min(ax, bx) - half, y0: Math.min(ay, by) - half, x1: Math.max(ax, bx) + half, y1: Math.max(ay, by) + half });
		}
	}
	const segCount = segs.length / 5;
	const markers: number[] = [];
	stations.forEach((s, i) => {
		const r = markerRadius(widest[i]!, style);
		markers.push(s.x, s.y, r);
		index.insert(segCount + i, { x0: s.x - r, y0: s.y - r, x1: s.x + r, y1: s.y + r });
	});
	return { segs, segCount, markers, index };
}

/** A station marker spans its widest bundle plus the marker radius. */
export function markerRadius(widestHalf: number, style: LayoutStyle): number {
	return Math.max(style.stationRadius, widestHalf - style.lineWidth / 2 + style.stationRadius);
}

/** Items of the scene (segments and markers) that a box covers. */
export function sceneHits(scene: Scene, box: Box, visit: (item: number) => void): void {
	scene.index.near(box, (item) => {
		if (item < scene.segCount) {
			const o = item * 5;
			const s = scene.segs;
			const half = s[o + 4]!;
			// Cheap rejection on the segment's own box before the exact distance.
			if (Math.min(s[o]!, s[o + 2]!) - half >= box.x1 || Math.max(s[o]!, s[o + 2]!) + half <= box.x0) return;
			if (Math.min(s[o + 1]!, s[o + 3]!) - half >= box.y1 || Math.max(s[o + 1]!, s[o + 3]!) + half <= box.y0) return;
			if (segmentHitsBox(s[o]!, s[o + 1]!, s[o + 2]!, s[o + 3]!, half, box)) visit(item);
		} else {
			const o = (item - scene.segCount) * 3;
			const m = scene.markers;
			if (circleHitsBox(m[o]!, m[o + 1]!, m[o + 2]!, box)) visit(item);
		}
	});
}
