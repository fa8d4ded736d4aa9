import { expect, test } from '@playwright/test';

test('GET /api/stations and /api/stations/[id]', async ({ request }) => {
	const list = await request.get('/api/stations');
	expect(list.status()).toBe(200);
	const body = await list.json();
	expect(body.network).toBe('seed');
	expect(body.stations.length).toBeGreaterThanOrEqual(45);
	const one = await request.get('/api/stations/hygienic-welder');
	const detail = (await one.json()).station;
	expect(detail.label).toEqual({ nl: 'Hygiënisch lasser', en: 'Hygienic welder' });
	expect(detail.requires.length).toBeGreaterThan(0);
});

test('GET /api/lines and /api/lines/[id]', async ({ request }) => {
	const body = await (await request.get('/api/lines')).json();
	expect(body.lines.length).toBeGreaterThanOrEqual(10);
	const line = (await (await request.get('/api/lines/hygienic-design')).json()).line;
	expect(line.stops[0].station.id).toBe('hygienic-welder');
});

test('unknown ids are a JSON 404 naming the id', async ({ request }) => {
	const res = await request.get('/api/stations/astronaut');
	expect(res.status()).toBe(404);
	expect(await res.json()).toEqual({ error: { status: 404, code: 'not-found', message: "station 'astronaut' does not exist" } });
	expect((await request.get('/api/lines/nope')).status()).toBe(404);
	expect((await request.get('/api/stations?network=nope')).status()).toBe(404);
});

test('bad input is a 400 naming the parameter', async ({ request }) => {
	const empty = await request.get('/api/search?q=');
	expect(empty.status()).toBe(400);
	expect((await empty.json()).error.field).toBe('q');
	const unknown = await request.get('/api/search?q=las&colour=red');
	expect(unknown.status()).toBe(400);
	expect((await unknown.json()).error).toMatchObject({ field: 'colour', message: "unknown parameter 'colour'" });
	const limit = await request.get('/api/search?q=las&limit=1000');
	expect((await limit.json()).error.field).toBe('limit');
	expect((await request.get('/api/stations?network=Not%20A%20Slug')).status()).toBe(400);
});

test('GET /api/search finds stations, skills and modules by Dutch or English name', async ({ request }) => {
	const nl = await (await request.get('/api/search?q=lasser')).json();
	expect(nl.results.some((r: { kind: string }) => r.kind === 'station')).toBe(true);
	const en = await (await request.get('/api/search?q=welding&kind=skill')).json();
	expect(en.results.length).toBeGreaterThan(0);
	expect(en.results.every((r: { kind: string }) => r.kind === 'skill')).toBe(true);
});

test('GET /healthz reports the store and the network version', async ({ request }) => {
	const res = await request.get('/healthz');
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body).toMatchObject({ status: 'ok', store: 'embedded' });
	expect(body.networks).toContainEqual(expect.objectContaining({ id: 'seed', version: 1 }));
});
