import { describe, expect, it } from 'vitest';
import { prepareNetwork, WEEKS_PER_MONTH, type RoutingNetworkData } from '$lib/engine/routing';
import { resolveQuery } from '$lib/engine/routing/query';
import { search } from '$lib/engine/routing/search';
import { DEFAULT_BRIDGE_THRESHOLD, deriveBridges, RECOMMENDED_BRIDGE_THRESHOLD } from '../import/bridges';
import { loadSeedDirectory } from '../seed/load';
import { toRoutingData } from './routing-data';

/*
 * Every ordered pair of seed stations, forward and with setbacks allowed, against a brute force
 * written apart from the engine under the rules README.md documents (the planner section):
 *
 * - a hop to station y charges y's essential skills (at their level) and certificates the
 *   traveller does not hold yet; the traveller starts holding what their own job requires;
 * - the missing ones are covered by the public modules with the fewest hours, then the least
 *   money (every such cover is tried); a module covers a skill it teaches at the level or
 *   higher, and a certificate it awards; what no module covers is learned on the job, free;
 * - after the hop the traveller holds what was missing and all the chosen modules taught;
 * - months = max(experience months, study hours ÷ 8 h per week ÷ 4.33); pay gap = Σ (the
 *   destination's median − the median of the job worked) × months;
 * - routes are simple paths of rides (a line to its next stop; backwards only with setbacks
 *   allowed) and bridges, which may follow each other; a bridge is a transfer and the boarding
 *   after it free, changing lines at a station is a transfer; at most 3 transfers;
 * - no station after the start pays more than the destination; without setbacks, no hop goes
 *   to a job that pays less, where the start counts at the destination's pay when that is lower
 *   (the traveller chose that drop).
 *
 * It walks every such path once per start (sharing prefixes), keeps what each path would cost
 * to each station it reaches, and compares the Pareto front per destination with the engine's
 * whole front (its search targets, before the planner picks k to show). Covers are memoised.
 */

const content = loadSeedDirectory('graph-seed').content;
const data: RoutingNetworkData = toRoutingData(content, {
	bridges: deriveBridges(content, RECOMMENDED_BRIDGE_THRESHOLD.seed ?? DEFAULT_BRIDGE_THRESHOLD)
});
const MAX_TRANSFERS = 3;
const HOURS_PER_WEEK = 8;

type Vector = [months: number, hours: number, money: number, transfers: number, gap: number];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const sameVector = (a: Vector, b: Vector) => a.every((x, i) => close(x, b[i]!));
/** a at least as good everywhere and better somewhere, ignoring float noise. */
function dominates(a: Vector, b: Vector): boolean {
	let better = false;
	for (let i = 0; i < 5; i++) {
		if (a[i]! > b[i]! && !close(a[i]!, b[i]!)) return false;
		if (a[i]! < b[i]! && !close(a[i]!, b[i]!)) better = true;
	}
	return better;
}
function front(vectors: Vector[]): Vector[] {
	const out: Vector[] = [];
	for (const v of vectors) {
		if (vectors.some((w) => dominates(w, v))) continue;
		if (!out.some((w) => sameVector(w, v))) out.push(v);
	}
	return out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3] || a[4] - b[4]);
}

// ---- the brute force: plain maps and strings, nothing from the engine ----

const stationById = new Map(data.stations.map((s) => [s.id, s]));
const pay = (id: string) => stationById.get(id)!.salaryMedian;
/** What a traveller holds: "skill:<id>" → level, "cert:<id>" → 1. */
type Held = ReadonlyMap<string, number>;
const needs = (id: string): [string, number][] => {
	const s = stationById.get(id)!;
	return [...s.requires.filter((r) => r.essential).map((r): [string, number] => [`skill:${r.skill}`, r.level]), ...(s.certificates ?? []).map((c): [string, number] => [`cert:${c}`, 1])];
};
const publicModules = data.modules.filter((m) => m.organisation === null);
const gives = new Map(publicModules.map((m) => [m.id, [...m.teaches.map((t): [string, number] => [`skill:${t.skill}`, t.level]), ...(m.awards ?? []).map((c): [string, number] => [`cert:${c}`, 1])]]));
const moduleById = new Map(publicModules.map((m) => [m.id, m]));
const teachers = (need: [string, number]) => publicModules.filter((m) => gives.get(m.id)!.some(([item, level]) => item === need[0] && level >= need[1])).map((m) => m.id);

