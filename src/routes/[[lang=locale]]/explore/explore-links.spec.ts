import { describe, expect, it } from 'vitest';
import { ExploreUrlQuery, RouteUrlQuery } from '$lib/schemas/queries';
import { FAINTEST, highlightOf, plannerQuery } from './explore-links';

describe('the planner link of a destination', () => {
	it('asks the planner the same question for that destination, as a valid route query', () => {
		const q = ExploreUrlQuery.parse({ from: 'welder', skills: ['tig-welding:4', 'drawing'], certificates: ['vca'], hoursPerWeek: '6', maxTransfers: '2', backwards: 'true' });
		const link = new URLSearchParams(plannerQuery(q, 'work-planner', false));
		const parsed = RouteUrlQuery.parse({ ...Object.fromEntries(link), skills: link.get('skills')!.split(','), certificates: link.get('certificates')!.split(',') });
		expect(parsed).toMatchObject({
			from: 'welder',
			to: 'work-planner',
			skills: [{ skill: 'tig-welding', level: 4 }, { skill: 'drawing', level: 3 }],
			certificates: ['vca'],
			hoursPerWeek: 6,
			maxTransfers: 2,
			backwards: true
		});
		expect(link.has('profile')).toBe(false);
	});

	it('marks the profile as used for a signed-in traveller, and keeps the network', () => {
		const link = new URLSearchParams(plannerQuery(ExploreUrlQuery.parse({ from: 'welder', network: 'esco' }), 'fitter', true));
		expect(link.get('profile')).toBe('used');
		expect(link.get('network')).toBe('esco');
		expect(link.has('skills')).toBe(false);
	});
});

describe('the map highlight', () => {
	it('is strongest at the start and fades with the months to a station', () => {
		const h = new Map(highlightOf('a', new Map([['b', 0], ['c', 12], ['d', 24]]), 24));
		expect(h.get('a')).toBe(1);
		expect(h.get('b')).toBe(1);
		expect(h.get('c')).toBeLessThan(1);
		expect(h.get('c')).toBeGreaterThan(h.get('d')!);
		expect(h.get('d')).toBe(FAINTEST);
	});
});
