import { CoverPlanner } from './cover';
import type { PreparedNetwork } from './network';
import { WEEKS_PER_MONTH, type RouteQuery } from './query';

/*
 * The hop rules written out plainly, for brute forces in tests to price a path with: maps, not
 * bitsets; one path at a time, no pruning; each of a hop's equally cheap covers tried. Only the
 * module cover is shared with the engine — its rules have their own unit tests.
 */

/** What a query says about the traveller (a route query, or anything with the same fields). */
export type Traveller = Pick<RouteQuery, 'holds' | 'certificates' | 'organisation' | 'hoursPerWeek' | 'includeOptional' | 'holdsOriginSkills'>;

export interface Criteria {
	months: number;
	hours: number;
	money: number;
	transfers: number;
	gap: number;
}

/** One move of a brute-force path: to station `to` by riding `line` (or a bridge, line -1). */
export interface Move {
	to: number;
	line: number;
	experience: number;
	/** The modules the route took on this hop, to pick among equally cheap covers; any when absent. */
	modules?: readonly string[];
}

/** What the traveller holds before the first hop, by item index. */
export function startHolding(net: PreparedNetwork, q: Traveller, from: number): Map<number, number> {
	const held = new Map<number, number>();
	const hold = (item: number, level: number) => held.set(item, Math.max(held.get(item) ?? 0, level));
	for (const h of q.holds ?? []) {
		const item = net.skillIndex.get(h.skill);
		if (item !== undefined) hold(item, h.level);
	}
	for (const c of q.certificates ?? []) {
		const item = net.certificateIndex.get(c);
		if (item !== undefined) hold(item, 1);
	}
	if (q.holdsOriginSkills ?? true)
		for (let r = net.reqStart[from]!; r < net.reqStart[from + 1]!; r++)
			if (q.includeOptional || net.reqEssential[r]) hold(net.reqItem[r]!, net.reqLevel[r]!);
	return held;
}

/** Prices a path hop by hop, the plain way: once per choice among equally cheap covers. */
export function price(net: PreparedNetwork, q: Traveller, from: number, to: number, moves: Move[], transfers: number): Criteria[] {
	const planner = new CoverPlanner(net, q.organisation ? (net.organisationIndex.get(q.organisation) ?? -1) : -1);
	const destination = net.salary[to]!;
	const out: Criteria[] = [];
	const go = (i: number, at: number, held: Map<number, number>, c: Criteria): void => {
		if (i === moves.length) {
			out.push(c);
			return;
		}
		const m = moves[i]!;
		const missing: number[] = [];
		for (let r = net.reqStart[m.to]!; r < net.reqStart[m.to + 1]!; r++)
			if ((q.includeOptional || net.reqEssential[r]) && (held.get(net.reqItem[r]!) ?? 0) < net.reqLevel[r]!) missing.push(r);
		for (const cover of planner.covers(m.to, Int32Array.from(missing), missing.length)) {
			const ids = Array.from(cover.modules, (x) => net.moduleIds[x]!);
			if (m.modules && ids.join() !== m.modules.join()) continue;
			const months = Math.max(m.experience, cover.hours / ((q.hoursPerWeek ?? 8) * WEEKS_PER_MONTH));
			const pay = Number.isNaN(net.salary[at]!) ? 0 : net.salary[at]!;
			const next = new Map(held);
			const hold = (item: number, level: number) => next.set(item, Math.max(next.get(item) ?? 0, level));
			for (const r of missing) hold(net.reqItem[r]!, net.reqLevel[r]!);
			for (const mod of cover.modules)
				for (let k = net.teachStart[mod]!; k < net.teachStart[mod + 1]!; k++) hold(net.teachItem[k]!, net.teachLevel[k]!);
			go(i + 1, m.to, next, {
				months: c.months + months,
				hours: c.hours + cover.hours,
				money: c.money + cover.price,
				transfers,
				gap: Number.isNaN(destination) ? 0 : c.gap + (destination - pay) * months
			});
		}
	};
	go(0, from, startHolding(net, q, from), { months: 0, hours: 0, money: 0, transfers, gap: 0 });
	return out;
}
