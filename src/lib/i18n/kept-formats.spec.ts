import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber } from '.';
import { formatMoneyChange, formatPercentChange } from './change';

describe('kept number formats', () => {
	it('are kept apart by language, currency and digits', () => {
		expect(formatMoney('en', 1200)).toBe('€1,200');
		expect(formatMoney('en', 1200, 'USD')).toBe('US$1,200');
		expect(formatMoney('nl', 1200)).toMatch(/€\s?1\.200/);
		expect(formatNumber('en', 2.345, 1)).toBe('2.3');
		expect(formatNumber('en', 2.345, 2)).toBe('2.35');
		expect(formatNumber('nl', 2.345, 1)).toBe('2,3');
		expect(formatMoney('en', 1200)).toBe('€1,200');
	});

	it('keep a signed change apart from the amount it changes, per currency', () => {
		expect(formatMoneyChange('en', 969)).toBe('+€969');
		expect(formatMoney('en', 969)).toBe('€969');
		expect(formatMoneyChange('en', 969, 'USD')).toBe('+US$969');
		expect(formatMoneyChange('en', 969)).toBe('+€969');
		expect(formatPercentChange('en', 0.406)).toBe('+41%');
		expect(formatNumber('en', 0.406, 2)).toBe('0.41');
	});
});

describe('messages without values', () => {
	it('come out the same in each language, and one with values is still formatted each time', async () => {
		const { translate } = await import('.');
		expect(translate('en', 'common.navMap')).toBe(translate('en', 'common.navMap'));
		expect(translate('nl', 'common.navMap')).not.toBe(translate('en', 'common.navMap'));
		expect(translate('en', 'common.months', { months: 1 })).not.toBe(translate('en', 'common.months', { months: 7 }));
	});
});
