import { describe, expect, it } from 'vitest';
import { busiestPoint, defaultView } from './default-view';

/** A 1200 × 800 map (viewBox) on a screen that shows it at `px` pixels per unit. */
const extent = { minX: 0, minY: 0, maxX: 1200, maxY: 800 };
const base = { extent, screen: extent, fontSize: 12, minLabelPx: 11, focus: null, centre: [600, 400] as [number, number], padding: 30, scale: { min: 0.8, max: 8 } };
/** Label size on screen at a view, and the map point shown at the screen's middle. */
const labelPx = (k: number, px: number) => 12 * k * px;
const middle = (v: { k: number; x: number; y: number }, screen = extent) => [((screen.minX + screen.maxX) / 2 - v.x) / v.k, ((screen.minY + screen.maxY) / 2 - v.y) / v.k];

describe('defaultView', () => {
	it('shows the whole map when its labels are legible that way', () => {
		expect(defaultView({ ...base, pxPerUnit: 1 })).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('zooms in until labels are 11 px on a phone, centred on the busiest part', () => {
		const px = 350 / 1200;
		const view = defaultView({ ...base, pxPerUnit: px, centre: [500, 300] });
		expect(labelPx(view.k, px)).toBeCloseTo(11.11, 5);
		const [mx, my] = middle(view);
		expect(mx).toBeCloseTo(500, 5);
		expect(my).toBeCloseTo(300, 5);
	});

	it('centres on the focus and fits a small one, at most half as large again', () => {
		const px = 0.5;
		const focus = { minX: 1100, minY: 700, maxX: 1180, maxY: 780 };
		const view = defaultView({ ...base, pxPerUnit: px, focus });
		expect(labelPx(view.k, px)).toBeCloseTo(1.5 * 11.11, 5);
		// Near the corner, the window slides back inside the map instead of showing the void beyond.
		const width = 1200 / view.k;
		const left = -view.x / view.k;
		expect(left + width).toBeCloseTo(1200, 5);
		expect(left).toBeLessThanOrEqual(1100);
	});

	it('keeps labels legible when the focus is larger than the screen', () => {
		const px = 0.3;
		const view = defaultView({ ...base, pxPerUnit: px, focus: { minX: 0, minY: 0, maxX: 1200, maxY: 800 } });
		expect(labelPx(view.k, px)).toBeGreaterThanOrEqual(11 - 1e-9);
	});

	it('uses the whole screen when it is taller than the map', () => {
		// A phone: the map is fitted by width, the svg is twice as tall as the viewBox's shape.
		const screen = { minX: 0, minY: -400, maxX: 1200, maxY: 1200 };
		const px = 390 / 1200;
		const view = defaultView({ ...base, screen, pxPerUnit: px, centre: [100, 100] });
		const top = (screen.minY - view.y) / view.k;
		expect(top).toBeCloseTo(0, 5);
	});

	it("looks at the anchor (a route's start) when the focus does not fit", () => {
		const px = 0.3;
		const view = defaultView({ ...base, pxPerUnit: px, focus: { minX: 0, minY: 0, maxX: 1200, maxY: 800 }, anchor: [300, 200] });
		const [mx, my] = middle(view);
		expect(mx).toBeCloseTo(300, 5);
		expect(my).toBeCloseTo(200, 5);
	});
});

describe('busiestPoint', () => {
	it('picks the station with most lines, the one nearest the middle on a tie', () => {
		const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
		expect(busiestPoint([{ x: 0, y: 0, lines: 2 }, { x: 50, y: 40, lines: 2 }, { x: 90, y: 90, lines: 1 }], bounds)).toEqual([50, 40]);
		expect(busiestPoint([], bounds)).toEqual([50, 50]);
	});
});