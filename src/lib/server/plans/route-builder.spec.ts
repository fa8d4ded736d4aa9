import { describe, expect, it } from 'vitest';
import { ValidationError } from '../store/errors';
import { ANONYMOUS, type Viewer } from '../viewer';
import { CLOSED_MODULE, COMPANY, seedSnapshot, weldingRoute } from './plan-fixture';
import { buildPlanRoute } from './route-builder';

const member: Viewer = { userId: 'm', organisations: [COMPANY], roles: ['worker'] };

function issuesOf(f: () => unknown) {
	try {
		f();
	} catch (e) {
		expect(e).toBeInstanceOf(ValidationError);
		return (e as ValidationError).issues;
	}
	throw new Error('expected a ValidationError');
}

describe('building a plan route from ids', () => {
	const snap = seedSnapshot();

	it('copies stations, lines, modules and salary from the network and adds up the totals', () => {
		const route = buildPlanRoute(snap, weldingRoute(), [ANONYMOUS]);
		expect(route.stops.map((s) => s.station)).toEqual(['construction-welder', 'hygienic-welder', 'hygienic-fitter']);
		expect(route.stops.map((s) => s.line?.id ?? null)).toEqual([null, 'welding', 'hygienic-design']);
		expect(route.stops.map((s) => s.transfer)).toEqual([false, false, true]);
		expect(route.stops[1]).toMatchObject({ label: { en: 'Hygienic welder' }, hopMonths: 24, untaught: ['orbital-welding-thin-wall-stainless'] });
		expect(route.stops[1]!.certificates).toContain('iso-9606-1-fm5');
		expect(route.stops[1]!.modules.map((m) => [m.id, m.hours, m.points, m.closedTo])).toEqual([
			['tig-stainless-course', 80, 8, null],
			['tig-stainless-practice-day', 8, 4, null]
		]);
		expect(route.stops[2]!.salaryMedian).toBe(snap.salaryBands.get(snap.stations.get('hygienic-fitter')!.salaryBand!)!.median);
		// 88 study hours at 8 h/week is about 2.5 months, less than the 24 months of experience.
		expect(route.totals).toEqual({ months: 36, studyHours: 128, money: 2100 + 395 + 1450, transfers: 1 });
	});

	it('takes the study time when it is longer than the experience', () => {
		const route = buildPlanRoute(snap, { ...weldingRoute(), hoursPerWeek: 0.5 }, [ANONYMOUS]);
		expect(route.totals.months).toBeGreaterThan(36);
	});

	it('allows a closed module only when everyone the plan is for may see it, and reports it like an unknown one otherwise', () => {
		const request = weldingRoute({ first: [CLOSED_MODULE] });
		expect(buildPlanRoute(snap, request, [member]).stops[1]!.modules[0]).toMatchObject({ id: CLOSED_MODULE, closedTo: COMPANY });
		const outsider = issuesOf(() => buildPlanRoute(snap, request, [member, ANONYMOUS]));
		const unknown = issuesOf(() => buildPlanRoute(snap, weldingRoute({ first: ['no-such-module'] }), [member]));
		expect(outsider).toEqual([{ field: 'route.hops.0.modules.0', message: `unknown module '${CLOSED_MODULE}'` }]);
		expect(unknown).toEqual([{ field: 'route.hops.0.modules.0', message: "unknown module 'no-such-module'" }]);
	});

	it('refuses hops a line does not ride and names every bad field at once', () => {
		const issues = issuesOf(() =>
			buildPlanRoute(
				snap,
				{
					from: 'construction-welder',
					hops: [
						{ line: 'welding', to: 'work-planner', modules: [], untaught: [] },
						{ line: 'no-line', to: 'nowhere', modules: [], untaught: ['welding'] }
					],
					hoursPerWeek: 8
				},
				[ANONYMOUS]
			)
		);
		expect(issues.map((i) => i.field)).toEqual(['route.hops.0.line', 'route.hops.1.to', 'route.hops.1.line']);
		expect(issues[0]!.message).toBe("line 'welding' does not ride from 'construction-welder' to 'work-planner' in one hop");
	});

	it('rides a line backwards when the stops are neighbours', () => {
		const route = buildPlanRoute(snap, { from: 'hygienic-fitter', hops: [{ line: 'hygienic-design', to: 'hygienic-welder', modules: [], untaught: [] }], hoursPerWeek: 8 }, [ANONYMOUS]);
		expect(route.stops[1]!.hopMonths).toBe(12);
	});
});
