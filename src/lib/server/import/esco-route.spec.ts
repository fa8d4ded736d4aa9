import { beforeAll, describe, expect, it } from 'vitest';
import { planRoutes, prepareNetwork, type PreparedNetwork } from '$lib/engine/routing';
import type { NetworkContent } from '$lib/schemas';
import { toRoutingData } from '../services/routing-data';
import { deriveBridges } from './bridges';
import { importEsco } from './esco-import';
import { FIXTURES } from './fixture-paths';

let content: NetworkContent;
let net: PreparedNetwork;
beforeAll(async () => {
	({ content } = await importEsco(FIXTURES.esco));
	net = prepareNetwork(toRoutingData(content, { bridges: deriveBridges(content) }));
});

const station = (en: string) => content.stations.find((s) => s.label.en === en)!.id;

describe('a real ESCO route, end to end: imported slice → routing data → planner', () => {
	it('rides a derived line from its first to its last stop', () => {
		const result = planRoutes(net, { from: station('riveter'), to: station('engraving machine operator') });
		expect(result.reason).toBeNull();
		const [route] = result.routes;
		expect(route!.legs.map((l) => l.stops)).toEqual([['riveter', 'spot welder', 'electron beam welder', 'engraving machine operator'].map(station)]);
		expect(route!.totals).toMatchObject({ months: 36, transfers: 0, finalSalary: content.salaryBands.find((b) => b.id === 'esco-pay-brc-07')!.median });
		// The ESCO network has no modules: every missing skill shows as learned on the job.
		expect(route!.hops.every((h) => h.untaught.length > 0 && h.modules.length === 0)).toBe(true);
	});

	it('finds a faster way over a bridge between stations that share most skills', () => {
		const from = station('metal drawing machine operator');
		const to = station('laser cutting machine operator');
		const result = planRoutes(net, { from, to });
		const fastest = result.routes.find((r) => r.labels.includes('fastest'))!;
		const bridged = fastest.transfers.find((t) => t.bridge !== null)!;
		expect(bridged).toMatchObject({ at: from, bridge: { to: station('metal nibbling operator') } });
		const direct = result.routes.find((r) => r.transfers.length === 0)!;
		expect(direct.legs).toHaveLength(1);
		expect(fastest.totals.months).toBeLessThan(direct.totals.months);
	});
});
