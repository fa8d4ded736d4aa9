import type { StepUp } from './chain-lines';
import { iscoSkillLevel, sharedIscoDigits } from './isco';
import { forEachOverlap } from './skill-overlap';

/** Share of a station's essential skills the next station must also require ("largely contains"). */
export const DEFAULT_CONTAINMENT = 0.6;
/** Fewer shared essential skills than this is no evidence of a career step, whatever the share. */
export const DEFAULT_MIN_SHARED = 3;

/**
 * Experience months before a step up, by the ISCO skill level stepped up to; ESCO has no
 * experience data. A step within one skill level is a specialisation.
 */
const MONTHS_TO_LEVEL: Record<number, number> = { 2: 12, 3: 24, 4: 36 };
const SPECIALISATION_MONTHS = 12;

export interface EscoStation {
	id: string;
	isco: string;
	essential: readonly string[];
}

export interface EscoStepUpOptions {
	containment?: number;
	minShared?: number;
}

interface Ranked extends EscoStation {
	level: number;
}

/** Strict order "lower than": ISCO skill level, then fewer essential skills, then id. Steps only go up it, so no cycles. */
function below(a: Ranked, b: Ranked): boolean {
	if (a.level !== b.level) return a.level < b.level;
	if (a.essential.length !== b.essential.length) return a.essential.length < b.essential.length;
	return a.id < b.id;
}

/**
 * Each station's best step up: a station higher in (ISCO skill level, number of essential skills)
 * whose essential skills contain at least `containment` of this station's. Among several, the
 * closest in the ISCO hierarchy wins (same unit group, then minor, sub-major, major group), then
 * the larger containment, then the smaller next station (the nearest next step), then the id.
 */
export function escoStepUps(stations: readonly EscoStation[], options: EscoStepUpOptions = {}): StepUp[] {
	const containment = options.containment ?? DEFAULT_CONTAINMENT;
	const ranked: Ranked[] = stations.flatMap((s) => {
		const level = iscoSkillLevel(s.isco);
		return level === undefined ? [] : [{ ...s, level }];
	});
	const best = new Map<number, { to: number; shared: number; contains: number }>();
	const better = (from: Ranked, x: { to: number; contains: number }, y: { to: number; contains: number }) => {
		const a = ranked[x.to]!;
		const b = ranked[y.to]!;
		const da = sharedIscoDigits(from.isco, a.isco);
		const db = sharedIscoDigits(from.isco, b.isco);
		if (da !== db) return da > db;
		if (x.contains !== y.contains) return x.contains > y.contains;
		if (a.essential.length !== b.essential.length) return a.essential.length < b.essential.length;
		return a.id < b.id;
	};
	const consider = (from: number, to: number, shared: number) => {
		const f = ranked[from]!;
		if (!below(f, ranked[to]!)) return;
		const t = ranked[to]!;
		const contains = shared / f.essential.length;
		if (contains < containment) return;
		// Two stations that largely contain each other are peers (a bridge), not a step up.
		if (t.level === f.level && shared / t.essential.length >= containment) return;
		const current = best.get(from);
		const candidate = { to, shared, contains };
		if (!current || better(f, candidate, current)) best.set(from, candidate);
	};
	forEachOverlap(
		ranked.map((s) => s.essential),
		(a, b, shared) => {
			consider(a, b, shared);
			consider(b, a, shared);
		},
		options.minShared ?? DEFAULT_MIN_SHARED
	);
	return [...best].map(([from, { to }]) => {
		const f = ranked[from]!;
		const t = ranked[to]!;
		return { from: f.id, to: t.id, months: t.level > f.level ? MONTHS_TO_LEVEL[t.level]! : SPECIALISATION_MONTHS };
	});
}
