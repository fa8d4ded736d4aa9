import type { LabelPlacement } from '$lib/engine/layout/types';

/** The d3-zoom transform: map point p shows at k·p + (x, y) in the svg's viewBox units. */
export interface ZoomView {
	k: number;
	x: number;
	y: number;
}

/** The svg's viewBox and how many screen pixels one viewBox unit takes. */
export interface Viewport {
	minX: number;
	minY: number;
	width: number;
	height: number;
	pxPerUnit: number;
}

export interface LabelCulling {
	fontSize: number;
	/** Text smaller than this on screen is not drawn (unless the network is small). */
	minScreenFontPx: number;
	/** Networks with at most this many stations always show every label, as a printed map would. */
	showAllUpTo: number;
}

export const DEFAULT_CULLING: Omit<LabelCulling, 'fontSize'> = { minScreenFontPx: 7, showAllUpTo: 150 };

export function labelBox(label: LabelPlacement): { left: number; top: number; right: number; bottom: number } {
	const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - label.width / 2 : label.x - label.width;
	return { left, top: label.y - label.height / 2, right: left + label.width, bottom: label.y + label.height / 2 };
}

/**
 * Which labels to draw at the current zoom, so big networks stay fast and legible: only those
 * whose box is on screen and whose text is large enough to read. Null means "all of them".
 */
export function visibleLabels(
	stations: readonly { id: string; label: LabelPlacement | null }[],
	view: ZoomView,
	viewport: Viewport,
	culling: LabelCulling
): Set<string> | null {
	if (stations.length <= culling.showAllUpTo) return null;
	const visible = new Set<string>();
	if (culling.fontSize * view.k * viewport.pxPerUnit < culling.minScreenFontPx) return visible;
	const right = viewport.minX + viewport.width;
	const bottom = viewport.minY + viewport.height;
	for (const s of stations) {
		if (!s.label) continue;
		const box = labelBox(s.label);
		const onScreen =
			view.k * box.right + view.x >= viewport.minX &&
			view.k * box.left + view.x <= right &&
			view.k * box.bottom + view.y >= viewport.minY &&
			view.k * box.top + view.y <= bottom;
		if (onScreen) visible.add(s.id);
	}
	return visible;
}
