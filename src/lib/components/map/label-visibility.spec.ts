import { describe, expect, it } from 'vitest';
import type { LabelPlacement } from '$lib/engine/layout/types';
import { labelBox, visibleLabels } from './label-visibility';

const label = (x: number, y: number, anchor: LabelPlacement['anchor'] = 'start'): LabelPlacement => ({ x, y, anchor, width: 40, height: 14, dir: 'E' });
const viewport = { minX: 0, minY: 0, width: 200, height: 100, pxPerUnit: 1 };
const culling = { fontSize: 12, minScreenFontPx: 7, showAllUpTo: 2 };
const stations = [
	{ id: 'in', label: label(10, 10) },
	{ id: 'right', label: label(500, 10) },
	{ id: 'edge', label: label(195, 50, 'end') },
	{ id: 'junction', label: null }
];

describe('labelBox', () => {
	it('places the box by its text anchor', () => {
		expect(labelBox(label(100, 50, 'start')).left).toBe(100);
		expect(labelBox(label(100, 50, 'middle')).left).toBe(80);
		expect(labelBox(label(100, 50, 'end'))).toEqual({ left: 60, top: 43, right: 100, bottom: 57 });
	});
});

describe('visibleLabels', () => {
	it('shows every label of a small network', () => {
		expect(visibleLabels(stations.slice(0, 2), { k: 0.1, x: 0, y: 0 }, viewport, culling)).toBeNull();
	});

	it('skips labels whose box is off screen', () => {
		expect(visibleLabels(stations, { k: 1, x: 0, y: 0 }, viewport, culling)).toEqual(new Set(['in', 'edge']));
	});

	it('follows the zoom: panning brings a far label on screen', () => {
		expect(visibleLabels(stations, { k: 1, x: -400, y: 0 }, viewport, culling)).toEqual(new Set(['right']));
	});

	it('skips every label while the text would be too small to read', () => {
		expect(visibleLabels(stations, { k: 0.5, x: 0, y: 0 }, viewport, culling)).toEqual(new Set());
		expect(visibleLabels(stations, { k: 0.5, x: 0, y: 0 }, { ...viewport, pxPerUnit: 2 }, culling)?.size).toBe(2);
	});
});
