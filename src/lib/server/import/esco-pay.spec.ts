import { beforeAll, describe, expect, it } from 'vitest';
import { planRoutes, prepareNetwork } from '$lib/engine/routing';
import type { NetworkContent } from '$lib/schemas';
import { modelRoutingData } from '../services/routing-data';
import { importEsco } from './esco-import';
import { ESCO_PAY_LOG_SD, leaderFloors, type LeaderFloorStation } from './esco-pay';
import { FIXTURES } from './fixture-paths';

describe('leader pay floor on the office slice (real ESCO, crosswalk, O*NET, BLS and CBS rows)', () => {
	// The office manager (ISCO 3341, O*NET 43-1011 first-line supervisors of office workers) leads
	// the administrative assistant (3343, crosswalked to 43-6011 executive secretaries); the U.S.
	// pay ratio of the two codes put the manager 11 % below the assistant, so the ordinary step
	// up read as a pay cut and had no route without setbacks.
	let content: NetworkContent;
	beforeAll(async () => {
		({ content } = await importEsco(FIXTURES.office));
	});
	const station = (en: string) => content.stations.find((s) => s.label.en === en)!;
	const median = (en: string) => content.salaryBands.find((b) => b.id === station(en).salaryBand)!.median;

	it('estimates the office manager no lower than the assistants it leads, and says why', () => {
		expect(median('office manager')).toBeGreaterThanOrEqual(median('administrative assistant'));
		const band = content.salaryBands.find((b) => b.id === station('office manager').salaryBand)!;
		expect(band.estimate).toBe(true);
		expect(band.source).toMatch(/raised to the estimate of/);
		expect(band.method?.nl).toMatch(/leiding/);
	});

	it('leaves workers and supervisors it has no reason to raise as estimated', () => {
		for (const en of ['administrative assistant', 'office clerk', 'secretary', 'receptionist'])
			expect(content.salaryBands.find((b) => b.id === station(en).salaryBand)!.source).not.toMatch(/raised/);
	});

	it('routes administrative assistant → office manager without a pay cut or setbacks', () => {
		const net = prepareNetwork(modelRoutingData(content));
		const result = planRoutes(net, { from: station('administrative assistant').id, to: station('office manager').id });
		expect(result.reason).toBeNull();
		for (const route of result.routes) for (const hop of route.hops) expect(hop.payCut).toBe(false);
	});
});

describe('leaderFloors', () => {
	// Index 0 is a first-line office supervisor (ISCO 3341, SOC 43-1011); the others are workers.
	const supervisor: LeaderFloorStation = { isco: '3341', onet: '43-1011.00', jobZone: 3, pay: 3800 };
	const worker = (over: Partial<LeaderFloorStation>): LeaderFloorStation => ({ isco: '3343', onet: '43-6011.00', jobZone: 3, pay: 4300, ...over });
	const always = () => true;

	it('raises a leader to the best-paid worker it leads within the estimate error', () => {
		const floors = leaderFloors([supervisor, worker({ pay: 4100 }), worker({ pay: 4300 })], always);
		expect([...floors]).toEqual([[0, 2]]);
	});

	it('keeps a worker the data sets far apart, one in a higher job zone, or one that cannot move into the leader', () => {
		const far = Math.ceil(3800 * Math.exp(ESCO_PAY_LOG_SD)) + 1;
		expect(leaderFloors([supervisor, worker({ pay: far })], always).size).toBe(0);
		expect(leaderFloors([supervisor, worker({ jobZone: 4 })], always).size).toBe(0);
		expect(leaderFloors([supervisor, worker({})], () => false).size).toBe(0);
	});

	it('raises only supervisors and managers, not a professional over technicians', () => {
		// Software developers (ISCO 251) lead ICT technicians (351) in the field table, but as experts.
		const developer: LeaderFloorStation = { isco: '2512', onet: '15-1252.00', jobZone: 4, pay: 5000 };
		expect(leaderFloors([developer, { isco: '3511', onet: '15-1231.00', jobZone: 3, pay: 5400 }], always).size).toBe(0);
	});

	it('asks the model only about workers it leads', () => {
		const asked: [number, number][] = [];
		leaderFloors([supervisor, worker({}), { isco: '7212', onet: '51-4121.00', jobZone: 2, pay: 4200 }], (w, l) => (asked.push([w, l]), true));
		expect(asked).toEqual([[1, 0]]);
	});
});
