import type { XY } from './types';

/**
 * How a station is drawn: a stop is a dot on its line; an interchange is one capsule joining
 * the places where each of its lines passes, so changing lines reads as "the same station".
 * A dot is a capsule of length 0, so markers, focus rings and route halos share one shape.
 */
export interface StationMarker {
	kind: 'stop' | 'interchange';
	centre: XY;
	length: number;
	/** Degrees, clockwise from east (SVG rotate). */
	angle: number;
}

function farthestPair(points: readonly XY[]): [XY, XY] {
	let best: [XY, XY] = [points[0]!, points[0]!];
	let bestDistance = -1;
	for (let i = 0; i < points.length; i++)
		for (let j = i + 1; j < points.length; j++) {
			const d = Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]);
			if (d > bestDistance) {
				bestDistance = d;
				best = [points[i]!, points[j]!];
			}
		}
	return best;
}

/** `linePoints` are where the station's lines pass it (from MapGeometry.course); `centre` is its grid node. */
export function stationMarker(linePoints: readonly XY[], centre: XY, interchange: boolean): StationMarker {
	const kind = interchange ? 'interchange' : 'stop';
	if (linePoints.length === 0) return { kind, centre, length: 0, angle: 0 };
	if (!interchange) return { kind, centre: linePoints[0]!, length: 0, angle: 0 };
	const [a, b] = farthestPair(linePoints);
	const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
	const angle = length < 1e-6 ? 0 : (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
	return { kind, centre: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], length, angle };
}

/**
 * The radius a marker is drawn with. Where lines meet at one point from different directions
 * the capsule has no length, and a stop-sized dot under four lines reads as a stop; such an
 * interchange gets a ring half a line width larger, so it stands out around all of them while
 * keeping clear of the labels (placed a label gap beyond the station radius).
 */
export function markerRadius(marker: StationMarker, radius: number, lineWidth: number): number {
	return marker.kind === 'interchange' && marker.length < radius ? radius + lineWidth / 2 : radius;
}

/** SVG <rect> attributes drawing the marker's capsule grown to radius `r` around its spine. */
export function capsuleRect(marker: StationMarker, r: number) {
	return {
		x: -marker.length / 2 - r,
		y: -r,
		width: marker.length + 2 * r,
		height: 2 * r,
		rx: r,
		transform: `translate(${round(marker.centre[0])} ${round(marker.centre[1])}) rotate(${round(marker.angle)})`
	};
}

function round(v: number): number {
	return Math.round(v * 100) / 100;
}
