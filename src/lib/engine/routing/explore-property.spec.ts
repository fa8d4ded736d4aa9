import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explore, prepareNetwork, type ExploreQuery, type PreparedNetwork, type RoutingNetworkData } from './index';
import { arbNetwork, SKILLS } from '$lib/test-support/arb-routing-network';
import { price, type Move } from './plain-pricing.fixture';

/*
 * The reach search against a brute force on small generated networks. The brute force walks
 * every simple path from the start the rules allow (lines forwards, backwards only with
 * setbacks; bridges, chained, each a transfer, boarding after one free; no pay cut without
 * setbacks; at most maxTransfers), prices each the plain way (plain-pricing.fixture.ts, every
 * equally cheap cover) and counts a path for the station it ends at when it fits both budgets
 * and passed no station paying more than that one.
 */


function arbQuery(data: RoutingNetworkData): fc.Arbitrary<ExploreQuery> {
	return fc.record({
		from: fc.constantFrom(...data.stations.map((s) => s.id)),
		months: fc.constantFrom(0, 6, 12, 24, 36, 60, 600),
		hours: fc.constantFrom(0, 10, 40, 100, 250, 100_000),
		holds: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 3 }) }), {
			selector: (h) => h.skill,
			maxLength: 2
		}),
		certificates: fc.subarray(['c0']),
		organisation: fc.constantFrom(null, 'o1'),
		hoursPerWeek: fc.constantFrom(4, 8, 20),
		maxTransfers: fc.constantFrom(0, 1, 2, 3),
		allowBackwards: fc.boolean(),
		includeOptional: fc.boolean(),
		holdsOriginSkills: fc.boolean()
	});
}

const arbCase = arbNetwork.chain((data) => fc.tuple(fc.constant(data), arbQuery(data)));

const tolerance = (x: number, y: number) => 1e-7 * Math.max(1, Math.abs(x), Math.abs(y));
const fits = (value: number, budget: number) => value <= budget + tolerance(value, budget);

/** The experience months of one move, as the network gives them (a line hop or a bridge). */
function moveTo(net: PreparedNetwork, x: number, y: number, line: number): Move {
	if (line < 0) {
		for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++)
			if (net.bridgeTo[b] === y) return { to: y, line, experience: net.bridgeMonths[b]! };
		throw new Error(`no bridge ${x} → ${y}`);
	}
	const stops = Array.from(net.stopStation.subarray(net.lineStart[line]!, net.lineStart[line + 1]!));
	const months = net.stopMonths.subarray(net.lineStart[line]!, net.lineStart[line + 1]!);
	const i = stops.indexOf(x);
	const j = stops.indexOf(y);
	if (i < 0 || Math.abs(i - j) !== 1) throw new Error(`no hop ${x} → ${y} on line ${line}`);
	return { to: y, line, experience: j > i ? months[j]! : months[i]! };
}

/** Per station: the fewest months of any allowed path ending there within both budgets. */
function bruteForce(net: PreparedNetwork, q: ExploreQuery): Map<number, number> {
	const from = net.stationIndex.get(q.from)!;
	const maxTransfers = q.maxTransfers ?? 3;
	const backwards = q.allowBackwards ?? false;
	const pay = net.salary;
	const best = new Map<number, number>();
	const path = [from];
	const moves: Move[] = [];
	type Last = { kind: 'origin' | 'bridge' } | { kind: 'ride'; line: number; dir: number };
	const step = (y: number, move: Move, transfers: number, last: Last) => {
		const x = path.at(-1)!;
		if (path.includes(y) || transfers > maxTransfers || (!backwards && pay[y]! < pay[x]!)) return;
		path.push(y);
		moves.push(move);
		const climbed = path.slice(1, -1).some((s) => pay[s]! > pay[y]!);
		if (!climbed)
			for (const c of price(net, q, from, y, moves, transfers))
				if (fits(c.months, q.months) && fits(c.hours, q.hours)) best.set(y, Math.min(best.get(y) ?? Infinity, c.months));
		walk(y, transfers, last);
		path.pop();
		moves.pop();
	};
	const walk = (x: number, transfers: number, last: Last): void => {
		for (let l = 0; l < net.lineIds.length; l++) {
			const stops = Array.from(net.stopStation.subarray(net.lineStart[l]!, net.lineStart[l + 1]!));
			const at = stops.indexOf(x);
			if (at < 0) continue;
			for (const dir of backwards ? [1, -1] : [1]) {
				const riding = last.kind === 'ride' && last.line === l;
				if (riding && last.dir !== dir) continue;
				const next = stops[at + dir];
				if (next === undefined) continue;
				const t = riding ? transfers : transfers + (last.kind === 'ride' ? 1 : 0);
				step(next, moveTo(net, x, next, l), t, { kind: 'ride', line: l, dir });
			}
		}
		for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++)
			step(net.bridgeTo[b]!, moveTo(net, x, net.bridgeTo[b]!, -1), transfers + 1, { kind: 'bridge' });
	};
	walk(from, 0, { kind: 'origin' });
	return best;
}

