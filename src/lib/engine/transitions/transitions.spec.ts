import { describe, expect, it } from 'vitest';
import {
	fieldCloseness,
	hopMonths,
	hopReason,
	isRung,
	isStepUp,
	scoreMove,
	skillHours,
	transitionNetwork,
	transitionSettings,
	TransitionSettingsError,
	type TransitionInput,
	type TransitionOccupation
} from '.';

const level = (jobZone: number, experienceMonths: number) => ({ jobZone, experienceMonths, trainingMonths: 3 });
const occ = (id: string, essential: number[], optional: number[], jobZone: number, pay: number, experience = 12): TransitionOccupation => ({
	id,
	essential,
	optional,
	level: level(jobZone, experience),
	pay,
	work: -1
});
const skills = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, kind: i < 5 ? ('knowledge' as const) : ('skill' as const), reuse: null, group: -1 }));
// A worker with skills 0-5; a supervisor of the same trade asks for 0-3 plus supervision 10-13;
// a helper asks for a subset of the worker's skills; an unrelated job shares nothing.
const input: TransitionInput = {
	skills,
	groupCount: 0,
	workProfiles: [],
	occupations: [
		occ('worker', [0, 1, 2, 3, 4, 5], [], 2, 3000),
		occ('supervisor', [0, 1, 2, 3, 10, 11], [], 3, 4000, 36),
		occ('helper', [0, 1, 2], [], 1, 2500, 0),
		occ('unrelated', [15, 16, 17], [], 2, 3000)
	]
};
const settings = transitionSettings({ viable: 0.3 });
const net = transitionNetwork(input, settings);
const move = (a: number, b: number) => net.moves[a]!.top.find((m) => m.to === b);

describe('transition model', () => {
	it('is asymmetric: moving up is harder than moving down', () => {
		expect(move(0, 1)!.score).toBeLessThan(move(1, 0)!.score);
		expect(move(2, 0)!.score).toBeLessThan(move(0, 2)!.score);
		expect(move(0, 2)!.score).toBe(1);
	});

	it('calls a move viable only above the threshold and at most maxJobZoneUp job zones up; desirable when pay keeps 75 %', () => {
		expect(move(0, 3)).toBeUndefined();
		expect(move(0, 1)).toMatchObject({ viable: true, desirable: true, stepUp: true, zonesUp: 1 });
		// Helper (zone 1) to supervisor (zone 3): half the skills, less 20 % for two zones.
		expect(move(2, 1)).toMatchObject({ viable: true, zonesUp: 2 });
		expect(move(2, 1)!.score).toBeCloseTo(0.4);
		const oneZone = transitionNetwork(input, transitionSettings({ viable: 0.3, maxJobZoneUp: 1 }));
		expect(oneZone.moves[2]!.top.find((m) => m.to === 1)).toMatchObject({ viable: false });
		// Down to the helper keeps 83 % of the pay: desirable, yet no step-up.
		expect(move(0, 2)).toMatchObject({ viable: true, desirable: true, stepUp: false });
		const strict = transitionNetwork(input, transitionSettings({ viable: 0.3, desirablePay: 0.9 }));
		expect(strict.moves[0]!.top.find((m) => m.to === 2)).toMatchObject({ viable: true, desirable: false });
		expect(transitionNetwork(input, transitionSettings({ viable: 0.9 })).moves[0]!.top.find((m) => m.to === 1)!.viable).toBe(false);
	});

	it('lets a two-zone climb be viable only from viableSteepClimb, and not the same score the other way', () => {
		const steep = (viableSteepClimb: number) => transitionNetwork(input, transitionSettings({ viable: 0.3, viableSteepClimb })).moves;
		expect(steep(0.39).at(2)!.top.find((m) => m.to === 1)).toMatchObject({ viable: true, desirable: true, stepUp: true });
		expect(steep(0.41).at(2)!.top.find((m) => m.to === 1)).toMatchObject({ viable: false, desirable: false, stepUp: false });
		// The bar is for steep climbs only: a one-zone climb scoring below it stays viable.
		expect(steep(0.99).at(2)!.top.find((m) => m.to === 0)).toMatchObject({ viable: true, zonesUp: 1 });
		// Down from supervisor to helper the helper's skills are all there and nothing is climbed.
		expect(move(1, 2)).toMatchObject({ score: 1, zonesUp: 0, viable: true });
		expect(move(2, 1)!.score).toBeLessThan(move(1, 2)!.score);
	});

	it('keeps lines to one job zone per stop: a steeper step-up that ranks first is left to a bridge', () => {
		const shop: TransitionInput = {
			skills,
			groupCount: 0,
			workProfiles: [],
			occupations: [occ('assistant', [0, 1, 2, 3], [], 1, 2000), occ('lead', [0, 1, 2, 3], [], 3, 5000), occ('technician', [0, 1, 2, 3, 4, 5, 6, 7], [], 2, 3000)]
		};
		const shopNet = transitionNetwork(shop, settings);
		expect(shopNet.moves[0]!.stepUps.map((m) => [m.to, m.zonesUp])).toEqual([
			[1, 2],
			[2, 1]
		]);
		expect(shopNet.lines.map((l) => l.stops)).toEqual([[0, 2, 1]]);
		for (const l of shopNet.lines) for (const h of l.hops) expect(h.zonesUp).toBeLessThanOrEqual(1);
	});

	it('builds lines from step-ups only, and bridges only from viable moves', () => {
		expect(net.lines.map((l) => l.stops)).toEqual([[2, 0, 1]]);
		for (const list of net.bridges) for (const b of list) expect(b.viable).toBe(true);
	});

	it('refuses settings out of range, naming the field', () => {
		expect(() => transitionSettings({ viable: 1.5 })).toThrow(TransitionSettingsError);
		expect(() => transitionSettings({ viable: 1.5 })).toThrow(/viable/);
		expect(() => transitionSettings({ viableSteepClimb: -0.1 })).toThrow(/viableSteepClimb/);
		expect(() => transitionSettings({ maxJobZoneUp: 1.5 })).toThrow(/maxJobZoneUp/);
		expect(() => transitionSettings({ weights: { essential: 0, optional: 0, groups: 0, work: 0, field: 0, curated: 0 } })).toThrow(/weights/);
	});
});

