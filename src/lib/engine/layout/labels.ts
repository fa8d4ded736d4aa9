import { COMPASS, DX, DY } from './directions';
import { boxesOverlap, type Box } from './geometry';
import { LABEL_REACH_HEIGHTS, markerGap, nearerToOther } from './label-reach';
import { sceneHits, type Scene } from './scene';
import { SpatialIndex } from './spatial-index';
import type { LabelAnchor, LabelPlacement, LayoutSettings } from './types';

export interface LabelRequest {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Radius of the station marker: labels start beyond it. */
	marker: number;
	/** Stations joined by a hop, so neighbouring labels can keep to one side. */
	neighbours: number[];
}

interface Candidate {
	dir: number;
	box: Box;
	ax: number;
	ay: number;
	anchor: LabelAnchor;
	/** Preference cost plus the scene items (lines, markers) it covers, which never change. */
	base: number;
	sceneHits: number;
	/** Too far from its station, or nearer to another one (see label-reach.ts). */
	misread: boolean;
}

/** Right of the station reads first; then the diagonals on the right, left, above and below. */
const DIRECTION_COST = [0, 0.4, 0.8, 1.0, 0.3, 1.0, 0.8, 0.4];
const STEP_COST = 1.5;
const HIT_COST = 100;
const SAME_SIDE_BONUS = 0.35;
const SKEW_COST = 0.5;
/**
 * A label beyond LABEL_REACH_HEIGHTS from its dot, or nearer to another station's dot: free
 * of overlaps but misread. Worse than any near spot, better than covering a line or a label.
 */
const MISREAD_COST = 30;
/** Labels keep this much air between each other. */
const LABEL_PAD = 1;

/**
 * Places one label per station on one of eight sides, stepping further out when the near
 * spots are covered, and — where all eight sides lie on lines — hugging a line between two
 * spokes. Candidates that cover a line or a station are ruled out by cost;
 * stations with the fewest free spots choose first, then rounds of repair re-choose every
 * label still in conflict and, when one other label is in the way, try moving that one.
 * Returns the placement per station (null for junctions) and the overlaps left.
 */