const RUNS = { numRuns: Number(process.env.ROUTING_PROPERTY_RUNS ?? 150) };

describe('reach on generated networks', () => {
	it('the generated cases reach some stations and miss others, by budget, transfers and setbacks', () => {
		const results = fc.sample(arbCase, { numRuns: 250, seed: 11 }).map(([data, q]) => explore(prepareNetwork(data), q));
		const share = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length / results.length;
		expect(share((r) => r.destinations.length > 0)).toBeGreaterThan(0.3);
		expect(share((r) => r.destinations.length === 0)).toBeGreaterThan(0.1);
		expect(share((r) => r.destinations.some((d) => d.transfers > 0))).toBeGreaterThan(0.05);
		expect(share((r) => r.destinations.some((d) => d.lines.includes(null)))).toBeGreaterThan(0.03);
		expect(share((r) => r.destinations.some((d) => d.studyHours > 0))).toBeGreaterThan(0.05);
		expect(share((r) => r.destinations.some((d) => (d.payGain ?? 0) < 0))).toBeGreaterThan(0.02);
	});

	it('every reported station has a route within both budgets, priced as the plain rules do', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const net = prepareNetwork(data);
				const maxTransfers = q.maxTransfers ?? 3;
				for (const d of explore(net, q).destinations) {
					expect(d.stations[0]).toBe(q.from);
					expect(d.stations.at(-1)).toBe(d.station);
					expect(new Set(d.stations).size).toBe(d.stations.length);
					expect(d.transfers).toBeLessThanOrEqual(maxTransfers);
					const at = d.stations.map((s) => net.stationIndex.get(s)!);
					const moves = d.lines.map((line, i) => moveTo(net, at[i]!, at[i + 1]!, line === null ? -1 : net.lineIndex.get(line)!));
					const priced = price(net, q, at[0]!, at.at(-1)!, moves, d.transfers);
					const same = priced.find((c) => Math.abs(c.months - d.months) <= tolerance(c.months, d.months) && Math.abs(c.hours - d.studyHours) <= tolerance(c.hours, d.studyHours));
					expect(same).toBeDefined();
					expect(fits(d.months, q.months) && fits(d.studyHours, q.hours)).toBe(true);
				}
			}),
			RUNS
		);
	});

	it('misses no station a brute force reaches within the budgets, and finds its fastest route', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const net = prepareNetwork(data);
				const brute = bruteForce(net, q);
				const found = new Map(explore(net, q).destinations.map((d) => [net.stationIndex.get(d.station)!, d.months]));
				expect([...found.keys()].sort()).toEqual([...brute.keys()].sort());
				for (const [station, months] of brute) expect(Math.abs(found.get(station)! - months)).toBeLessThanOrEqual(tolerance(months, months));
			}),
			RUNS
		);
	});

	it('is deterministic: the same network listed in another order gives the same answer', () => {
		fc.assert(
			fc.property(arbCase, ([data, q]) => {
				const first = explore(prepareNetwork(data), q);
				const reversed: RoutingNetworkData = {
					stations: [...data.stations].reverse(),
					lines: [...data.lines].reverse(),
					modules: [...data.modules].reverse(),
					bridges: [...(data.bridges ?? [])].reverse()
				};
				expect(explore(prepareNetwork(reversed), q)).toEqual(first);
			}),
			{ numRuns: 60 }
		);
	});
});
