import type { RequestEvent } from '@sveltejs/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBridgeLine } from '$lib/components/map/bridge-line';
import { layoutMetrics } from '$lib/engine/layout';
import { confusablePairs } from '$lib/engine/layout/line-names';
import type { MapRoute } from '$lib/components/map/types';
import type { NetworkContent } from '$lib/schemas';
import { startApp, type AppContext } from '$lib/server/app';
import { modelBridges } from '$lib/server/services/routing-data';
import { FIXTURES } from '$lib/server/import/fixture-paths';
import { importTaxonomy } from '$lib/server/import/import-taxonomy';
import { MAX_LOCAL_STATIONS, type LocalMapData } from '$lib/server/services/local-map/local-map';
import { ANONYMOUS } from '$lib/server/viewer';
import { GET } from './+server';

/**
 * GET /api/map with a focus, on a slice of the real ESCO files imported into a real SQLite
 * store the way `npm run import -- esco` does it.
 */
let app: AppContext;
let content: NetworkContent;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-local-map-'));
beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	// The fixture is a slice: most of its O*NET related occupations lie outside it.
	await importTaxonomy(app.store, 'esco', FIXTURES.esco, { allowUnknownIds: true });
	content = (await app.store.readNetwork('esco'))!.content;
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

const station = (en: string) => content.stations.find((s) => s.label.en === en)!.id;

async function get(query: string) {
	const url = new URL(`http://localhost/api/map?${query}`);
	const res = await GET({ url, request: new Request(url), locals: { locale: 'en', viewer: ANONYMOUS } } as unknown as RequestEvent as never);
	return { status: res.status, body: await res.json() };
}

/** Every drawn segment runs horizontally, vertically or at 45°. */
function octilinear(map: LocalMapData): boolean {
	return map.layout.edges.every((e) =>
		e.points.slice(1).every(([x, y], i) => {
			const [px, py] = e.points[i]!;
			const [dx, dy] = [Math.abs(x - px), Math.abs(y - py)];
			return dx < 0.01 || dy < 0.01 || Math.abs(dx - dy) < 0.01;
		})
	);
}

