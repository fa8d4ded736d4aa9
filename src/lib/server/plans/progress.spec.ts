import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../viewer';
import { seedSnapshot, weldingRoute } from './plan-fixture';
import { planProgress } from './progress';
import { buildPlanRoute } from './route-builder';

describe('plan progress', () => {
	const route = buildPlanRoute(seedSnapshot(), weldingRoute(), [ANONYMOUS]);
	const salary = route.stops.map((s) => s.salaryMedian!);

	it('starts at 0% with the first hop as the next step and its salary step', () => {
		const p = planProgress(route, []);
		expect(p).toMatchObject({ modulesDone: 0, modulesTotal: 3, hoursDone: 0, hoursTotal: 128, percent: 0 });
		expect(p.next).toMatchObject({ stop: 1, station: 'hygienic-welder', salaryBefore: salary[0], salaryAfter: salary[1], salaryStep: salary[1]! - salary[0]! });
		expect(p.next!.modulesToDo.map((m) => m.id)).toEqual(['tig-stainless-course', 'tig-stainless-practice-day']);
	});

	it('moves the next step on once a hop’s modules are done, counting by study hours', () => {
		const p = planProgress(route, [
			{ module: 'tig-stainless-course', doneOn: '2025-01-10' },
			{ module: 'tig-stainless-practice-day', doneOn: '2025-02-01' }
		]);
		expect(p).toMatchObject({ modulesDone: 2, hoursDone: 88, percent: 69 });
		expect(p.stopsDone).toEqual([true, true, false]);
		expect(p.next).toMatchObject({ stop: 2, station: 'hygienic-fitter', salaryStep: salary[2]! - salary[1]! });
	});

	it('has no next step when everything is done, and ignores progress on modules the route does not hold', () => {
		const all = route.stops.flatMap((s) => s.modules.map((m) => ({ module: m.id, doneOn: '2025-03-01' })));
		const p = planProgress(route, [...all, { module: 'elsewhere', doneOn: '2025-03-01' }]);
		expect(p.percent).toBe(100);
		expect(p.modulesDone).toBe(3);
		expect(p.next).toBeNull();
	});
});
