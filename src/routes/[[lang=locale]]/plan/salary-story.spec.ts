import { describe, expect, it } from 'vitest';
import { planRoutes } from '$lib/engine/routing';
import { network } from '$lib/engine/routing/fixtures';
import { salaryStory } from './salary-story';

describe('salary story', () => {
	it('tells start and end pay, the change in money and as a share, and the hops without a raise', () => {
		const net = network()
			.line('a', ['welder', 'fitter', 'lead', 'planner'], [12, 6, 18])
			.station('welder', { salary: 3000 })
			.station('fitter', { salary: 3000 })
			.station('lead', { salary: 3600 })
			.station('planner', { salary: 3900 })
			.prepare();
		const route = planRoutes(net, { from: 'welder', to: 'planner' }).routes[0]!;
		expect(salaryStory(route)).toEqual({
			start: 3000,
			end: 3900,
			change: 900,
			ratio: 0.3,
			months: 36,
			flatHops: [{ from: 'welder', to: 'fitter' }]
		});
	});

	it('has no change when an end has no salary band, and never calls an unknown step "no raise"', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'], [12, 12])
			.station('s1', { salary: 3000 })
			.station('s2', { salary: null })
			.station('s3', { salary: null })
			.prepare();
		const story = salaryStory(planRoutes(net, { from: 's1', to: 's3' }).routes[0]!);
		expect(story).toMatchObject({ start: 3000, end: null, change: null, ratio: null, flatHops: [] });
	});

	it('a route that keeps the same pay has a change of 0 and 0 %', () => {
		const net = network().line('a', ['s1', 's2'], [6]).station('s1', { salary: 2500 }).station('s2', { salary: 2500 }).prepare();
		expect(salaryStory(planRoutes(net, { from: 's1', to: 's2' }).routes[0]!)).toMatchObject({ change: 0, ratio: 0, flatHops: [{ from: 's1', to: 's2' }] });
	});
});
