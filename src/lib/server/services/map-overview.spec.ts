import { describe, expect, it } from 'vitest';
import { contractNetwork } from '../store/contract-fixture';
import { MAX_OVERVIEW_STATIONS, mapUnavailable, mapView, showsOverview } from './map-layout';
import { buildSnapshot } from './snapshot';
import type { NetworkContent } from '$lib/schemas';

const label = (x: string) => ({ nl: x, en: x });

function network(stationCount: number, lines: string[][]): NetworkContent {
	const { content } = contractNetwork();
	return {
		...content,
		stations: Array.from({ length: stationCount }, (_, i) => ({ id: `s${i}`, label: label(`Station ${i}`), requires: [], regions: [], certificates: [] })),
		lines: lines.map((stops, i) => ({ id: `l${i}`, label: label(`L${i}`), colour: '#336699', stops: stops.map((station, j) => (j === 0 ? { station } : { station, months: 12 })) })),
		curricula: []
	};
}

/** 600 stations on career ladders of six, twelve of them joined at s0 (a hub), plus loose stations. */
function bigDense(): NetworkContent {
	const ladders = Array.from({ length: 100 }, (_, k) => Array.from({ length: 6 }, (_, j) => `s${k * 6 + j}`));
	const spokes = Array.from({ length: 12 }, (_, k) => ['s0', `s${(k + 1) * 6 + 1}`]);
	return network(620, [...ladders, ...spokes]);
}

describe('the overview map for networks too large or dense for the metro map', () => {
	it('lays out every station on a line, hub included, and marks the map as an overview', async () => {
		const snap = buildSnapshot(contractNetwork().meta, 1, bigDense());
		expect(mapUnavailable(snap)).toEqual({ reason: 'too-large', count: 600, limit: 400 });
		expect(showsOverview(snap)).toBe(true);
		const view = await mapView(snap, 'en');
		expect(view.overview).toBe(true);
		const placed = view.layout.stations.map((s) => s.id).sort();
		expect(placed).toEqual(Array.from({ length: 600 }, (_, i) => `s${i}`).sort());
		expect(view.layout.edges.filter((e) => e.from === 's0' || e.to === 's0')).toHaveLength(13);
		expect(view.layout.lines).toHaveLength(112);
		expect(new Set(view.layout.stations.map((s) => `${s.x},${s.y}`)).size).toBe(600);
	});

	it('draws a small network whose only problem is a busy hub as an overview too', async () => {
		const star = Array.from({ length: 12 }, (_, i) => ['hub', `s${i}`]);
		const content = network(12, star);
		content.stations.push({ id: 'hub', label: label('Hub'), requires: [], regions: [], certificates: [] });
		const snap = buildSnapshot(contractNetwork().meta, 1, content);
		expect(mapUnavailable(snap)?.reason).toBe('too-dense');
		const view = await mapView(snap, 'nl');
		expect(view.overview).toBe(true);
		expect(view.layout.stations).toHaveLength(13);
	});

	it('keeps the metro map, unmarked, for a network it can draw', async () => {
		const { meta, content } = contractNetwork();
		const snap = buildSnapshot(meta, 1, structuredClone(content));
		expect(showsOverview(snap)).toBe(false);
		expect((await mapView(snap, 'nl')).overview).toBeUndefined();
	});

	it('offers no map at all beyond the overview limit', async () => {
		const n = MAX_OVERVIEW_STATIONS + 1;
		const snap = buildSnapshot(contractNetwork().meta, 1, network(n, [Array.from({ length: n }, (_, i) => `s${i}`)]));
		expect(mapUnavailable(snap)?.reason).toBe('too-large');
		expect(showsOverview(snap)).toBe(false);
	});
});
