import type { StepUp } from './chain-lines';
import type { RelatedOccupation } from './onet-related';

/**
 * Experience months before stepping up into a job zone, when O*NET has no experience data for the
 * occupation; read from Job_Zone_Reference ("a few months" … "more than five years").
 */
const ZONE_DEFAULT_MONTHS: Record<number, number> = { 1: 3, 2: 6, 3: 12, 4: 24, 5: 60 };
/** A hop is never instant, even when O*NET says no related experience is needed. */
const MIN_HOP_MONTHS = 1;

/**
 * Each occupation's best step up: among its related occupations (as O*NET lists them for it), one
 * in a higher job zone — the most related (lowest rank) first, then the smaller zone jump, then
 * the code. Months: the related work experience the next occupation asks for, else its zone's
 * default.
 */
export function onetStepUps(
	stationOf: ReadonlyMap<string, string>,
	related: ReadonlyMap<string, readonly RelatedOccupation[]>,
	zones: ReadonlyMap<string, number>,
	experience: ReadonlyMap<string, number>
): StepUp[] {
	const steps: StepUp[] = [];
	for (const [code, list] of related) {
		const zone = zones.get(code);
		if (zone === undefined || !stationOf.has(code)) continue;
		let best: { code: string; index: number; jump: number } | undefined;
		for (const r of list) {
			const up = zones.get(r.code);
			if (up === undefined || up <= zone || !stationOf.has(r.code)) continue;
			const candidate = { code: r.code, index: r.index, jump: up - zone };
			if (
				!best ||
				candidate.index < best.index ||
				(candidate.index === best.index && (candidate.jump < best.jump || (candidate.jump === best.jump && candidate.code < best.code)))
			)
				best = candidate;
		}
		if (!best) continue;
		const months = experience.get(best.code) ?? ZONE_DEFAULT_MONTHS[zones.get(best.code)!]!;
		steps.push({ from: stationOf.get(code)!, to: stationOf.get(best.code)!, months: Math.max(MIN_HOP_MONTHS, months) });
	}
	return steps;
}
