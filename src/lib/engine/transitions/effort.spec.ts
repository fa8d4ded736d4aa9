import { describe, expect, it } from 'vitest';
import { ECTS_HOURS, EDUCATION_ECTS, educationHours, educationStep } from './effort';

describe('education in the hop effort', () => {
	it('counts the study load between two O*NET education levels at 28 hours an ECTS credit', () => {
		expect(ECTS_HOURS).toBe(28);
		// High school → bachelor's is a whole bachelor's degree: 240 ECTS.
		expect(educationStep(2, 6)).toEqual({ from: 2, to: 6, ects: 240, hours: 240 * 28 });
		// Associate degree → bachelor's: the two years left after an associate degree.
		expect(educationStep(5, 6)).toEqual({ from: 5, to: 6, ects: 120, hours: 3360 });
		// Post-secondary certificate → bachelor's: on the order of a part-time degree.
		expect(educationStep(3, 6)!.hours).toBe(210 * 28);
	});

	it('asks nothing for a step down or sideways, or when either level is unknown', () => {
		expect(educationStep(6, 3)).toBeNull();
		expect(educationStep(6, 6)).toBeNull();
		expect(educationStep(null, 6)).toBeNull();
		expect(educationStep(2, undefined)).toBeNull();
		expect(educationStep(2, 13)).toBeNull();
	});

	it('orders the levels: a higher category never asks less study', () => {
		for (let l = 2; l <= 12; l++) expect(educationHours(l)!).toBeGreaterThanOrEqual(educationHours(l - 1)!);
		expect(Object.keys(EDUCATION_ECTS)).toHaveLength(12);
	});
});
