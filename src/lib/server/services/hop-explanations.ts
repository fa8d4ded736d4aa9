import type { Route } from '$lib/engine/routing';
import { ECTS_HOURS, hopReason, type EducationStep, type HopReason } from '$lib/engine/transitions';
import type { Snapshot } from './snapshot';

/** A hop's effort when part of it is estimated (no module teaches some missing skills). */
export interface HopEstimate {
	readonly hours: number;
	readonly months: number;
	/** null: no source prices learning a skill — shown as "unknown", never as €0. */
	readonly money: number | null;
	readonly estimate: true;
	readonly basis: {
		readonly missingKnowledge: number;
		readonly missingSkills: number;
		readonly experienceMonths: number;
		/** Where the destination's experience, training and education figures come from, when known. */
		readonly source: string | null;
		/** The formal education step in the hours (required levels as O*NET categories); null when none. */
		readonly education: EducationStep | null;
	};
}

export interface HopExplanation {
	readonly reason: HopReason;
	readonly estimate: HopEstimate | null;
}

/**
 * Why each hop of a route exists and what its estimate rests on, from the network itself:
 * the destination's essential skills against the origin's, job zones, pay, and the rule that
 * made the hop (a derived line stop's score, a station's stored move, or a hand-made line).
 */
export function explainHops(snap: Snapshot, route: Route): HopExplanation[] {
	const median = (id: string) => {
		const band = snap.stations.get(id)?.salaryBand;
		return band ? (snap.salaryBands.get(band)?.median ?? null) : null;
	};
	return route.hops.map((hop) => {
		const from = snap.stations.get(hop.from)!;
		const to = snap.stations.get(hop.to)!;
		let evidence: HopReason['evidence'];
		let score: number | null = null;
		if (hop.line !== null) {
			const stop = snap.lines.get(hop.line)?.stops.find((s) => s.station === (hop.direction === 'backward' ? hop.from : hop.to));
			score = stop?.score ?? null;
			evidence = score !== null ? 'step-up' : 'curated-line';
		} else {
			const move = from.moves?.find((m) => m.to === to.id);
			score = move?.score ?? null;
			evidence = move ? 'viable-move' : 'shared-skills';
		}
		const reason = hopReason(
			{ essential: to.requires.filter((r) => r.essential).map((r) => r.skill), jobZone: to.profile?.jobZone ?? null, pay: median(to.id) },
			{ skills: new Set(from.requires.map((r) => r.skill)), jobZone: from.profile?.jobZone ?? null, pay: median(from.id) },
			evidence,
			score
		);
		let estimate: HopEstimate | null = null;
		if (hop.estimatedHours > 0) {
			// The route charges the step from the highest level reached before this hop; the levels
			// shown are that one and the destination's.
			const education =
				hop.educationHours > 0
					? { from: reachedLevel(snap, route, hop.from), to: to.profile!.educationLevel!, ects: hop.educationHours / ECTS_HOURS, hours: hop.educationHours }
					: null;
			const taught = new Set(hop.skillsLearned.filter((s) => s.module !== null).map((s) => s.skill));
			const untaught = hop.skillsLearned.filter((s) => !taught.has(s.skill));
			const knowledge = untaught.filter((s) => snap.skills.get(s.skill)?.group === 'knowledge').length;
			estimate = {
				hours: hop.estimatedHours,
				months: hop.months,
				money: hop.moneyKnown ? hop.money : null,
				estimate: true,
				basis: {
					missingKnowledge: knowledge,
					missingSkills: untaught.length - knowledge,
					experienceMonths: hop.experienceMonths,
					source: to.profile?.source ?? null,
					education
				}
			};
		}
		return { reason, estimate };
	});
}

/** The highest required level of education of the route's stations up to `upTo` (inclusive). */
function reachedLevel(snap: Snapshot, route: Route, upTo: string): number {
	let level = 0;
	for (const id of route.stations) {
		level = Math.max(level, snap.stations.get(id)?.profile?.educationLevel ?? 0);
		if (id === upTo) break;
	}
	return level;
}
