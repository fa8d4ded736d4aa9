import { describe, expect, it } from 'vitest';
import type { NetworkContent } from '$lib/schemas';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { mapRouteOf } from '../../../routes/[[lang=locale]]/plan/map-route';
import { loadSeedDirectory } from '../seed/load';
import { planFor } from '../services/routes';
import { buildSnapshot } from '../services/snapshot';
import { ANONYMOUS } from '../viewer';
import { forgetMapFragments, mapFragment, mapFragmentKey, mapFragmentStats } from './map-fragment';

const seed = loadSeedDirectory('graph-seed');

function snapshot(version: number, edit: (c: NetworkContent) => void = () => {}) {
	const content = structuredClone(seed.content);
	edit(content);
	return buildSnapshot(seed.meta, version, content);
}

const v1 = snapshot(1);
const ride = { stations: ['welder', 'construction-welder', 'hygienic-welder'], legs: [{ line: 'welding', stations: ['welder', 'construction-welder', 'hygienic-welder'] }], transfers: [] };

describe('the shared map fragment', () => {
	it('is rendered once per network version, language, title and highlight', async () => {
		forgetMapFragments();
		const first = await mapFragment(v1, 'en', 'Metro map', null);
		expect(await mapFragment(v1, 'en', 'Metro map', null)).toBe(first);
		expect(mapFragmentStats()).toMatchObject({ hits: 1, misses: 1 });
	});

	it('is plain server-rendered SVG with a link per station and no hydration comments around it', async () => {
		const html = await mapFragment(v1, 'nl', 'Metrokaart', null);
		expect(html.startsWith('<div class="metro-map')).toBe(true);
		expect(html.endsWith('</div>')).toBe(true);
		expect(html.match(/data-station="/g)?.length).toBe(v1.content.stations.filter((s) => v1.linesByStation.has(s.id)).length);
		expect(html).toContain('Hygiënisch lasser');
		expect(html).toContain('role="group"');
	});

	it('differs by language, by version and by highlighted route', async () => {
		const en = await mapFragment(v1, 'en', 'Metro map', null);
		expect(en).toContain('Hygienic welder');
		expect(await mapFragment(v1, 'nl', 'Metro map', null)).not.toBe(en);

		const renamed = snapshot(2, (c) => (c.stations.find((s) => s.id === 'hygienic-welder')!.label.en = 'Hygienic welder (food)'));
		expect(await mapFragment(renamed, 'en', 'Metro map', null)).toContain('Hygienic welder (food)');
		expect(await mapFragment(v1, 'en', 'Metro map', null)).toBe(en);

		const highlighted = await mapFragment(v1, 'en', 'Metro map', ride);
		expect(highlighted).toContain('data-route-role="origin"');
		expect(en).not.toContain('data-route-role="origin"');
		expect(mapFragmentKey(v1, 'en', 'Metro map', ride)).not.toBe(mapFragmentKey(v1, 'en', 'Metro map', { ...ride, transfers: ['construction-welder'] }));
		expect(mapFragmentKey(v1, 'en', 'Metro map', null)).not.toBe(mapFragmentKey(v1, 'en', 'Other title', null));
	});

	it('holds nothing of the traveller: a member’s route is drawn without their closed modules, the same as anyone’s', async () => {
		const company = seed.content.modules.find((m) => m.visibility === 'closed')!.organisation!;
		const closed = seed.content.modules.filter((m) => m.visibility === 'closed');
		const member = { userId: 'u', organisations: [company], roles: [] };
		const query = RouteUrlQuery.parse({ from: 'welder', to: 'project-leader' });
		const forMember = planFor(v1, query, member).routes[0]!;
		const html = await mapFragment(v1, 'en', 'Route 1', mapRouteOf(forMember));
		for (const m of closed) {
			expect(html).not.toContain(m.label.en);
			expect(html).not.toContain(m.id);
		}
		// Whoever asks, the same highlight gives the same key and so the same shared fragment.
		const forAnyone = planFor(v1, query, ANONYMOUS).routes.find((r) => r.stations.join() === forMember.stations.join());
		if (forAnyone) expect(mapFragmentKey(v1, 'en', 'Route 1', mapRouteOf(forAnyone))).toBe(mapFragmentKey(v1, 'en', 'Route 1', mapRouteOf(forMember)));
	});
});
