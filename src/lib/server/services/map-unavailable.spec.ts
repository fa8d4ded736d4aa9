import { describe, expect, it } from 'vitest';
import { contractNetwork } from '../store/contract-fixture';
import { MAX_GEOGRAPHIC_MAP_STATIONS, MAX_MAP_STATIONS, mapUnavailable, showsOverview } from './map-layout';
import { buildSnapshot } from './snapshot';
import type { NetworkContent } from '$lib/schemas';

const label = (x: string) => ({ nl: x, en: x });

function withLines(stationCount: number, lines: string[][]): NetworkContent {
	const { content } = contractNetwork();
	return {
		...content,
		stations: Array.from({ length: stationCount }, (_, i) => ({ id: `s${i}`, label: label(`S${i}`), requires: [], regions: [], certificates: [] })),
		lines: lines.map((stops, i) => ({ id: `l${i}`, label: label(`L${i}`), colour: '#336699', stops: stops.map((station, j) => (j === 0 ? { station } : { station, months: 12 })) })),
		curricula: []
	};
}

describe('when a network cannot be drawn as a metro map', () => {
	it('draws a network of ordinary size', () => {
		const { meta, content } = contractNetwork();
		expect(mapUnavailable(buildSnapshot(meta, 1, structuredClone(content)))).toBeNull();
	});

	it('refuses a station with more than eight neighbours, naming the count', () => {
		const star = Array.from({ length: 9 }, (_, i) => ['hub', `s${i}`]);
		const content = withLines(9, star);
		content.stations.push({ id: 'hub', label: label('Hub'), requires: [], regions: [], certificates: [] });
		expect(mapUnavailable(buildSnapshot(contractNetwork().meta, 1, content))).toEqual({ reason: 'too-dense', count: 9, limit: 8 });
	});

	it('refuses more stations on lines than a readable map holds', () => {
		const n = MAX_MAP_STATIONS + 2;
		const content = withLines(n, [Array.from({ length: n }, (_, i) => `s${i}`)]);
		expect(mapUnavailable(buildSnapshot(contractNetwork().meta, 1, content))).toEqual({ reason: 'too-large', count: n, limit: MAX_MAP_STATIONS });
	});

	it('draws a geographic network beyond that size (a city subway), but not a taxonomy of the same size', () => {
		const n = MAX_MAP_STATIONS + 117; // New York's subway: 517 stations
		const stops = Array.from({ length: n }, (_, i) => `s${i}`);
		const taxonomy = withLines(n, [stops]);
		expect(mapUnavailable(buildSnapshot(contractNetwork().meta, 1, taxonomy))?.reason).toBe('too-large');
		const city = (missing = -1) => {
			const content = withLines(n, [stops]);
			content.stations.forEach((s, i) => i !== missing && (s.position = { x: i * 500, y: (i % 7) * 300 }));
			return buildSnapshot(contractNetwork().meta, 1, content);
		};
		expect(mapUnavailable(city())).toBeNull();
		expect(showsOverview(city())).toBe(false);
		// One station without a position makes it a drawing without geography again.
		expect(mapUnavailable(city(3))?.reason).toBe('too-large');
	});

	it('refuses a geographic network larger than the metro map is made for', () => {
		const n = MAX_GEOGRAPHIC_MAP_STATIONS + 1;
		const city = withLines(n, [Array.from({ length: n }, (_, i) => `s${i}`)]);
		city.stations.forEach((s, i) => (s.position = { x: i * 500, y: 0 }));
		expect(mapUnavailable(buildSnapshot(contractNetwork().meta, 1, city))).toEqual({ reason: 'too-large', count: n, limit: MAX_GEOGRAPHIC_MAP_STATIONS });
	});
});
