import { describe, expect, it } from 'vitest';
import { capsuleRect, markerRadius, stationMarker } from './station-marker';

describe('stationMarker', () => {
	it('draws a stop as a dot where its line passes', () => {
		expect(stationMarker([[3, 4]], [0, 0], false)).toEqual({ kind: 'stop', centre: [3, 4], length: 0, angle: 0 });
	});

	it('joins the line positions of an interchange with one capsule', () => {
		const points: [number, number][] = [
			[60, -2.5],
			[60, 0],
			[60, 2.5]
		];
		expect(stationMarker(points, [60, 0], true)).toEqual({ kind: 'interchange', centre: [60, 0], length: 5, angle: 90 });
	});

	it('draws lines crossing at one point as a round interchange', () => {
		expect(stationMarker([[5, 5], [5, 5]], [5, 5], true)).toEqual({ kind: 'interchange', centre: [5, 5], length: 0, angle: 0 });
	});
});

describe('capsuleRect', () => {
	it('is a circle for a dot and a rounded bar along the spine for a capsule', () => {
		expect(capsuleRect({ kind: 'stop', centre: [10, 20], length: 0, angle: 0 }, 5)).toEqual({
			x: -5,
			y: -5,
			width: 10,
			height: 10,
			rx: 5,
			transform: 'translate(10 20) rotate(0)'
		});
		const bar = capsuleRect({ kind: 'interchange', centre: [0, 0], length: 10, angle: 90 }, 4);
		expect([bar.x, bar.width, bar.transform]).toEqual([-9, 18, 'translate(0 0) rotate(90)']);
	});
});

describe('markerRadius', () => {
	it('grows the ring of lines meeting at one point, not a stop or a joined capsule', () => {
		const crossing = stationMarker([[5, 5], [5, 5]], [5, 5], true);
		expect(markerRadius(crossing, 5, 4)).toBe(7);
		expect(markerRadius(stationMarker([[5, 5]], [5, 5], false), 5, 4)).toBe(5);
		expect(markerRadius(stationMarker([[60, -2.5], [60, 2.5]], [60, 0], true), 5, 4)).toBe(5);
	});
});
