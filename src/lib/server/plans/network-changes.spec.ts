import { describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { buildSnapshot } from '../services/snapshot';
import { ANONYMOUS } from '../viewer';
import { compareWithNetwork } from './network-changes';
import { seedSnapshot, weldingRoute } from './plan-fixture';
import { buildPlanRoute } from './route-builder';

describe('a plan compared with the network today', () => {
	const route = buildPlanRoute(seedSnapshot(), weldingRoute(), [ANONYMOUS]);

	it('reports nothing when the network is unchanged', () => {
		const changes = compareWithNetwork(route, seedSnapshot(2));
		expect(changes.any).toBe(false);
		expect(changes.stops.every((s) => s.station === null && s.ride === null)).toBe(true);
	});

	it('marks removed and changed modules, stations and rides instead of dropping them', () => {
		const { meta, content } = loadSeedDirectory('graph-seed');
		content.modules = content.modules
			.filter((m) => m.id !== 'tig-stainless-practice-day')
			.map((m) => (m.id === 'tig-stainless-course' ? { ...m, hours: 96, price: 2300 } : m));
		content.stations = content.stations.map((s) => (s.id === 'hygienic-fitter' ? { ...s, label: { nl: 'Hygiënisch monteur (food)', en: 'Hygienic fitter (food)' } } : s));
		content.lines = content.lines.map((l) =>
			l.id === 'welding' ? { ...l, stops: l.stops.map((s) => (s.station === 'hygienic-welder' ? { ...s, months: 30 } : s)) } : l
		);
		const changes = compareWithNetwork(route, buildSnapshot(meta, 5, content));
		expect(changes.any).toBe(true);
		expect(changes.modules).toEqual({
			'tig-stainless-practice-day': { kind: 'removed' },
			'tig-stainless-course': { kind: 'changed', fields: ['hours', 'price'] }
		});
		expect(changes.stops[1]).toEqual({ station: null, ride: { kind: 'changed', fields: ['months'] } });
		expect(changes.stops[2]).toEqual({ station: { kind: 'changed', fields: ['label'] }, ride: null });
		// The saved route itself is untouched: it still holds everything it was made with.
		expect(route.stops[1]!.modules.map((m) => m.id)).toEqual(['tig-stainless-course', 'tig-stainless-practice-day']);
	});

	it('marks a removed station and a line that no longer rides the hop', () => {
		const { meta, content } = loadSeedDirectory('graph-seed');
		content.lines = content.lines
			.filter((l) => l.id !== 'hygienic-design')
			.map((l) => (l.id === 'welding' ? { ...l, stops: l.stops.filter((s) => s.station !== 'hygienic-welder') } : l));
		content.stations = content.stations.filter((s) => s.id !== 'hygienic-fitter');
		const changes = compareWithNetwork(route, buildSnapshot(meta, 6, content));
		expect(changes.stops[1]!.ride).toEqual({ kind: 'changed', fields: ['stops'] });
		expect(changes.stops[2]).toEqual({ station: { kind: 'removed' }, ride: { kind: 'removed' } });
	});

	it('marks everything removed when the network itself is gone', () => {
		const changes = compareWithNetwork(route, null);
		expect(changes.stops.map((s) => s.station)).toEqual([{ kind: 'removed' }, { kind: 'removed' }, { kind: 'removed' }]);
		expect(Object.keys(changes.modules)).toHaveLength(3);
	});
});
