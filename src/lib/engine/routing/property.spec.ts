import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	planRoutes,
	prepareNetwork,
	type PreparedNetwork,
	type Route,
	type RouteQuery,
	type RouteResult,
	type RoutingNetworkData
} from './index';
import { arbNetwork, SKILLS } from '$lib/test-support/arb-routing-network';
import { price, startHolding, type Criteria, type Move } from './plain-pricing.fixture';

/*
 * Properties on small generated networks. The brute force below enumerates every simple path
 * the query allows (bridges may follow each other; no station above the destination's pay; no
 * backward ride or pay cut unless allowed) and prices it with the same hop rules, written out
 * plainly (plain-pricing.fixture.ts: maps, not bitsets; one path at a time, no pruning), trying
 * each of a hop's equally cheap covers. Only the module cover is shared with the engine — its
 * rules have their own unit tests, and the exhaustive seed test (seed-exhaustive.spec.ts)
 * checks it independently.
 */


function arbQuery(data: RoutingNetworkData): fc.Arbitrary<RouteQuery> {
	const ids = data.stations.map((s) => s.id);
	const lines = data.lines.map((l) => l.id);
	return fc
		.record({
			from: fc.constantFrom(...ids),
			to: fc.constantFrom(...ids),
			via: fc.option(fc.constantFrom(...ids), { freq: 3 }),
			avoidStations: fc.option(fc.constantFrom(...ids), { freq: 4 }),
			avoidLines: fc.option(fc.constantFrom(...lines), { freq: 4 }),
			holds: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 3 }) }), {
				selector: (h) => h.skill,
				maxLength: 2
			}),
			certificates: fc.subarray(['c0']),
			organisation: fc.constantFrom(null, 'o1'),
			hoursPerWeek: fc.constantFrom(4, 8, 20),
			maxTransfers: fc.constantFrom(0, 1, 2, 2, 3, 3),
			allowBackwards: fc.boolean(),
			includeOptional: fc.boolean(),
			holdsOriginSkills: fc.boolean(),
			k: fc.constant(20)
		})
		.filter((q) => q.from !== q.to && q.via !== q.from && q.via !== q.to)
		.map(({ via, avoidStations, avoidLines, ...q }) => ({
			...q,
			via: via === null ? [] : [via],
			avoidStations: avoidStations === null ? [] : [avoidStations],
			avoidLines: avoidLines === null ? [] : [avoidLines]
		}));
}

const arbCase = arbNetwork.chain((data) => fc.tuple(fc.constant(data), arbQuery(data)));

/** The alternatives and their variants. */
function everyRoute(result: RouteResult): Route[] {
	return result.routes.flatMap((r) => [r, ...r.variants]);
}

function criteriaOf(r: Route): Criteria {
	const t = r.totals;
	return {
		months: t.months,
		hours: t.studyHours,
		money: t.money,
		transfers: t.transfers,
		gap: t.finalSalary === null ? 0 : t.finalSalary * t.months - t.earnings
	};
}

const KEYS = ['months', 'hours', 'money', 'transfers', 'gap'] as const;
const tolerance = (x: number, y: number) => 1e-7 * Math.max(1, Math.abs(x), Math.abs(y));

/** a at least as good everywhere and clearly better somewhere (float noise is not "better"). */
function dominates(a: Criteria, b: Criteria): boolean {
	let better = false;
	for (const k of KEYS) {
		if (a[k] > b[k] + tolerance(a[k], b[k])) return false;
		if (a[k] < b[k] - tolerance(a[k], b[k])) better = true;
	}
	return better;
}

