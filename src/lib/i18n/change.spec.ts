import { describe, expect, it } from 'vitest';
import { formatMoneyChange, formatPercentChange } from './change';

describe('changes in money and percent', () => {
	it('carry their sign, none for no change', () => {
		expect(formatMoneyChange('en', 969)).toBe('+€969');
		expect(formatMoneyChange('en', -120)).toBe('-€120');
		expect(formatMoneyChange('en', 0)).toBe('€0');
		// Dutch puts the sign after the euro sign (CLDR): € +1.250.
		expect(formatMoneyChange('nl', 1250)).toMatch(/^€\s?\+1\.250$/);
		expect(formatMoneyChange('en', 500, 'USD')).toBe('+US$500');
	});
	it('round percentages to whole ones', () => {
		expect(formatPercentChange('en', 0.406)).toBe('+41%');
		expect(formatPercentChange('nl', 0.406)).toMatch(/^\+41\s?%$/);
		expect(formatPercentChange('en', -0.05)).toBe('-5%');
		expect(formatPercentChange('en', 0)).toBe('0%');
	});
});