describe('hop effort and reason', () => {
	it('estimates hours from a missing skill by type and reuse level, months from the extra experience asked', () => {
		expect(skillHours('skill', 'occupation-specific')).toBeGreaterThan(skillHours('skill', 'transversal'));
		expect(skillHours('knowledge', 'occupation-specific')).toBeLessThan(skillHours('skill', 'occupation-specific'));
		expect(skillHours('knowledge', 'sector-specific') + skillHours('skill', 'occupation-specific')).toBe(32 + 56);
		expect(hopMonths(level(2, 12), level(3, 36))).toBe(24);
		expect(hopMonths(level(3, 36), level(2, 12))).toBe(3);
	});

	it('says what is shared and missing, the job-zone step and the pay change', () => {
		const r = hopReason({ essential: ['a', 'b', 'c', 'd'], jobZone: 3, pay: 4000 }, { skills: new Set(['a', 'c']), jobZone: 2, pay: 3200 }, 'step-up', 0.51234);
		expect(r).toEqual({ sharedSkills: 2, missingSkills: 2, topShared: ['a', 'c'], topMissing: ['b', 'd'], jobZoneStep: 1, payRatio: 1.25, evidence: 'step-up', score: 0.512 });
	});
});

describe('classification field and rungs', () => {
	// ISCO-like paths: nodes 0 '7', 1 '72', 2 '721', 3 '7212', 4 '7213', 5 '3', 6 '31', 7 '312', 8 '3122'.
	const welderField = { path: [0, 1, 2, 3], leads: [] };
	const sheetField = { path: [0, 1, 2, 4], leads: [] };
	const supervisorField = { path: [5, 6, 7, 8], leads: [1] };
	const withField = (o: TransitionOccupation, field: TransitionOccupation['field']) => ({ ...o, field });

	it('scores closeness in the classification: 1 in one group or when one leads the other, less for wider groups', () => {
		expect(fieldCloseness(welderField, welderField)).toBe(1);
		expect(fieldCloseness(welderField, sheetField)).toBeCloseTo(2 / 3);
		expect(fieldCloseness(welderField, supervisorField)).toBe(1);
		expect(fieldCloseness(supervisorField, welderField)).toBe(1);
		expect(fieldCloseness(welderField, undefined)).toBeNull();
	});

	it('makes the supervisor of the field, or a higher zone of the same group, a rung and a step-up even at equal pay', () => {
		const worker = withField(occ('w', [0, 1, 2, 3], [], 2, 3000), welderField);
		const supervisor = withField(occ('s', [0, 1, 10, 11], [], 2, 3000), supervisorField);
		const coordinator = withField(occ('c', [0, 1, 10, 11], [], 3, 3000), welderField);
		const peer = withField(occ('p', [0, 1, 10, 11], [], 2, 3000), welderField);
		expect(isRung(worker, supervisor)).toBe(true);
		expect(isRung(supervisor, worker)).toBe(false);
		expect(isRung(worker, coordinator)).toBe(true);
		expect(isRung(worker, peer)).toBe(false);
		expect(isStepUp(worker, supervisor)).toBe(true);
		expect(isStepUp(worker, peer)).toBe(false);
		// Never lower in pay or job zone, whatever the classification says.
		expect(isStepUp(worker, { ...supervisor, pay: 2900 })).toBe(false);
		expect(isStepUp(coordinator, supervisor)).toBe(false);
	});

	it('lets less experience pass on a climb in job zone (a degree stands in for years on the job)', () => {
		const technician = occ('t', [0, 1, 2], [], 3, 3900, 84);
		const engineer = occ('e', [0, 1, 3], [], 4, 6000, 36);
		expect(isStepUp(technician, engineer)).toBe(true);
		expect(isStepUp(engineer, technician)).toBe(false);
	});

	it('scores a single pair as the whole model does', () => {
		for (const [a, b] of [
			[0, 1],
			[1, 0],
			[0, 2]
		] as const)
			expect(scoreMove(input, settings, a, b)).toEqual(move(a, b));
	});
});

