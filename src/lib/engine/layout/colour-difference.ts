export type Vision = 'normal' | 'protanopia' | 'deuteranopia';

/**
 * How a dichromat sees a colour: Machado, Oliveira and Fernandes (2009), severity 1, applied
 * in linear RGB. Red-green colour blindness (protanopia, deuteranopia) affects about one man
 * in twelve, so it is what line colours are checked for.
 */
const CVD: Record<Exclude<Vision, 'normal'>, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	]
};

function linearRgb(hex: string): [number, number, number] {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return [channel(1), channel(3), channel(5)];
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(hex: string, vision: Vision): [number, number, number] {
	const rgb = linearRgb(hex);
	if (vision === 'normal') return rgb;
	const m = CVD[vision];
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return [0, 1, 2].map((i) => clamp(m[i]![0]! * rgb[0] + m[i]![1]! * rgb[1] + m[i]![2]! * rgb[2])) as [number, number, number];
}

/** CIE76 colour difference (ΔE, Euclidean in CIELAB) of two #rrggbb colours as seen with `vision`. */
export function colourDifference(a: string, b: string, vision: Vision = 'normal'): number {
	const [l1, a1, b1] = lab(seenAs(a, vision));
	const [l2, a2, b2] = lab(seenAs(b, vision));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The smallest difference of two colours for readers with normal, protan or deutan vision. */
export function leastDifference(a: string, b: string): number {
	return Math.min(colourDifference(a, b, 'normal'), colourDifference(a, b, 'protanopia'), colourDifference(a, b, 'deuteranopia'));
}

/**
 * Below this ΔE two line colours are hard to tell apart at line width on a map (about ten
 * times a just-noticeable difference, which is measured on large patches).
 */
export const DISTINCT_LINE_COLOURS = 20;