/** Every simple path the query allows, priced. */
function bruteForce(net: PreparedNetwork, q: RouteQuery): { criteria: Criteria; stations: number[] }[] {
	const idx = (id: string) => net.stationIndex.get(id)!;
	const from = idx(q.from);
	const to = idx(q.to);
	const via = (q.via ?? []).map(idx);
	const avoidS = new Set((q.avoidStations ?? []).map(idx));
	const avoidL = new Set((q.avoidLines ?? []).map((l) => net.lineIndex.get(l)!));
	const maxTransfers = q.maxTransfers ?? 3;
	const found: { criteria: Criteria; stations: number[] }[] = [];
	if (avoidS.has(from) || avoidS.has(to) || via.some((v) => avoidS.has(v))) return found;
	const lineStops = net.lineIds.map((_, l) =>
		Array.from(net.stopStation.subarray(net.lineStart[l]!, net.lineStart[l + 1]!))
	);
	const lineMonths = net.lineIds.map((_, l) => Array.from(net.stopMonths.subarray(net.lineStart[l]!, net.lineStart[l + 1]!)));
	const bridges: [number, number, number][] = [];
	for (let x = 0; x < net.stationIds.length; x++)
		for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++) bridges.push([x, net.bridgeTo[b]!, net.bridgeMonths[b]!]);

	type Last = { kind: 'origin' } | { kind: 'bridge' } | { kind: 'ride'; line: number; dir: number };
	const path: number[] = [from];
	const moves: Move[] = [];
	// No station paying more than the destination; no pay cut unless setbacks are allowed, where
	// the start counts at the destination's pay when that is lower (the traveller chose that drop).
	const top = net.salary[to]!;
	const above = (y: number) => y !== from && net.salary[y]! > top;
	const payAt = (x: number) => (x === from && !Number.isNaN(top) ? Math.min(net.salary[x]!, top) : net.salary[x]!);
	const cut = (x: number, y: number) => !q.allowBackwards && net.salary[y]! < payAt(x);
	const step = (y: number, move: Move, transfers: number, progress: number, last: Last) => {
		if (path.includes(y) || avoidS.has(y) || above(y) || cut(path.at(-1)!, y) || transfers > maxTransfers) return;
		const p = progress < via.length && via[progress] === y ? progress + 1 : progress;
		path.push(y);
		moves.push(move);
		if (y === to) {
			if (p === via.length) for (const criteria of price(net, q, from, to, moves, transfers)) found.push({ criteria, stations: [...path] });
		} else walk(y, transfers, p, last);
		path.pop();
		moves.pop();
	};
	const walk = (x: number, transfers: number, progress: number, last: Last): void => {
		for (let l = 0; l < lineStops.length; l++) {
			if (avoidL.has(l)) continue;
			const at = lineStops[l]!.indexOf(x);
			if (at < 0) continue;
			for (const dir of q.allowBackwards ? [1, -1] : [1]) {
				const riding = last.kind === 'ride' && last.line === l;
				if (riding && last.dir !== dir) continue;
				const next = at + dir;
				if (next < 0 || next >= lineStops[l]!.length) continue;
				const experience = dir === 1 ? lineMonths[l]![next]! : lineMonths[l]![at]!;
				const t = riding ? transfers : transfers + (last.kind === 'ride' ? 1 : 0);
				step(lineStops[l]![next]!, { to: lineStops[l]![next]!, line: l, experience }, t, progress, { kind: 'ride', line: l, dir });
			}
		}
		for (const [a, b, months] of bridges)
			if (a === x) step(b, { to: b, line: -1, experience: months }, transfers + 1, progress, { kind: 'bridge' });
	};
	walk(from, 0, 0, { kind: 'origin' });
	return found;
}

