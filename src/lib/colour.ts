/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever reads better on a line's colour (yellow lines get black text). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
	return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/*
 * How far apart two line colours look, also for colour-blind readers, lives with the layout
 * engine (which names lines whose colours stay close); the app uses it from there.
 */
export { colourDifference, leastDifference, DISTINCT_LINE_COLOURS, type Vision } from './engine/layout/colour-difference';
