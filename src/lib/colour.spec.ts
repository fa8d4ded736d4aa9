import { describe, expect, it } from 'vitest';
import { contrastRatio, textColourOn } from './colour';

describe('text on line colours', () => {
	it('picks black on light colours and white on dark ones', () => {
		expect(textColourOn('#ffd700')).toBe('#000000');
		expect(textColourOn('#f28e2b')).toBe('#000000');
		expect(textColourOn('#1f3b73')).toBe('#ffffff');
		expect(textColourOn('#d62728')).toBe('#ffffff');
	});
	it('always reaches at least 3:1 for every seed line colour', async () => {
		const { loadSeedDirectory } = await import('$lib/server/seed/load');
		for (const line of loadSeedDirectory('graph-seed').content.lines)
			expect(contrastRatio(line.colour, textColourOn(line.colour)), line.id).toBeGreaterThanOrEqual(3);
	});
	it('measures the WCAG contrast ratio', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
	});
});