/** Checks a route against the network and the query; returns the first problem found. */
function problemWith(route: Route, data: RoutingNetworkData, net: PreparedNetwork, q: RouteQuery): string | null {
	const lines = new Map(data.lines.map((l) => [l.id, l]));
	const s = route.stations;
	if (s[0] !== q.from || s.at(-1) !== q.to) return 'does not run from → to';
	if (new Set(s).size !== s.length) return 'visits a station twice';
	if (route.hops.length !== s.length - 1) return 'hops do not match stations';
	const avoidS = new Set(q.avoidStations ?? []);
	if (s.some((x) => avoidS.has(x))) return 'passes an avoided station';
	let viaAt = 0;
	for (const x of s) if (x === (q.via ?? [])[viaAt]) viaAt++;
	if (viaAt !== (q.via ?? []).length) return 'misses a via station';
	for (const [i, h] of route.hops.entries()) {
		if (h.from !== s[i] || h.to !== s[i + 1]) return `hop ${i} does not join its stations`;
		if (h.line === null) {
			const ok = (data.bridges ?? []).some((b) => (b.from === h.from && b.to === h.to) || (b.from === h.to && b.to === h.from));
			if (!ok) return `hop ${i} walks a bridge that does not exist`;
			continue;
		}
		if ((q.avoidLines ?? []).includes(h.line)) return 'rides an avoided line';
		const stops = lines.get(h.line)!.stops;
		const d = stops.indexOf(h.to) - stops.indexOf(h.from);
		if (stops.indexOf(h.from) < 0 || Math.abs(d) !== 1) return `hop ${i} is not two consecutive stops of ${h.line}`;
		if ((d === 1) !== (h.direction === 'forward')) return `hop ${i} has the wrong direction`;
		if (d === -1 && !q.allowBackwards) return `hop ${i} rides backwards`;
	}
	for (const leg of route.legs) {
		const stops = lines.get(leg.line)!.stops;
		const start = stops.indexOf(leg.from);
		const dir = leg.direction === 'forward' ? 1 : -1;
		if (!leg.stops.every((x, j) => stops[start + j * dir] === x)) return `leg on ${leg.line} does not follow the line`;
		if (leg.stops.at(-1) !== leg.to) return 'leg does not end at its to';
	}
	for (const t of route.transfers) {
		if (t.bridge !== null) continue;
		if (!lines.get(t.fromLine!)!.stops.includes(t.at) || !lines.get(t.toLine!)!.stops.includes(t.at))
			return `transfer at ${t.at} is not served by both lines`;
	}
	if (route.transfers.length !== route.totals.transfers) return 'transfer count does not match';
	const top = data.stations.find((x) => x.id === q.to)!.salaryMedian;
	const pay = new Map(data.stations.map((x) => [x.id, x.salaryMedian]));
	if (top !== null && s.slice(1).some((x) => (pay.get(x) ?? -Infinity) > top)) return 'climbs above the destination';
	const marked = route.setbacks.map((b) => `${b.kind}:${b.hop}`).join();
	const setbacks: string[] = [];
	route.hops.forEach((h, i) => {
		if (h.direction === 'backward') setbacks.push(`backward-ride:${i}`);
		const own = pay.get(h.from) ?? null;
		const before = i === 0 && own !== null && top !== null ? Math.min(own, top) : own;
		const after = pay.get(h.to) ?? null;
		if (before !== null && after !== null && after < before) setbacks.push(`pay-cut:${i}`);
	});
	if (marked !== setbacks.join()) return `setbacks marked ${marked}, taken ${setbacks.join()}`;
	const drops = (h: Route['hops'][number]) => pay.get(h.from) != null && pay.get(h.to) != null && pay.get(h.to)! < pay.get(h.from)!;
	if (route.hops.some((h) => h.payCut !== drops(h))) return 'a hop says pay cut where pay does not drop, or the other way round';
	if (setbacks.length > 0 && !q.allowBackwards) return 'takes a setback the query does not allow';
	if (route.totals.transfers > (q.maxTransfers ?? 3)) return 'too many transfers';
	const sum = (f: (h: Route['hops'][number]) => number) => route.hops.reduce((a, h) => a + f(h), 0);
	if (sum((h) => h.months) !== route.totals.months) return 'months do not add up';
	if (sum((h) => h.studyHours) !== route.totals.studyHours) return 'study hours do not add up';
	if (sum((h) => h.money) !== route.totals.money) return 'money does not add up';
	if (sum((h) => h.earnings) !== route.totals.earnings) return 'earnings do not add up';
	for (const h of route.hops) {
		if (h.studyHours !== h.modules.reduce((a, m) => a + m.hours, 0)) return 'hop hours are not its modules';
		if (h.money !== h.modules.reduce((a, m) => a + m.price, 0)) return 'hop money is not its modules';
	}
	// Never pay twice: replay what is held; nothing learned may be held already at that level.
	const held = startHolding(net, q, net.stationIndex.get(q.from)!);
	const modules = new Set<string>();
	for (const h of route.hops) {
		for (const l of h.skillsLearned) {
			const item = net.skillIndex.get(l.skill)!;
			if ((held.get(item) ?? 0) >= l.level) return `skill ${l.skill} paid twice`;
		}
		for (const c of h.certificatesEarned) if (held.has(net.certificateIndex.get(c.certificate)!)) return `certificate ${c.certificate} paid twice`;
		for (const m of h.modules) {
			if (modules.has(m.id)) return `module ${m.id} paid twice`;
			modules.add(m.id);
		}
		for (const l of h.skillsLearned) held.set(net.skillIndex.get(l.skill)!, Math.max(held.get(net.skillIndex.get(l.skill)!) ?? 0, l.level));
		for (const c of h.certificatesEarned) held.set(net.certificateIndex.get(c.certificate)!, 1);
		for (const m of h.modules) {
			const i = net.moduleIds.indexOf(m.id);
			for (let k = net.teachStart[i]!; k < net.teachStart[i + 1]!; k++)
				held.set(net.teachItem[k]!, Math.max(held.get(net.teachItem[k]!) ?? 0, net.teachLevel[k]!));
		}
	}
	return null;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
	const out = [...xs];
	let a = seed >>> 0;
	for (let i = out.length - 1; i > 0; i--) {
		a = (Math.imul(a, 1103515245) + 12345) >>> 0;
		const j = a % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

// ROUTING_PROPERTY_RUNS=5000 for a deeper local hunt; the default keeps the suite at seconds.
const RUNS = { numRuns: Number(process.env.ROUTING_PROPERTY_RUNS ?? 150) };

describe('routes on generated networks', () => {
	it('the generated cases exercise transfers, bridges, modules and alternatives', () => {
		const cases = fc.sample(arbCase, { numRuns: 250, seed: 7 });
		const results = cases.map(([data, q]) => planRoutes(prepareNetwork(data), q));
		const share = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length / results.length;
		expect(share((r) => r.routes.length > 0)).toBeGreaterThan(0.15);
		// Pay cuts need setbacks allowed, so fewer random networks have several routes than before.
		expect(share((r) => everyRoute(r).length > 1)).toBeGreaterThan(0.05);
		expect(share((r) => everyRoute(r).some((x) => x.setbacks.length > 0))).toBeGreaterThan(0.03);
		expect(share((r) => everyRoute(r).some((x) => x.hops.some((h, i) => h.line === null && x.hops[i + 1]?.line === null)))).toBeGreaterThan(0);
		expect(share((r) => r.routes.some((x) => x.transfers.some((t) => t.bridge === null)))).toBeGreaterThan(0.03);
		expect(share((r) => r.routes.some((x) => x.transfers.some((t) => t.bridge !== null)))).toBeGreaterThan(0.03);
		expect(share((r) => r.routes.some((x) => x.hops.some((h) => h.modules.length > 1)))).toBeGreaterThan(0.01);
		expect(share((r) => r.routes.some((x) => x.hops.some((h) => h.untaught.length > 0)))).toBeGreaterThan(0.05);
		expect(share((r) => r.reason !== null)).toBeGreaterThan(0.3);
	});

	it('every returned route is valid', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const net = prepareNetwork(data);
				for (const route of everyRoute(planRoutes(net, q))) expect(problemWith(route, data, net, q)).toBeNull();
			}),
			RUNS
		);
	});

	it('prices each route exactly as the plain hop-by-hop rules do', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const net = prepareNetwork(data);
				for (const route of everyRoute(planRoutes(net, q))) {
					const moves: Move[] = route.hops.map((h) => ({
						to: net.stationIndex.get(h.to)!,
						line: h.line === null ? -1 : net.lineIndex.get(h.line)!,
						experience: h.experienceMonths,
						modules: h.modules.map((m) => m.id)
					}));
					const priced = price(net, q, net.stationIndex.get(q.from)!, net.stationIndex.get(q.to)!, moves, route.totals.transfers);
					expect(priced).toHaveLength(1);
					const expected = priced[0]!;
					const got = criteriaOf(route);
					for (const k of KEYS) expect(Math.abs(got[k] - expected[k])).toBeLessThanOrEqual(tolerance(got[k], expected[k]));
				}
			}),
			RUNS
		);
	});

	it('returned routes do not dominate each other', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const routes = everyRoute(planRoutes(prepareNetwork(data), q)).map(criteriaOf);
				for (const a of routes) for (const b of routes) expect(dominates(a, b)).toBe(false);
			}),
			RUNS
		);
	});

	it('no returned route is dominated by any simple path a brute force finds, and none is missed', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const net = prepareNetwork(data);
				const result = planRoutes(net, q);
				const all = bruteForce(net, q);
				expect(result.routes.length > 0).toBe(all.length > 0);
				if (all.length === 0) expect(result.reason).not.toBeNull();
				for (const route of everyRoute(result)) {
					const mine = criteriaOf(route);
					const better = all.find((b) => dominates(b.criteria, mine));
					expect(better?.stations.map((s) => net.stationIds[s])).toBeUndefined();
				}
			}),
			RUNS
		);
	});

	it('is deterministic: same question twice, or the same network listed in another order', () => {
		fc.assert(
			fc.property(arbCase, fc.integer(), ([data, q], seed) => {
				const net = prepareNetwork(data);
				const first = planRoutes(net, q);
				expect(planRoutes(net, q)).toEqual(first);
				const reordered: RoutingNetworkData = {
					stations: shuffled(data.stations, seed),
					lines: shuffled(data.lines, seed + 1),
					modules: shuffled(data.modules, seed + 2),
					bridges: shuffled(data.bridges ?? [], seed + 3)
				};
				expect(planRoutes(prepareNetwork(reordered), q)).toEqual(first);
			}),
			{ numRuns: 100 }
		);
	});
});
