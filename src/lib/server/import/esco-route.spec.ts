import { beforeAll, describe, expect, it } from 'vitest';
import { planRoutes, prepareNetwork } from '$lib/engine/routing';
import { educationStep } from '$lib/engine/transitions';
import { Module, type NetworkContent, type NetworkMeta } from '$lib/schemas';
import { PlannedRoute } from '$lib/schemas/api/routes';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { planFor } from '../services/routes';
import { modelBridges, modelRoutingData, toRoutingData } from '../services/routing-data';
import { buildSnapshot } from '../services/snapshot';
import { ANONYMOUS } from '../viewer';
import { ESCO_PAY_MARGIN, importEsco } from './esco-import';
import { FIXTURES } from './fixture-paths';

let content: NetworkContent;
let meta: NetworkMeta;
beforeAll(async () => {
	({ content, meta } = await importEsco(FIXTURES.esco));
});

const station = (en: string) => content.stations.find((s) => s.label.en === en)!.id;
const plan = (net: NetworkContent, from: string, to: string) =>
	planRoutes(prepareNetwork(modelRoutingData(net)), { from: station(from), to: station(to) });

describe('bridges that climb and ways in (ESCO slice)', () => {
	// CNC machine operator (ISCO 7223, job zone 2) → mechanical engineering technician (3115, zone
	// 3): an ordinary step from the shop floor to the technician. The operator's own ladder and
	// nearest neighbours do not lead there, so with only the origin's best moves as bridges no
	// route exists; a bridge that climbs a job zone, or the technician's best way in, makes it.
	const from = 'computer numerical control machine operator';
	const to = 'mechanical engineering technician';

	it('had no route with only the origin-chosen bridges', async () => {
		const { content: narrow } = await importEsco(FIXTURES.esco, { transitions: { climbBridges: 0, inBridges: 0, upBridges: 0, directMoves: 0 } });
		const id = (en: string) => narrow.stations.find((s) => s.label.en === en)!.id;
		const result = planRoutes(prepareNetwork(modelRoutingData(narrow)), { from: id(from), to: id(to) });
		expect(result.routes).toEqual([]);
	});

	it('routes it with the default bridges: few hops, each an estimate, never a pay cut', () => {
		const result = plan(content, from, to);
		expect(result.reason).toBeNull();
		const route = [...result.routes].sort((a, b) => a.hops.length - b.hops.length)[0]!;
		expect(route.hops.length).toBeLessThanOrEqual(4);
		for (const hop of route.hops) {
			expect(hop.estimatedHours).toBeGreaterThan(0);
			expect(hop.moneyKnown).toBe(false);
			expect(hop.payCut).toBe(false);
		}
		expect(route.setbacks).toEqual([]);
	});

	it('marks ESCO pay as an estimate with its margin, which the routing data passes on', () => {
		const margins = new Set(content.salaryBands.map((b) => b.margin));
		expect([...margins]).toEqual([ESCO_PAY_MARGIN]);
		const data = modelRoutingData(content);
		expect(data.stations.filter((s) => s.salaryMedian !== null).every((s) => s.salaryMargin === ESCO_PAY_MARGIN)).toBe(true);
	});
});

describe('direct moves (ESCO slice, through the route service)', () => {
	it('route a viable step that no line or bridge makes in one hop, with the model as its reason', () => {
		const snap = buildSnapshot(meta, 1, content);
		const pay = (id: string) => content.salaryBands.find((b) => b.id === content.stations.find((s) => s.id === id)!.salaryBand)!.median;
		const overNetwork = prepareNetwork(toRoutingData(content, { bridges: modelBridges(content) }));
		// Every direct move to a job that pays no less, that lines and bridges alone do not make in one hop.
		const steps = content.stations.flatMap((s) =>
			(s.moves ?? []).filter((m) => m.direct && pay(m.to) >= pay(s.id)).map((m) => ({ from: s.id, to: m.to, score: m.score }))
		);
		const unmade = steps.filter((m) => !planRoutes(overNetwork, m).routes.some((r) => r.hops.length === 1));
		expect(unmade.length).toBeGreaterThan(0);
		for (const move of unmade) {
			const planned = planFor(snap, RouteUrlQuery.parse({ from: move.from, to: move.to }), ANONYMOUS, {});
			const direct = planned.routes.find((r) => r.hops.length === 1)!;
			expect(direct.transfers).toEqual([expect.objectContaining({ at: move.from, bridge: expect.objectContaining({ to: move.to }) })]);
			expect(direct.explanations[0]!.reason).toMatchObject({ evidence: 'viable-move', score: move.score });
		}
	});
});

