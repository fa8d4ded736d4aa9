import { describe, expect, it } from 'vitest';
import { planRoutes, prepareNetwork } from '$lib/engine/routing';
import { emptyNetwork, type NetworkContent } from '$lib/schemas';
import { loadSeedDirectory } from '../seed/load';
import { toRoutingData } from './routing-data';

const label = (en: string) => ({ nl: en, en });

function content(): NetworkContent {
	const net = emptyNetwork();
	net.organisations.push({ id: 'acme', label: label('Acme'), kind: 'company' });
	net.skills.push({ id: 'welding', label: label('Welding') }, { id: 'planning', label: label('Planning') });
	net.salaryBands.push({
		id: 'band-b',
		label: label('B'),
		min: 2800,
		median: 3200,
		max: 3600,
		currency: 'EUR',
		source: 'test',
		year: 2024,
		estimate: false
	});
	net.stations.push(
		{ id: 'welder', label: label('Welder'), requires: [{ skill: 'welding', essential: true, level: 2 }], regions: [], certificates: ['vca'] },
		{
			id: 'planner',
			label: label('Planner'),
			requires: [{ skill: 'planning', essential: true, level: 3 }],
			salaryBand: 'band-b',
			regions: [],
			certificates: []
		}
	);
	net.lines.push({
		id: 'weld-line',
		label: label('Welding'),
		colour: '#d62728',
		stops: [{ station: 'welder' }, { station: 'planner', months: 24 }]
	});
	const module = {
		label: label('Module'),
		kind: 'online' as const,
		hours: 16,
		price: 250,
		currency: 'EUR' as const,
		language: 'nl' as const,
		provider: 'Test',
		teaches: [{ skill: 'planning', level: 3 }],
		awards: [],
		points: 0,
		certificates: []
	};
	net.modules.push(
		{ ...module, id: 'plan-public', visibility: 'public' },
		{ ...module, id: 'plan-acme', visibility: 'closed', organisation: 'acme', hours: 8 }
	);
	return net;
}

describe('toRoutingData', () => {
	it('gives stations their band median, requirements and certificates', () => {
		const data = toRoutingData(content());
		expect(data.stations).toEqual([
			{ id: 'welder', salaryMedian: null, requires: [{ skill: 'welding', essential: true, level: 2 }], certificates: ['vca'] },
			{ id: 'planner', salaryMedian: 3200, requires: [{ skill: 'planning', essential: true, level: 3 }], certificates: [] }
		]);
	});

	it('lets a module obtain only the certificates it awards, never those its upkeep points count towards', () => {
		const net = content();
		net.certificates.push({ id: 'vca', label: label('VCA'), validityYears: 10, pointsPerYear: 2 });
		net.modules[0] = { ...net.modules[0]!, awards: [], points: 1, certificates: ['vca'] };
		net.modules[1] = { ...net.modules[1]!, awards: ['vca'], points: 4, certificates: ['vca'] };
		expect(toRoutingData(net).modules.map((m) => [m.id, m.awards])).toEqual([
			['plan-public', []],
			['plan-acme', ['vca']]
		]);
	});

	it('charges a seed certificate to a module that awards it, never to one that only gives upkeep points', () => {
		const content = loadSeedDirectory('graph-seed').content;
		const awards = new Map(content.modules.map((m) => [m.id, m.awards]));
		const seed = prepareNetwork(toRoutingData(content));
		// The welder qualification FM5 used to be "earned" with a 4-hour borescope workshop.
		const hops = planRoutes(seed, { from: 'construction-welder', to: 'hygienic-welder' }).routes[0]!.hops;
		expect(hops[0]!.certificatesEarned).toContainEqual({ certificate: 'iso-9606-1-fm5', module: 'tig-stainless-course' });
		for (const from of ['welder', 'construction-welder', 'press-brake-operator'])
			for (const to of ['maintenance-manager', 'hygienic-fitter', 'project-leader'])
				for (const route of planRoutes(seed, { from, to }).routes)
					for (const c of route.hops.flatMap((h) => h.certificatesEarned))
						if (c.module !== null) expect(awards.get(c.module), `${from} → ${to}: ${c.module}`).toContain(c.certificate);
	});

	it('moves the months of each stop onto the hop that arrives there', () => {
		expect(toRoutingData(content()).lines).toEqual([{ id: 'weld-line', stops: ['welder', 'planner'], hopMonths: [24] }]);
	});

	it('keeps a closed module closed to its organisation, and a public one public', () => {
		const modules = toRoutingData(content()).modules;
		expect(modules.map((m) => [m.id, m.organisation])).toEqual([
			['plan-public', null],
			['plan-acme', 'acme']
		]);
		const net = prepareNetwork(toRoutingData(content()));
		const hop = (organisation: string | null) =>
			planRoutes(net, { from: 'welder', to: 'planner', organisation }).routes[0]!.hops[0]!.modules.map((m) => m.id);
		expect(hop(null)).toEqual(['plan-public']);
		expect(hop('acme')).toEqual(['plan-acme']);
	});

	it('passes bridges on, walkable both ways, with the months given', () => {
		const data = toRoutingData(content(), { bridges: [{ from: 'welder', to: 'planner' }], bridgeMonths: 2 });
		expect(data.bridges).toEqual([{ from: 'welder', to: 'planner', months: 2 }]);
		expect(toRoutingData(content()).bridges).toEqual([]);
	});

	it('adapts the seed network, which plans hygienic welder → project leader with alternatives', () => {
		const net = prepareNetwork(toRoutingData(loadSeedDirectory('graph-seed').content));
		const result = planRoutes(net, { from: 'hygienic-welder', to: 'project-leader' });
		expect(result.routes.length).toBeGreaterThanOrEqual(2);
		expect(result.routes.some((r) => r.totals.transfers > 0)).toBe(true);
	});
});
