import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '$lib/engine/layout';
import type { NetworkContent } from '$lib/schemas';
import { loadSeedDirectory } from '../seed/load';
import { forgetMapLayouts, mapLayout, mapView } from './map-layout';
import { buildSnapshot } from './snapshot';

const seed = loadSeedDirectory('graph-seed');

function snapshot(network: string, version: number, edit: (c: NetworkContent) => void = () => {}) {
	const content = structuredClone(seed.content);
	edit(content);
	return buildSnapshot({ ...seed.meta, id: network }, version, content);
}

function positions(layout: LayoutResult): Map<string, string> {
	return new Map(layout.stations.map((s) => [s.id, `${s.x},${s.y}`]));
}

function moved(before: LayoutResult, after: LayoutResult): string[] {
	const old = positions(before);
	return after.stations.filter((s) => old.has(s.id) && old.get(s.id) !== `${s.x},${s.y}`).map((s) => s.id);
}

/**
 * A new entry job before the first welding stop: a small edit that shifts every career layer,
 * so a layout made from scratch moves nearly all stations (54 of 55 on the seed).
 */
function addApprentice(c: NetworkContent) {
	c.stations.push({ id: 'welding-apprentice', label: { nl: 'Leerling-lasser', en: 'Welding apprentice' }, requires: [], regions: [], certificates: [] });
	const welding = c.lines.find((l) => l.id === 'welding')!;
	welding.stops[0]!.months = 12;
	welding.stops.unshift({ station: 'welding-apprentice' });
}

describe('map view', () => {
	const snap = snapshot('view', 1);

	it('lays out every station and names stations and lines', async () => {
		const view = await mapView(snap, 'en');
		expect(view).toMatchObject({ network: 'view', version: 1 });
		expect(view.layout.stations.map((s) => s.id).sort()).toEqual(seed.content.stations.map((s) => s.id).sort());
		const welder = view.stations.find((s) => s.id === 'hygienic-welder')!;
		expect(welder.label.en).toBe('Hygienic welder');
		expect(welder.lines).toEqual(expect.arrayContaining(['welding', 'hygienic-design']));
		expect(welder.interchange).toBe(true);
		expect(welder.salary?.median).toBeGreaterThan(0);
		expect(view.lines.find((l) => l.id === 'welding')?.colour).toMatch(/^#[0-9a-f]{6}$/i);
	});

	it('is computed once per network version and language', async () => {
		expect(mapView(snap, 'nl')).toBe(mapView(snap, 'nl'));
		expect(await mapLayout(snap, 'nl')).toBe((await mapView(snap, 'nl')).layout);
		expect(await mapLayout(snap, 'en')).not.toBe(await mapLayout(snap, 'nl'));
	});

	it('keeps the English map on the Dutch positions, so switching language shows the same map', async () => {
		const shifted = moved(await mapLayout(snap, 'nl'), await mapLayout(snap, 'en'));
		expect(shifted.length).toBeLessThanOrEqual(Math.ceil(seed.content.stations.length * 0.1));
	});
});

describe('incremental layout after an edit', () => {
	it('anchors the next version on the previous layout, so few stations move', async () => {
		forgetMapLayouts('edit');
		const before = await mapLayout(snapshot('edit', 1), 'nl');
		const after = await mapLayout(snapshot('edit', 2, addApprentice), 'nl');
		expect(after.stations.some((s) => s.id === 'welding-apprentice')).toBe(true);
		expect(after.stats.initial).not.toBe('layered');
		expect(moved(before, after).length).toBeLessThanOrEqual(5);
	});

	it('never moves a pinned station, also not after an edit', async () => {
		forgetMapLayouts('pin');
		const free = await mapLayout(snapshot('pin', 1), 'nl');
		const at = { x: free.bounds.minX - 4 * free.style.cellSize, y: free.stations.find((s) => s.id === 'welder')!.y };
		at.x = Math.round(at.x / free.style.cellSize) * free.style.cellSize;
		const pin = (c: NetworkContent) => Object.assign(c.stations.find((s) => s.id === 'welder')!, { position: at, pinned: true });
		const pinned = await mapLayout(snapshot('pin', 2, pin), 'nl');
		expect(pinned.stations.find((s) => s.id === 'welder')).toMatchObject({ ...at, pinned: true });
		const edited = await mapLayout(
			snapshot('pin', 3, (c) => {
				pin(c);
				addApprentice(c);
			}),
			'en'
		);
		expect(edited.stations.find((s) => s.id === 'welder')).toMatchObject(at);
	});
});