describe('GET /api/map with a focus, on an imported ESCO slice', () => {
	it('around a station: its lines, their next stops, octilinear and labelled', async () => {
		const welder = station('spot welder');
		const { status, body } = await get(`network=esco&lang=en&around=${welder}`);
		expect(status).toBe(200);
		const map = body as LocalMapData;
		expect(map.local).toMatchObject({ kind: 'station', focus: [welder], radius: 2 });
		const ids = map.stations.map((s) => s.id);
		expect(ids).toContain(welder);
		expect(ids.length).toBeLessThanOrEqual(MAX_LOCAL_STATIONS);
		// The line through the spot welder, with the stops next to it.
		const line = content.lines.find((l) => l.stops.some((s) => s.station === welder))!;
		const drawn = map.layout.lines.find((l) => l.id === line.id)!;
		expect(drawn.stations).toContain(welder);
		expect(drawn.stations.length).toBeGreaterThan(1);
		expect(map.layout.stations.every((s) => s.label !== null)).toBe(true);
		expect(map.layout.stats.failedPaths).toBe(0);
		expect(octilinear(map)).toBe(true);
		// Names for everything drawn: each layout line has its entry, each station its name.
		expect(new Set(map.lines.map((l) => l.id))).toEqual(new Set(map.layout.lines.map((l) => l.id)));
		expect(new Set(ids)).toEqual(new Set(map.layout.stations.map((s) => s.id)));
	});

	it('a larger radius reaches further, within bounds', async () => {
		const welder = station('spot welder');
		const near = (await get(`network=esco&around=${welder}&radius=1`)).body as LocalMapData;
		const far = (await get(`network=esco&around=${welder}&radius=4`)).body as LocalMapData;
		expect(far.stations.length).toBeGreaterThan(near.stations.length);
		const tooFar = await get(`network=esco&around=${welder}&radius=9`);
		expect(tooFar.status).toBe(400);
		expect(tooFar.body.error.field).toBe('radius');
	});

	it('a route over a bridge: every stop, the ride and the walk drawn', async () => {
		// A viable move of the transition model (a one-way bridge) onto a line, then one stop along it.
		const nextOnLine = new Map<string, string>();
		for (const l of content.lines) for (let i = 0; i + 1 < l.stops.length; i++) if (!nextOnLine.has(l.stops[i]!.station)) nextOnLine.set(l.stops[i]!.station, l.stops[i + 1]!.station);
		const bridge = modelBridges(content).find((b) => nextOnLine.has(b.to) && nextOnLine.get(b.to) !== b.from)!;
		expect(bridge).toBeDefined();
		const stops = [bridge.from, bridge.to, nextOnLine.get(bridge.to)!];
		const { status, body } = await get(`network=esco&lang=en&route=${stops.join(',')}`);
		expect(status).toBe(200);
		const map = body as LocalMapData & { route: MapRoute };
		expect(map.local.kind).toBe('route');
		expect(map.route.stations).toEqual(stops);
		const walk = map.route.legs.find((l) => isBridgeLine(l.line))!;
		expect(walk.stations).toEqual(stops.slice(0, 2));
		expect(map.layout.lines.map((l) => l.id)).toContain(walk.line);
		expect(map.lines.find((l) => l.id === walk.line)).toMatchObject({ bridge: true });
		for (const leg of map.route.legs) expect(map.layout.lines.map((l) => l.id)).toContain(leg.line);
	});

	it('a sector: stations of one ISCO group only', async () => {
		const { status, body } = await get('network=esco&group=isco-72');
		expect(status).toBe(200);
		const map = body as LocalMapData;
		expect(map.local).toMatchObject({ kind: 'group', group: 'isco-72' });
		expect(map.stations.length).toBeGreaterThan(3);
		for (const s of map.stations) expect(content.stations.find((c) => c.id === s.id)!.codes!.isco).toMatch(/^72/);
	});

	it('names lines on the map wherever lines that meet keep close colours, beside no label', async () => {
		let pairs = 0;
		for (const query of ['group=isco-72', 'group=isco-7', `around=${station('spot welder')}&radius=4`]) {
			const map = (await get(`network=esco&lang=en&${query}`)).body as LocalMapData;
			// Bridges are drawn dashed and carry no name.
			const close = confusablePairs(map.layout.lines.filter((l) => !isBridgeLine(l.id)));
			pairs += close.length;
			const badges = new Set(map.layout.lineNames!.map((n) => n.line));
			for (const p of close) expect([p.a, p.b].filter((l) => !badges.has(l)), `${p.a}/${p.b}`).toEqual([]);
			expect(layoutMetrics(map.layout).lineNames.overlaps).toBe(0);
		}
		// A taxonomy colours hundreds of lines from a small palette: a crowded local map runs out of distinct colours.
		expect(pairs).toBeGreaterThan(0);
	});

	it('answers 404 for an unknown station or an empty group, 400 naming the field for bad input', async () => {
		expect((await get('network=esco&around=no-such-station')).status).toBe(404);
		expect((await get('network=esco&group=isco-06')).status).toBe(404);
		const cases: [string, string][] = [
			['around=Not%20A%20Slug', 'around'],
			['group=sector-1', 'group'],
			[`around=${station('spot welder')}&group=isco-7`, 'group'],
			['radius=2', 'radius'],
			[`route=${station('spot welder')}`, 'route'],
			[`route=${station('riveter')},${station('engraving machine operator')}`, 'route'],
			['zoom=3', 'zoom']
		];
		for (const [query, field] of cases) {
			const { status, body } = await get(`network=esco&${query}`);
			expect(status, query).toBe(400);
			expect(body.error.field, query).toBe(field);
		}
	});
});
