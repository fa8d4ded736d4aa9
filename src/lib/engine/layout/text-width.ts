import type { TextWidth } from './types';

// Advance widths as a share of the font size for a typical sans-serif; a rough class per
// character is enough to keep labels from being badly over- or under-sized.
const NARROW = /[iljtfrI.,:;'!|()[\]\s-]/;
const WIDE = /[mwMWÆŒ@%]/;
const CAPITAL = /[A-ZÀ-ÖØ-Þ0-9]/;

/** Estimated label width in pixels by character classes, for when no measuring function is given. */
export function estimateTextWidth(fontSize: number): TextWidth {
	return (label: string) => {
		let em = 0;
		for (const ch of label) {
			if (NARROW.test(ch)) em += 0.3;
			else if (WIDE.test(ch)) em += 0.85;
			else if (CAPITAL.test(ch)) em += 0.66;
			else em += 0.55;
		}
		return Math.ceil(em * fontSize);
	};
}
