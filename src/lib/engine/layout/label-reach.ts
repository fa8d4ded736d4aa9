import { pointBoxDistance, type Box } from './geometry';
import type { Scene } from './scene';

/**
 * How far a label may sit from its own station marker, in label heights: beyond that a
 * reader no longer sees which dot it names (the map and its metrics share this bound).
 */
export const LABEL_REACH_HEIGHTS = 2.5;

/** Gap between the edge of station s's marker and a label box (0 when they touch). */
export function markerGap(scene: Scene, s: number, box: Box): number {
	const m = scene.markers;
	return Math.max(0, pointBoxDistance(m[3 * s]!, m[3 * s + 1]!, box) - m[3 * s + 2]!);
}

/**
 * Whether a label of station s reads as another station's: the point where its box comes
 * nearest to its own marker (where the eye joins label and dot) lies nearer to another
 * station's marker. A long label may run past other dots; it is where it starts that counts.
 */
export function nearerToOther(scene: Scene, s: number, box: Box): boolean {
	const m = scene.markers;
	const own = markerGap(scene, s, box);
	const px = Math.min(box.x1, Math.max(box.x0, m[3 * s]!));
	const py = Math.min(box.y1, Math.max(box.y0, m[3 * s + 1]!));
	let other = false;
	scene.index.near({ x0: px - own, y0: py - own, x1: px + own, y1: py + own }, (item) => {
		const t = item - scene.segCount;
		if (other || t < 0 || t === s) return;
		if (Math.hypot(m[3 * t]! - px, m[3 * t + 1]! - py) - m[3 * t + 2]! < own) other = true;
	});
	return other;
}
