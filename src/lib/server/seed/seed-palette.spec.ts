import { describe, expect, it } from 'vitest';
import { confusablePairs } from '$lib/engine/layout/line-names';
import { loadSeedDirectory } from './load';

/**
 * The seed's line colours: every two lines that meet (share a station, where a reader changes
 * lines) stay apart for readers with normal, protan and deutan vision, by the same check that
 * decides where the map writes line names (so the seed map needs none).
 */
describe('the seed palette', () => {
	const { content } = loadSeedDirectory('graph-seed');
	const lines = content.lines.map((l) => ({ id: l.id, colour: l.colour, stations: l.stops.map((s) => s.station) }));

	it('has lines that meet, so the check has something to check', () => {
		const meeting = lines.filter((a) => lines.some((b) => b !== a && b.stations.some((s) => a.stations.includes(s))));
		expect(meeting.length).toBeGreaterThan(10);
	});

	it('keeps lines that meet distinguishable, also for colour-blind readers', () => {
		const close = confusablePairs(lines).map((p) => `${p.a}/${p.b} ΔE ${p.difference.toFixed(1)}`);
		expect(close).toEqual([]);
	});
});
