import { describe, expect, it } from 'vitest';
import { contractNetwork } from '../store/contract-fixture';
import { MAX_MAP_STATIONS, mapUnavailable } from './map-layout';
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
});