interface Cover {
	hours: number;
	money: number;
	modules: string[];
}
const coverMemo = new Map<string, Cover[]>();
/** All cheapest covers (hours, then money) of the missing needs. */
function covers(missing: [string, number][]): Cover[] {
	const coverable = missing.filter((n) => teachers(n).length > 0);
	const key = coverable.map(([i, l]) => `${i}@${l}`).join('|');
	const memo = coverMemo.get(key);
	if (memo) return memo;
	let best: Cover[] = [];
	let bestHours = Infinity;
	const seen = new Set<string>();
	const go = (chosen: string[], hours: number) => {
		if (hours > bestHours && !close(hours, bestHours)) return;
		const open = coverable.find((n) => !chosen.some((m) => gives.get(m)!.some(([i, l]) => i === n[0] && l >= n[1])));
		if (open === undefined) {
			const modules = [...chosen].sort();
			const id = modules.join();
			if (seen.has(id)) return;
			seen.add(id);
			const money = modules.reduce((sum, m) => sum + moduleById.get(m)!.price, 0);
			const c = { hours, money, modules };
			if (best.length === 0 || hours < bestHours - 1e-9 || (close(hours, bestHours) && money < best[0]!.money - 1e-9)) {
				best = [c];
				bestHours = hours;
			} else if (close(hours, bestHours) && close(money, best[0]!.money)) best.push(c);
			return;
		}
		for (const m of teachers(open)) go([...chosen, m], hours + moduleById.get(m)!.hours);
	};
	go([], 0);
	coverMemo.set(key, best);
	return best;
}

/** A line stop seen from a station: the line, where it is, and the hop months to the neighbours. */
const linesAt = new Map<string, { stops: readonly string[]; months: readonly number[]; at: number; line: string }[]>();
for (const l of data.lines)
	l.stops.forEach((s, at) => linesAt.set(s, [...(linesAt.get(s) ?? []), { stops: l.stops, months: l.hopMonths, at, line: l.id }]));
const bridgesAt = new Map<string, { to: string; months: number }[]>();
for (const b of data.bridges ?? []) {
	bridgesAt.set(b.from, [...(bridgesAt.get(b.from) ?? []), { to: b.to, months: b.months }]);
	bridgesAt.set(b.to, [...(bridgesAt.get(b.to) ?? []), { to: b.from, months: b.months }]);
}

interface Reached {
	months: number;
	hours: number;
	money: number;
	transfers: number;
	/** Σ median of the job worked × months (unknown pay counts 0). */
	earned: number;
	/** Highest known pay of the stations after the start, before this one. */
	highest: number;
	/** Pay of the first stop after the start: whether that hop cuts pay depends on the destination. */
	first: number | null;
}

