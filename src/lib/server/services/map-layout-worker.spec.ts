import { describe, expect, it } from 'vitest';
import { layout } from '$lib/engine/layout';
import type { NetworkContent } from '$lib/schemas';
import { INLINE_LAYOUT_STATIONS } from '../heavy/layout';
import { heavyPool } from '../heavy/pool';
import { contractNetwork } from '../store/contract-fixture';
import { toLayoutInput } from './layout-data';
import { forgetMapLayouts, mapLayout, mapUnavailable } from './map-layout';
import { buildSnapshot } from './snapshot';

const label = (x: string) => ({ nl: x, en: x });
const ROWS = 10;
const COLS = 20;

/** A city-like grid: ten east-west lines of twenty stations with positions, crossed by three north-south lines. */
function city(): NetworkContent {
	const { content } = contractNetwork();
	const id = (r: number, c: number) => `s${r}-${c}`;
	const stations = Array.from({ length: ROWS * COLS }, (_, k) => {
		const [r, c] = [Math.floor(k / COLS), k % COLS];
		return { id: id(r, c), label: label(`Station ${r}/${c}`), position: { x: c * 40, y: r * 40 }, requires: [], regions: [], certificates: [] };
	});
	const stops = (ids: string[]) => ids.map((station, j) => (j === 0 ? { station } : { station, months: 12 }));
	const lines = [
		...Array.from({ length: ROWS }, (_, r) => ({ id: `ew${r}`, stops: stops(Array.from({ length: COLS }, (_, c) => id(r, c))) })),
		...[2, 9, 16].map((c) => ({ id: `ns${c}`, stops: stops(Array.from({ length: ROWS }, (_, r) => id(r, c))) }))
	];
	return { ...content, stations, lines: lines.map((l) => ({ ...l, label: label(l.id), colour: '#336699' })), curricula: [] };
}

describe('the map layout of a large network', () => {
	it('runs in the heavy-task pool while the request thread keeps serving, and matches the layout made inline', async () => {
		forgetMapLayouts();
		const snap = buildSnapshot({ ...contractNetwork().meta, id: 'city' }, 1, city());
		expect(mapUnavailable(snap)).toBeNull();
		expect(ROWS * COLS).toBeGreaterThan(INLINE_LAYOUT_STATIONS);

		let ticks = 0;
		let done = false;
		const tick = () => {
			if (done) return;
			ticks++;
			setTimeout(tick, 0);
		};
		setTimeout(tick, 0);
		const pending = mapLayout(snap, 'nl');
		// Handed to a worker at once, and shared by a second reader asking meanwhile.
		expect(heavyPool().load.running + heavyPool().load.waiting).toBe(1);
		expect(mapLayout(snap, 'nl')).toBe(pending);
		const result = await pending;
		done = true;
		// Inline, the layout would hold the thread from the call to its end: not one timer could fire.
		expect(ticks).toBeGreaterThan(0);
		expect(heavyPool().load).toEqual({ running: 0, waiting: 0 });

		const here = layout(toLayoutInput(snap.content, 'nl'));
		const placed = (r: typeof here) => r.stations.map((s) => `${s.id}@${s.x},${s.y}`);
		expect(placed(result)).toEqual(placed(here));
		expect(result.edges).toEqual(here.edges);
	});
});