describe('bridges', () => {
	// A worker with many close jobs: only a few become bridges, step-ups first, none to a stop
	// its own line already reaches.
	const many: TransitionInput = {
		skills,
		groupCount: 0,
		workProfiles: [],
		occupations: [
			occ('worker', [0, 1, 2, 3, 4, 5], [], 2, 3000),
			occ('lead', [0, 1, 2, 3, 4, 10], [], 3, 4000, 36),
			occ('senior', [0, 1, 2, 3, 11], [], 3, 3800, 24),
			...[6, 7, 8, 9, 12, 13].map((s, i) => occ(`peer${i}`, [0, 1, 2, 3, 4, s], [], 2, 2900 - i * 10))
		]
	};
	// The origin's own choice alone: no climb bridges, none chosen by destinations.
	const net = transitionNetwork(many, transitionSettings({ bridgesPerOccupation: 3, stepUpBridges: 1, climbBridges: 0, inBridges: 0, upBridges: 0 }));

	it('keeps only the configured number per occupation, the next step-up before lateral moves', () => {
		// The best step-up (worker → lead) is the line; the next one (senior) the first bridge.
		expect(net.lines.some((l) => l.stops.join().includes('0,1'))).toBe(true);
		const from = net.bridges[0]!;
		expect(from).toHaveLength(3);
		expect(from[0]!.to).toBe(2);
		expect(from.slice(1).every((m) => !m.stepUp && m.desirable)).toBe(true);
		for (const list of net.bridges) {
			expect(list.length).toBeLessThanOrEqual(3);
			for (const m of list) expect(m.viable).toBe(true);
		}
	});

	it('gives every occupation a bridge that climbs a job zone when a desirable move does, in its field or not', () => {
		// The clerk's ladder goes nowhere (no step-up in its field); a better-paid job one zone up
		// in another field is viable and desirable, so it becomes the climb bridge.
		const field = (path: number[]) => ({ path, leads: [] });
		const clerks: TransitionInput = {
			skills,
			groupCount: 0,
			workProfiles: [],
			occupations: [
				{ ...occ('teller', [0, 1, 2, 3], [], 2, 2300), field: field([4, 42]) },
				{ ...occ('investment clerk', [0, 1, 2, 5], [], 3, 3600), field: field([3, 33]) },
				{ ...occ('cashier', [0, 1, 2, 3, 6], [], 2, 2200), field: field([4, 42]) }
			]
		};
		const none = transitionNetwork(clerks, transitionSettings({ climbBridges: 0, inBridges: 0, upBridges: 0 }));
		expect(none.moves[0]!.stepUps.some((m) => m.to === 1)).toBe(false);
		const withClimb = transitionNetwork(clerks, transitionSettings({ climbBridges: 1, inBridges: 0, upBridges: 0, bridgesPerOccupation: 1, stepUpBridges: 0 }));
		expect(withClimb.moves[0]!.climbs.map((m) => m.to)).toEqual([1]);
		expect(withClimb.bridges[0]!.map((m) => m.to)).toEqual([1]);
	});

	it('lets a destination pick its best ways in from below or beside, an origin taking only a few', () => {
		// Five workers could step up into their supervisor, but each has a closer step-up of its own
		// (its specialist lead) as its line; with inBridges 2 the supervisor still gets its two best
		// ways in.
		const crew: TransitionInput = {
			skills,
			groupCount: 0,
			workProfiles: [],
			occupations: [
				occ('supervisor', [0, 1, 2, 3, 10], [], 3, 4000, 36),
				...[4, 5, 6, 7, 8].map((s, i) => occ(`worker${i}`, [0, 1, 2, 3, s, 11 + i], [], 2, 3000 - i * 10)),
				...[4, 5, 6, 7, 8].map((s, i) => occ(`lead${i}`, [0, 1, 2, 3, s, 11 + i, 19], [], 3, 4500, 36))
			]
		};
		const only = transitionSettings({ bridgesPerOccupation: 0, stepUpBridges: 0, climbBridges: 0, upBridges: 0 });
		const without = transitionNetwork(crew, { ...only, inBridges: 0 });
		const withIn = transitionNetwork(crew, { ...only, inBridges: 2 });
		const into = (n: typeof withIn, b: number) => n.bridges.flatMap((l) => l.filter((m) => m.to === b));
		const ahead = (n: typeof withIn, a: number, b: number) => n.lines.some((l) => l.stops.indexOf(a) >= 0 && l.stops.indexOf(b) > l.stops.indexOf(a));
		expect(into(without, 0)).toHaveLength(0);
		const ways = into(withIn, 0);
		expect(ways.length).toBe(2);
		for (const m of ways) {
			expect(m).toMatchObject({ viable: true, desirable: true });
			expect(ahead(withIn, m.from, 0)).toBe(false);
			expect(crew.occupations[m.from]!.pay! <= crew.occupations[0]!.pay!).toBe(true);
		}
		// Never more than inBridges + 1 extra bridges from one origin.
		for (const list of withIn.bridges) expect(list.length).toBeLessThanOrEqual(3);
	});

	it('also lets a destination pick its best ways in from below, which its near-identical neighbours outrank', () => {
		// Three specialist teachers (same zone and pay, near-identical skills) are the teacher's
		// best ways in; the assistant one zone below shares less but is the ordinary step up. As in
		// ISCO, the assistant files in another field, so no line of step-ups takes it there.
		const teaching = { path: [2, 23], leads: [] };
		const school: TransitionInput = {
			skills,
			groupCount: 0,
			workProfiles: [],
			occupations: [
				{ ...occ('teacher', [0, 1, 2, 3, 4, 5], [], 4, 4300, 24), field: teaching },
				...[6, 7, 8].map((s, i) => ({ ...occ(`specialist${i}`, [0, 1, 2, 3, 4, s], [], 4, 4300, 24), field: teaching })),
				{ ...occ('assistant', [0, 1, 2, 3, 9], [], 3, 2400), field: { path: [5, 53], leads: [] } }
			]
		};
		const only = transitionSettings({ bridgesPerOccupation: 0, stepUpBridges: 0, climbBridges: 0, inBridges: 1 });
		const into = (n: ReturnType<typeof transitionNetwork>) => n.bridges.flatMap((l) => l.filter((m) => m.to === 0)).map((m) => m.from);
		const beside = transitionNetwork(school, { ...only, upBridges: 0 });
		expect(into(beside)).toHaveLength(1);
		expect(into(beside)).not.toContain(4);
		expect(beside.moves[0]!.waysUp.map((m) => m.from)).toEqual([4]);
		const below = transitionNetwork(school, { ...only, upBridges: 1 });
		expect(into(below)).toContain(4);
		expect(into(below)).toHaveLength(2);
	});

	it('keeps the other desirable viable moves as direct moves: no bridge, not the next stop on a line, none undesirable', () => {
		let further = 0;
		for (const n of [net, transitionNetwork(input, settings)])
			n.direct.forEach((list, a) => {
				for (const m of list) {
					expect(m).toMatchObject({ from: a, viable: true, desirable: true });
					expect(n.bridges[a]!.some((b) => b.to === m.to)).toBe(false);
					const on = n.lines.filter((l) => l.stops.indexOf(a) >= 0);
					expect(on.some((l) => l.stops.indexOf(m.to) === l.stops.indexOf(a) + 1)).toBe(false);
					// A stop further down its own line is a direct move: one step, not a ride through the stops between.
					if (on.some((l) => l.stops.indexOf(m.to) > l.stops.indexOf(a) + 1)) further++;
				}
			});
		expect(further).toBeGreaterThan(0);
		// The worker's peers that no bridge takes are its direct moves, best first, as many as asked.
		const few = transitionNetwork(many, transitionSettings({ bridgesPerOccupation: 1, stepUpBridges: 1, climbBridges: 0, inBridges: 0, upBridges: 0, directMoves: 2 }));
		const all = transitionNetwork(many, transitionSettings({ bridgesPerOccupation: 1, stepUpBridges: 1, climbBridges: 0, inBridges: 0, upBridges: 0 }));
		expect(few.direct[0]).toHaveLength(2);
		expect(all.direct[0]!.length).toBeGreaterThan(2);
		expect(few.direct[0]).toEqual(all.direct[0]!.slice(0, 2));
		expect(all.direct[0]!.map((m) => m.score)).toEqual([...all.direct[0]!.map((m) => m.score)].sort((x, y) => y - x));
		expect(transitionNetwork(many, transitionSettings({ directMoves: 0 })).direct.every((l) => l.length === 0)).toBe(true);
	});

	it('keeps a step-up as a direct move before sideways moves that score higher', () => {
		// Without step-up bridges the worker's one bridge is a peer; the senior climbs a job zone
		// (upward penalty) and scores below the peers, yet is the step a worker asks for.
		const ups = transitionNetwork(many, transitionSettings({ bridgesPerOccupation: 1, stepUpBridges: 0, climbBridges: 0, inBridges: 0, upBridges: 0, directMoves: 1 }));
		const senior = ups.moves[0]!.viable.find((m) => m.to === 2)!;
		expect(senior.stepUp).toBe(true);
		expect(ups.moves[0]!.viable.filter((m) => m.desirable && !m.stepUp && m.score > senior.score).length).toBeGreaterThan(1);
		expect(ups.direct[0]!.map((m) => m.to)).toEqual([2]);
	});

	it('never bridges to a stop its own lines already reach', () => {
		for (const l of net.lines)
			l.stops.forEach((a, i) => {
				for (const b of l.stops.slice(i + 1)) expect(net.bridges[a]!.some((m) => m.to === b)).toBe(false);
			});
	});
});