describe('a real ESCO route, end to end: imported slice → routing data → planner', () => {
	it('routes welder → metal production supervisor in at most four hops, each with an effort estimate and unknown money', () => {
		const result = plan(content, 'welder', 'metal production supervisor');
		expect(result.reason).toBeNull();
		const route = [...result.routes].sort((a, b) => a.hops.length - b.hops.length)[0]!;
		expect(route.hops.length).toBeLessThanOrEqual(4);
		for (const hop of route.hops) {
			expect(hop.estimatedHours).toBeGreaterThan(0);
			expect(hop.studyHours).toBe(hop.estimatedHours);
			expect(hop.moneyKnown).toBe(false);
			expect(hop.months).toBeGreaterThan(0);
		}
		expect(route.totals.moneyKnown).toBe(false);
	});

	it('charges a module that teaches a missing skill instead of its estimate', () => {
		const before = plan(content, 'welder', 'metal production supervisor').routes[0]!;
		const hop = before.hops.at(-1)!;
		const skill = hop.skillsLearned[0]!.skill;
		const withModule: NetworkContent = {
			...content,
			modules: [
				Module.parse({
					id: 'weld-course',
					label: { nl: 'Cursus', en: 'Course' },
					kind: 'course',
					hours: 5,
					price: 250,
					language: 'nl',
					provider: 'school',
					visibility: 'public',
					teaches: [{ skill, level: 5 }],
					certificates: []
				})
			]
		};
		const after = plan(withModule, 'welder', 'metal production supervisor').routes.find((r) => r.stations.join() === before.stations.join())!;
		const charged = after.hops.find((h) => h.modules.some((m) => m.id === 'weld-course'))!;
		expect(charged.skillsLearned.find((s) => s.skill === skill)!.module).toBe('weld-course');
		expect(after.totals.money).toBe(250);
		expect(after.totals.estimatedHours).toBeLessThan(before.totals.estimatedHours);
	});
});

describe('formal education on a real ESCO route (imported slice → planner → API answer)', () => {
	// Welder (O*NET RL median 2, high school) → mechanical engineering technician (RL 5, associate's
	// degree): the technician's education is a step the worker has to study for, not 300 hours.
	it('charges the education step in the hop hours and says so in the hop estimate', () => {
		const from = station('welder');
		const to = station('mechanical engineering technician');
		const planned = planFor(buildSnapshot(meta, 1, content), RouteUrlQuery.parse({ from, to }), ANONYMOUS, {});
		expect(planned.routes.length).toBeGreaterThan(0);
		const step = educationStep(2, 5)!;
		for (const route of planned.routes) {
			expect(PlannedRoute.safeParse(route).success).toBe(true);
			// Whatever the way, the associate's degree is charged once over the route.
			expect(route.hops.reduce((sum, h) => sum + h.educationHours, 0)).toBe(step.hours);
			route.hops.forEach((hop, i) => {
				const education = route.explanations[i]!.estimate?.basis.education ?? null;
				if (hop.educationHours === 0) return expect(education).toBeNull();
				expect(hop.estimatedHours).toBeGreaterThan(hop.educationHours);
				expect(hop.moneyKnown).toBe(false);
				const level = content.stations.find((st) => st.id === hop.to)!.profile!.educationLevel!;
				expect(education).toEqual({ from: expect.any(Number), to: level, ects: hop.educationHours / 28, hours: hop.educationHours });
				expect(educationStep(education!.from, education!.to)!.hours).toBe(hop.educationHours);
			});
		}
	});
});