/** Every route from `from` to every station, as the cost vectors before the destination's pay is known. */
function bruteForceFrom(from: string, setbacks: boolean): Map<string, Reached[]> {
	const reached = new Map<string, Reached[]>();
	const start = new Map<string, number>();
	for (const [item, level] of needs(from)) start.set(item, Math.max(start.get(item) ?? 0, level));
	const path = new Set([from]);
	type Last = { kind: 'start' | 'bridge' } | { kind: 'ride'; line: string; dir: number };
	const step = (x: string, y: string, experience: number, held: Held, r: Reached, transfers: number, last: Last) => {
		if (path.has(y) || transfers > MAX_TRANSFERS) return;
		const px = pay(x);
		const py = pay(y);
		if (!setbacks && x !== from && px !== null && py !== null && py < px) return;
		const missing = needs(y).filter(([item, level]) => (held.get(item) ?? 0) < level);
		for (const c of covers(missing)) {
			const months = Math.max(experience, c.hours / (HOURS_PER_WEEK * WEEKS_PER_MONTH));
			const next = new Map(held);
			const hold = (item: string, level: number) => next.set(item, Math.max(next.get(item) ?? 0, level));
			for (const [item, level] of missing) hold(item, level);
			for (const m of c.modules) for (const [item, level] of gives.get(m)!) hold(item, level);
			const here: Reached = {
				months: r.months + months,
				hours: r.hours + c.hours,
				money: r.money + c.money,
				transfers,
				earned: r.earned + (px ?? 0) * months,
				highest: x === from ? r.highest : Math.max(r.highest, px ?? -Infinity),
				first: x === from ? py : r.first
			};
			reached.set(y, [...(reached.get(y) ?? []), here]);
			path.add(y);
			walk(y, next, here, last);
			path.delete(y);
		}
	};
	const walk = (x: string, held: Held, r: Reached, last: Last) => {
		for (const { stops, months, at, line } of linesAt.get(x) ?? [])
			for (const dir of setbacks ? [1, -1] : [1]) {
				const riding = last.kind === 'ride' && last.line === line;
				if (riding && last.dir !== dir) continue;
				const y = stops[at + dir];
				if (y === undefined) continue;
				const experience = dir === 1 ? months[at]! : months[at - 1]!;
				step(x, y, experience, held, r, riding || last.kind !== 'ride' ? r.transfers : r.transfers + 1, { kind: 'ride', line, dir });
			}
		for (const b of bridgesAt.get(x) ?? []) step(x, b.to, b.months, held, r, r.transfers + 1, { kind: 'bridge' });
	};
	walk(from, start, { months: 0, hours: 0, money: 0, transfers: 0, earned: 0, highest: -Infinity, first: null }, { kind: 'start' });
	return reached;
}

function bruteForceFront(reached: Reached[] | undefined, from: string, to: string, setbacks: boolean): Vector[] {
	const top = pay(to);
	const start = pay(from);
	const floor = start === null || top === null ? start : Math.min(start, top);
	const cutsFirst = (r: Reached) => !setbacks && floor !== null && r.first !== null && r.first < floor;
	const routes = (reached ?? []).filter((r) => (top === null || r.highest <= top) && !cutsFirst(r));
	return front(routes.map((r) => [r.months, r.hours, r.money, r.transfers, top === null ? 0 : top * r.months - r.earned]));
}

// ---- the engine ----

const net = prepareNetwork(data);
function engineFront(from: string, to: string, setbacks: boolean): { front: Vector[]; budgetHits: number; truncated: boolean } {
	const { targets, stats } = search(net, resolveQuery(net, { from, to, allowBackwards: setbacks, maxTransfers: MAX_TRANSFERS, hoursPerWeek: HOURS_PER_WEEK }));
	return {
		front: front(targets.map((t) => [t.months, t.hours, t.money, t.transfers, t.gap])),
		budgetHits: stats.coverBudgetHits,
		truncated: stats.truncated
	};
}

describe('every ordered pair of seed stations against a brute force', () => {
	const stations = data.stations.map((s) => s.id);

	it.each([
		['forward', false],
		['with setbacks allowed', true]
	])('%s: the engine finds exactly the Pareto front of all routes the rules allow', (_, setbacks) => {
		const mismatches: string[] = [];
		let pairs = 0;
		let withRoutes = 0;
		for (const from of stations) {
			const reached = bruteForceFrom(from, setbacks as boolean);
			for (const to of stations) {
				if (to === from) continue;
				pairs++;
				const expected = bruteForceFront(reached.get(to), from, to, setbacks as boolean);
				const got = engineFront(from, to, setbacks as boolean);
				expect(got.truncated).toBe(false);
				expect(got.budgetHits).toBe(0);
				if (expected.length > 0) withRoutes++;
				const same = expected.length === got.front.length && expected.every((v, i) => sameVector(v, got.front[i]!));
				if (!same) mismatches.push(`${from} → ${to}: brute force ${JSON.stringify(expected)}, engine ${JSON.stringify(got.front)}`);
			}
		}
		expect(pairs).toBe(stations.length * (stations.length - 1));
		// The check means something: many pairs have routes (forward fewer: no climb above, no dip below).
		expect(withRoutes).toBeGreaterThan(setbacks ? pairs / 3 : pairs / 10);
		expect(mismatches.slice(0, 5)).toEqual([]);
	});
});
