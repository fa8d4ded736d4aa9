import { describe, expect, it } from 'vitest';
import type { Route } from '$lib/engine/routing';
import { salaryMarks, salaryPoints } from './salary-points';

const route = (salaries: (number | null)[], months: number[]) =>
	({
		salaryByStop: salaries.map((salary, i) => ({ station: `s${i}`, salary })),
		hops: months.map((m, i) => ({ months: m, salaryAfter: salaries[i + 1] }))
	}) as unknown as Route;

describe('salary points', () => {
	it("steps to each stop's salary when arriving and holds it until the horizon", () => {
		expect(salaryPoints(route([3000, 3400, 4100], [12, 24]), 48)).toEqual([
			{ month: 0, salary: 3000 },
			{ month: 12, salary: 3400 },
			{ month: 36, salary: 4100 },
			{ month: 48, salary: 4100 }
		]);
	});
	it('keeps the previous level over a stop with an unknown band', () => {
		expect(salaryPoints(route([3000, null, 4100], [6, 6]), 12).map((p) => p.salary)).toEqual([3000, 3000, 4100, 4100]);
	});
	it('has no points when no salary is known', () => {
		expect(salaryPoints(route([null, null], [6]), 6)).toEqual([]);
	});
});

describe('salary marks', () => {
	const stepped = (salaries: (number | null)[], months: number[]) =>
		({
			salaryByStop: salaries.map((salary, i) => ({ station: `s${i}`, salary })),
			hops: months.map((m, i) => {
				const before = salaries[i] ?? null;
				const after = salaries[i + 1] ?? null;
				return { months: m, salaryAfter: after, salaryStep: before === null || after === null ? null : after - before };
			})
		}) as unknown as Route;

	it('marks each stop as the start, a raise, no raise or a cut, at the month of arrival', () => {
		expect(salaryMarks(stepped([3000, 3000, 3400, 3200], [12, 6, 18]))).toEqual([
			{ month: 0, salary: 3000, change: 'start' },
			{ month: 12, salary: 3000, change: 'flat' },
			{ month: 18, salary: 3400, change: 'raise' },
			{ month: 36, salary: 3200, change: 'cut' }
		]);
	});

	it('a stop with an unknown band keeps the level before it and is marked unknown, never "no raise"', () => {
		expect(salaryMarks(stepped([3000, null, 3600], [6, 6])).map((m) => [m.salary, m.change])).toEqual([
			[3000, 'start'],
			[3000, 'unknown'],
			[3600, 'unknown']
		]);
	});
});