export function placeLabels(
	scene: Scene,
	requests: (LabelRequest | null)[],
	settings: LayoutSettings
): { labels: (LabelPlacement | null)[]; overlaps: number } {
	const cands: Candidate[][] = requests.map((r, s) => (r ? candidatesFor(r, s, scene, settings) : []));
	const chosen = new Int32Array(requests.length).fill(-1);
	const index = new SpatialIndex(Math.max(16, settings.cellSize));
	const boxOf = (s: number) => cands[s]![chosen[s]!]!.box;

	const labelHits = (s: number, box: Box, ignore = -1): number => {
		let hits = 0;
		index.near(box, (t) => {
			if (t !== s && t !== ignore && chosen[t]! >= 0 && boxesOverlap(box, boxOf(t), LABEL_PAD)) hits++;
		});
		return hits;
	};
	const sameSide = (s: number, dir: number): number => {
		let bonus = 0;
		for (const t of requests[s]!.neighbours) if (chosen[t]! >= 0 && cands[t]![chosen[t]!]!.dir === dir) bonus += SAME_SIDE_BONUS;
		return bonus;
	};
	const cost = (s: number, c: Candidate) => c.base + HIT_COST * labelHits(s, c.box) - sameSide(s, c.dir);
	const put = (s: number, i: number) => {
		chosen[s] = i;
		index.insert(s, cands[s]![i]!.box);
	};
	const lift = (s: number) => {
		index.remove(s, boxOf(s));
		chosen[s] = -1;
	};
	const best = (s: number): number => {
		let arg = -1;
		let min = Infinity;
		cands[s]!.forEach((c, i) => {
			const v = cost(s, c);
			if (v < min) {
				min = v;
				arg = i;
			}
		});
		return arg;
	};
	const conflicted = (s: number) => {
		const c = cands[s]![chosen[s]!]!;
		return c.sceneHits > 0 || labelHits(s, c.box) > 0;
	};

	const freeSpots = requests.map((_, s) => cands[s]!.filter((c) => c.sceneHits === 0).length);
	const order = [...requests.keys()].filter((s) => requests[s]).sort((a, b) => freeSpots[a]! - freeSpots[b]! || a - b);
	for (const s of order) put(s, best(s));

	for (let round = 0; round < 4; round++) {
		let changed = false;
		for (const s of order) {
			if (!conflicted(s)) continue;
			lift(s);
			const i = best(s);
			put(s, i);
			if (!conflicted(s)) {
				changed = true;
				continue;
			}
			if (nudgeNeighbour(s)) changed = true;
		}
		if (!changed) break;
	}

	/** Moves s to a clear spot whose only obstacle is one other label that itself can move to a clear spot. */
	function nudgeNeighbour(s: number): boolean {
		const mine = cands[s]!;
		const spots = mine.map((c, i) => i).filter((i) => mine[i]!.sceneHits === 0).sort((a, b) => mine[a]!.base - mine[b]!.base);
		for (const i of spots) {
			const box = mine[i]!.box;
			const blockers: number[] = [];
			index.near(box, (t) => {
				if (t !== s && chosen[t]! >= 0 && boxesOverlap(box, boxOf(t), LABEL_PAD)) blockers.push(t);
			});
			if (blockers.length !== 1) continue;
			const t = blockers[0]!;
			const theirs = cands[t]!;
			for (let j = 0; j < theirs.length; j++) {
				const c = theirs[j]!;
				if (c.sceneHits > 0 || boxesOverlap(c.box, box, LABEL_PAD) || labelHits(t, c.box, s) > 0) continue;
				lift(s);
				lift(t);
				put(t, j);
				put(s, i);
				return true;
			}
		}
		return false;
	}

	let overlaps = 0;
	const labels = requests.map((r, s) => {
		if (!r) return null;
		const c = cands[s]![chosen[s]!]!;
		if (c.sceneHits > 0 || labelHits(s, c.box) > 0) overlaps++;
		return { x: round2(c.ax), y: round2(c.ay), anchor: c.anchor, width: r.width, height: r.height, dir: COMPASS[c.dir]! };
	});
	return { labels, overlaps };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function candidatesFor(r: LabelRequest, s: number, scene: Scene, settings: LayoutSettings): Candidate[] {
	const out: Candidate[] = [];
	const add = (dir: number, step: number, px: number, py: number, extra: number) => {
		const dx = DX[dir]!;
		const dy = DY[dir]!;
		const anchor: LabelAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
		// Above or below the station the box sits on the reach point; sideways it is centred on it.
		const ay = dy < 0 ? py - r.height / 2 : dy > 0 ? py + r.height / 2 : py;
		const x0 = anchor === 'start' ? px : anchor === 'end' ? px - r.width : px - r.width / 2;
		const box = { x0, y0: ay - r.height / 2, x1: x0 + r.width, y1: ay + r.height / 2 };
		let hits = 0;
		sceneHits(scene, box, () => hits++);
		const misread = markerGap(scene, s, box) > LABEL_REACH_HEIGHTS * r.height || nearerToOther(scene, s, box);
		const base = DIRECTION_COST[dir]! + STEP_COST * step + extra + HIT_COST * hits + (misread ? MISREAD_COST : 0);
		out.push({ dir, box, ax: px, ay, anchor, base, sceneHits: hits, misread });
	};
	const near = r.marker + settings.labelGap;
	const hug = r.marker / 2 + settings.labelGap;
	for (let step = 0; step <= settings.labelSteps; step++) {
		const reach = near + step * r.height;
		for (let dir = 0; dir < 8; dir++) {
			const k = (dir & 1) === 1 ? reach * Math.SQRT1_2 : reach;
			add(dir, step, r.x + DX[dir]! * k, r.y + DY[dir]! * k, 0);
		}
	}
	if (out.some((c) => c.sceneHits === 0 && !c.misread)) return out;
	for (let step = 0; step <= settings.labelSteps; step++) {
		// Between the spokes of a busy interchange the compass spots all lie on lines; these
		// hug one axis instead, pushed out along it (right of a vertical line, above a horizontal one).
		for (const dir of [1, 3, 5, 7]) {
			const out1 = near + (step + 1) * r.height;
			add(dir, step, r.x + DX[dir]! * out1, r.y + DY[dir]! * hug, SKEW_COST);
			add(dir, step, r.x + DX[dir]! * hug, r.y + DY[dir]! * (near + step * r.height * 0.5), SKEW_COST);
		}
	}
	return out;
}
