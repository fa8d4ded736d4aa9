import type { ZoomView } from './label-visibility';
import { fitView, type Box } from './zoom-fit';

export interface DefaultViewInput {
	/** The svg's viewBox: the map and its margin, in map units. */
	extent: Box;
	/**
	 * What the svg shows at scale 1, in the same units: the viewBox, grown along one axis when
	 * the svg's box is shaped differently (it is centred, as preserveAspectRatio does).
	 */
	screen: Box;
	/** Screen pixels per map unit at scale 1. */
	pxPerUnit: number;
	/** The labels' font size in map units. */
	fontSize: number;
	/** The smallest label a reader should have to read, in CSS pixels. */
	minLabelPx: number;
	/** What the reader came for (a route, a station); null for the network as a whole. */
	focus: Box | null;
	/**
	 * Where to look when the focus does not fit at a legible size: the route's start, the
	 * sector's busiest station. The focus's middle may be empty space.
	 */
	anchor?: [number, number];
	/** Where the view centres without a focus: the network's busiest part. */
	centre: [number, number];
	padding: number;
	scale: { min: number; max: number };
}

/**
 * The view a map opens at: the whole map when its labels are legible that way, otherwise zoomed
 * in just far enough for them to be (`minLabelPx` on screen) and centred on what the reader came
 * for. A focus that fits at a larger scale is fitted, up to half as large again, so a short
 * route fills the view without blowing the labels up. The view never shows more empty space
 * beyond the map than the whole-map view does; the rest of the map is a pan or a zoom away.
 */
export function defaultView(input: DefaultViewInput): ZoomView {
	const { extent, scale } = input;
	// 1 % above the minimum: the frame's measured size is rounded to whole pixels.
	const legible = (1.01 * input.minLabelPx) / (input.fontSize * input.pxPerUnit);
	if (!(legible > 1)) return { k: 1, x: 0, y: 0 };
	let k = Math.min(scale.max, legible);
	if (input.focus) {
		const fit = fitView(input.focus, input.screen, input.padding, scale).k;
		k = Math.min(scale.max, Math.max(k, Math.min(fit, 1.5 * legible)));
	}
	const { screen, focus } = input;
	const width = (screen.maxX - screen.minX) / k;
	const height = (screen.maxY - screen.minY) / k;
	const fits = focus !== null && focus.maxX - focus.minX <= width && focus.maxY - focus.minY <= height;
	const [cx, cy] = !focus ? input.centre : !fits && input.anchor ? input.anchor : [(focus.minX + focus.maxX) / 2, (focus.minY + focus.maxY) / 2];
	// The visible window (map units) centred on the focus, then slid back inside the map.
	const left = within(cx - width / 2, width, extent.minX, extent.maxX);
	const top = within(cy - height / 2, height, extent.minY, extent.maxY);
	return { k, x: screen.minX - k * left, y: screen.minY - k * top };
}

/** A window's start kept inside [lo, hi], or centred on it when the window is the wider. */
function within(start: number, size: number, lo: number, hi: number): number {
	if (size >= hi - lo) return (lo + hi) / 2 - size / 2;
	return Math.min(Math.max(start, lo), hi - size);
}

/** The busiest station (most lines, then nearest the middle): where a whole-network view centres. */
export function busiestPoint(stations: readonly { x: number; y: number; lines: number }[], bounds: Box): [number, number] {
	const mx = (bounds.minX + bounds.maxX) / 2;
	const my = (bounds.minY + bounds.maxY) / 2;
	let best: { x: number; y: number; lines: number } | null = null;
	for (const s of stations)
		if (!best || s.lines > best.lines || (s.lines === best.lines && Math.hypot(s.x - mx, s.y - my) < Math.hypot(best.x - mx, best.y - my))) best = s;
	return best ? [best.x, best.y] : [mx, my];
}
