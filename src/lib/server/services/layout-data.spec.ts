import { describe, expect, it } from 'vitest';
import { layout, layoutMetrics } from '$lib/engine/layout';
import { emptyNetwork, Line, Station, type NetworkContent } from '$lib/schemas';
import { loadSeedDirectory } from '$lib/server/seed/load';
import { toLayoutInput } from './layout-data';

function network(): NetworkContent {
	const net = emptyNetwork();
	net.stations = [
		Station.parse({ id: 'welder', label: { nl: 'Lasser', en: 'Welder' } }),
		Station.parse({ id: 'fitter', label: { nl: 'Monteur', en: 'Fitter' }, position: { x: 120, y: 60 }, pinned: true }),
		Station.parse({ id: 'planner', label: { nl: 'Werkvoorbereider', en: 'Work planner' }, position: { x: 5, y: 5 } })
	];
	net.lines = [
		Line.parse({ id: 'red', label: { nl: 'Rood', en: 'Red' }, colour: '#ff0000', stops: [{ station: 'welder' }, { station: 'fitter', months: 12 }, { station: 'planner', months: 12 }] }),
		Line.parse({ id: 'blue', label: { nl: 'Blauw', en: 'Blue' }, colour: '#0000ff', stops: [{ station: 'planner' }, { station: 'fitter', months: 6 }] })
	];
	return net;
}

describe('toLayoutInput', () => {
	it('names stations and lines in the chosen language and merges lines that share a hop', () => {
		const input = toLayoutInput(network(), 'en');
		expect(input.stations.map((s) => s.label)).toEqual(['Welder', 'Fitter', 'Work planner']);
		expect(input.edges).toEqual([
			{ from: 'welder', to: 'fitter', lines: ['red'] },
			{ from: 'fitter', to: 'planner', lines: ['red', 'blue'] }
		]);
		expect(input.lines).toEqual([
			{ id: 'red', colour: '#ff0000', stations: ['welder', 'fitter', 'planner'], name: 'Red' },
			{ id: 'blue', colour: '#0000ff', stations: ['planner', 'fitter'], name: 'Blue' }
		]);
	});

	it('passes a pinned position as a pin and a loose one as a hint', () => {
		const [welder, fitter, planner] = toLayoutInput(network(), 'nl').stations;
		expect(welder).toEqual({ id: 'welder', label: 'Lasser' });
		expect(fitter).toMatchObject({ position: { x: 120, y: 60 }, pinned: { x: 120, y: 60 } });
		expect(planner!.pinned).toBeUndefined();
		expect(planner!.position).toEqual({ x: 5, y: 5 });
	});

	it('feeds the seed network to the layout engine', () => {
		const { content } = loadSeedDirectory('graph-seed');
		const result = layout(toLayoutInput(content, 'nl'));
		expect(result.stations).toHaveLength(content.stations.length);
		expect(result.lines.map((l) => l.id)).toEqual(content.lines.map((l) => l.id));
	});

	it('puts every seed label beside its own station, in both languages', () => {
		const { content } = loadSeedDirectory('graph-seed');
		for (const locale of ['nl', 'en'] as const) {
			const input = toLayoutInput(content, locale);
			const m = layoutMetrics(layout(input), { input });
			// Before the label placer knew the bound, "Hygiënisch ontwerper" sat under "Calculator", away from its dot.
			expect(m.labelDistance).toMatchObject({ far: 0, nearerToOther: 0 });
			expect(m.labelOverlaps.total).toBe(0);
		}
	});

	it('names the seed lines whose colours were close where they meet, beside no label, and none with today\'s palette', () => {
		const { content } = loadSeedDirectory('graph-seed');
		expect(layout(toLayoutInput(content, 'en')).lineNames).toEqual([]);
		// The palette the seed had: three pairs of meeting lines a protan or deutan reader could not tell apart.
		const before: Record<string, string> = { welding: '#D7263D', aerostructures: '#4C6A92', service: '#7A8B1E' };
		const old = { ...content, lines: content.lines.map((l) => ({ ...l, colour: before[l.id] ?? l.colour })) };
		for (const locale of ['nl', 'en'] as const) {
			const input = toLayoutInput(old, locale);
			const result = layout(input);
			const m = layoutMetrics(result, { input });
			expect(new Set(result.lineNames!.map((n) => n.line))).toEqual(new Set(['welding', 'work-preparation', 'aerostructures', 'quality', 'assembly', 'service']));
			expect(result.lineNames!.find((n) => n.line === 'service')!.text).toBe('Service');
			expect(m.lineNames.overlaps).toBe(0);
			expect(m.labelOverlaps.total).toBe(0);
		}
	});
});
