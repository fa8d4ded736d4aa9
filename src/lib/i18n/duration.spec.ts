import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
	it('says months over a year as years and months, in Dutch and English', () => {
		expect(formatDuration('nl', 126)).toBe('10 jaar en 6 maanden');
		expect(formatDuration('en', 126)).toBe('10 years and 6 months');
		expect(formatDuration('nl', 13)).toBe('1 jaar en 1 maand');
		expect(formatDuration('en', 13)).toBe('1 year and 1 month');
	});

	it('says whole years without months, and under a year only months', () => {
		expect(formatDuration('nl', 12)).toBe('1 jaar');
		expect(formatDuration('en', 12)).toBe('1 year');
		expect(formatDuration('nl', 24)).toBe('2 jaar');
		expect(formatDuration('en', 24)).toBe('2 years');
		expect(formatDuration('nl', 6)).toBe('6 maanden');
		expect(formatDuration('en', 1)).toBe('1 month');
		expect(formatDuration('en', 0)).toBe('0 months');
	});

	it('keeps half months the way the app shows them (one decimal, in the language)', () => {
		expect(formatDuration('nl', 6.5)).toBe('6,5 maanden');
		expect(formatDuration('en', 6.5)).toBe('6.5 months');
		expect(formatDuration('nl', 180.5)).toBe('15 jaar en 0,5 maanden');
		expect(formatDuration('en', 121.04)).toBe('10 years and 1 month');
		expect(formatDuration('nl', 4.66)).toBe('4,7 maanden');
	});

	it('rounds before splitting, so a hair under a year reads as a year', () => {
		expect(formatDuration('nl', 11.96)).toBe('1 jaar');
		expect(formatDuration('en', 23.99)).toBe('2 years');
	});
});
