import type { TransitionSettings } from './settings';
import type { Move, MoveComponents, TransitionInput, TransitionOccupation } from './types';
import { workSimilarity } from './work-profiles';

/** What the model keeps per occupation: enough to derive lines, bridges and the evaluation. */
export interface OccupationMoves {
	/** The best moves by score, viable or not (for agreement with curated lists). */
	readonly top: readonly Move[];
	/** The best viable moves, best first, at most `bridgesPerOccupation`. */
	readonly viable: readonly Move[];
	/** The best step-ups, best first (a few, for ladder building). */
	readonly stepUps: readonly Move[];
	readonly viableCount: number;
	readonly desirableCount: number;
}

/** Kept beyond 10 so an evaluation can leave out moves within one O*NET occupation. */
const TOP = 30;
/** Step-ups kept per occupation: the best becomes its next stop on a line, the others bridges. */
const STEP_UPS = 10;

/** Never lower in job zone, experience or pay (each where both are known), higher in at least one. */
export function isStepUp(a: TransitionOccupation, b: TransitionOccupation): boolean {
	if (a.pay === null || b.pay === null || b.pay < a.pay) return false;
	let higher = b.pay > a.pay;
	const la = a.level;
	const lb = b.level;
	if (la.jobZone !== null && lb.jobZone !== null) {
		if (lb.jobZone < la.jobZone) return false;
		higher ||= lb.jobZone > la.jobZone;
	}
	if (la.experienceMonths !== null && lb.experienceMonths !== null) {
		if (lb.experienceMonths < la.experienceMonths) return false;
		higher ||= lb.experienceMonths > la.experienceMonths;
	}
	return higher;
}

const growthOf = (core: number, a: TransitionOccupation) => (a.essential.length > 0 ? core / a.essential.length : 0);

/**
 * A move from its components: their weighted mean over the components with data, less the
 * upward penalty per job zone climbed; viable, desirable and step-up by the settings. Null when
 * nothing is shared (score 0).
 */
function rateMove(
	a: number,
	b: number,
	oa: TransitionOccupation,
	ob: TransitionOccupation,
	components: MoveComponents,
	growth: number,
	settings: TransitionSettings
): Move | null {
	const w = settings.weights;
	let sum = w.essential * components.essential;
	let weight = w.essential;
	for (const k of ['optional', 'groups', 'work'] as const) {
		const v = components[k];
		if (v === null) continue;
		sum += w[k] * v;
		weight += w[k];
	}
	let score = weight > 0 ? sum / weight : 0;
	const za = oa.level.jobZone;
	const zb = ob.level.jobZone;
	const climb = za !== null && zb !== null ? zb - za : 0;
	if (climb > 0) score = Math.max(0, score * (1 - settings.upwardPenalty * climb));
	if (score <= 0) return null;
	const viable = score >= settings.viable && climb <= settings.maxJobZoneUp;
	const desirable = viable && oa.pay !== null && ob.pay !== null && ob.pay >= settings.desirablePay * oa.pay;
	return { from: a, to: b, score, growth, components, viable, desirable, stepUp: desirable && isStepUp(oa, ob) };
}

/**
 * One move scored on its own, without the indexes (for explaining a pair and for checks);
 * the same figures `scoreMoves` gives. Null when the destination has no essential skills or
 * nothing is shared.
 */
export function scoreMove(input: TransitionInput, settings: TransitionSettings, a: number, b: number, work?: readonly Float64Array[]): Move | null {
	const oa = input.occupations[a]!;
	const ob = input.occupations[b]!;
	if (a === b || ob.essential.length === 0) return null;
	const has = new Set([...oa.essential, ...oa.optional]);
	const core = new Set(oa.essential);
	const share = (list: readonly number[]) => list.filter((s) => has.has(s)).length;
	const groupsOf = (list: readonly number[]) => new Set(list.map((s) => input.skills[s]!.group).filter((g) => g >= 0));
	const mine = groupsOf([...oa.essential, ...oa.optional]);
	const theirs = groupsOf(ob.essential);
	const profiles = work ?? workSimilarity(input.workProfiles);
	const components: MoveComponents = {
		essential: share(ob.essential) / ob.essential.length,
		optional: ob.optional.length > 0 ? share(ob.optional) / ob.optional.length : null,
		groups: theirs.size > 0 ? [...theirs].filter((g) => mine.has(g)).length / theirs.size : null,
		work: oa.work >= 0 && ob.work >= 0 ? profiles[oa.work]![ob.work]! : null
	};
	const growth = growthOf([...ob.essential, ...ob.optional].filter((s) => core.has(s)).length, oa);
	return rateMove(a, b, oa, ob, components, growth, settings);
}

/** Keeps the `size` best moves (by score, ties by destination index) in a small sorted array. */
function keep(list: Move[], move: Move, size: number): void {
	if (size === 0) return;
	if (list.length === size) {
		const last = list[size - 1]!;
		if (move.score < last.score || (move.score === last.score && move.to > last.to)) return;
		list.pop();
	}
	let i = list.length;
	while (i > 0 && (list[i - 1]!.score < move.score || (list[i - 1]!.score === move.score && list[i - 1]!.to > move.to))) i--;
	list.splice(i, 0, move);
}

/**
 * Step-ups rank by score plus growth: a ladder's next stop builds on what the job is (the
 * origin's essential skills), so "bricklayer → bricklaying supervisor" beats a move to another
 * trade that merely pays more.
 */
export const ladderRank = (m: Move) => m.score + m.growth;

function keepStepUp(list: Move[], move: Move, size: number): void {
	const r = ladderRank(move);
	if (list.length === size && r <= ladderRank(list[size - 1]!)) return;
	if (list.length === size) list.pop();
	let i = list.length;
	while (i > 0 && ladderRank(list[i - 1]!) < r) i--;
	list.splice(i, 0, move);
}

/**
 * Scores every ordered pair of occupations (after Nesta's Mapping Career Causeways): the share
 * of the destination's essential and optional skills the origin already has, the share of its
 * essential skill groups, and the similarity of their work profiles, weighted and renormalised
 * over the components both have data for. Asymmetric by construction — the destination's
 * requirements are the denominator, and a move up in job zone loses `upwardPenalty` per zone
 * (Dawson, Williams & Rizoiu 2021: moving up is harder than moving down). Viable above
 * `viable` and at most `maxJobZoneUp` zones up; desirable when pay keeps `desirablePay`.
 *
 * Runs row by row through inverted indexes (skill → occupations that require it), so memory
 * stays linear in the number of occupations.
 */
export function scoreMoves(input: TransitionInput, settings: TransitionSettings): OccupationMoves[] {
	const occ = input.occupations;
	const n = occ.length;
	const skillCount = input.skills.length;
	const requiredBy = (pick: (o: TransitionOccupation) => readonly number[]) => {
		const lists: number[][] = Array.from({ length: skillCount }, () => []);
		occ.forEach((o, i) => pick(o).forEach((s) => lists[s]!.push(i)));
		return lists;
	};
	const essentialBy = requiredBy((o) => o.essential);
	const optionalBy = requiredBy((o) => o.optional);
	const groupsOf = (skills: readonly number[]) => [...new Set(skills.map((s) => input.skills[s]!.group).filter((g) => g >= 0))];
	const allGroups = occ.map((o) => groupsOf([...o.essential, ...o.optional]));
	const essentialGroups = occ.map((o) => groupsOf(o.essential));
	const groupEssentialBy: number[][] = Array.from({ length: input.groupCount }, () => []);
	essentialGroups.forEach((gs, i) => gs.forEach((g) => groupEssentialBy[g]!.push(i)));
	const work = workSimilarity(input.workProfiles);

	const essentialShared = new Int32Array(n);
	const optionalShared = new Int32Array(n);
	const groupShared = new Int32Array(n);
	const coreShared = new Int32Array(n);
	const result: OccupationMoves[] = [];
	for (let a = 0; a < n; a++) {
		essentialShared.fill(0);
		optionalShared.fill(0);
		groupShared.fill(0);
		coreShared.fill(0);
		const oa = occ[a]!;
		for (const list of [oa.essential, oa.optional])
			for (const s of list) {
				for (const b of essentialBy[s]!) essentialShared[b]!++;
				for (const b of optionalBy[s]!) optionalShared[b]!++;
			}
		for (const s of oa.essential) {
			for (const b of essentialBy[s]!) coreShared[b]!++;
			for (const b of optionalBy[s]!) coreShared[b]!++;
		}
		for (const g of allGroups[a]!) for (const b of groupEssentialBy[g]!) groupShared[b]!++;
		const top: Move[] = [];
		const viable: Move[] = [];
		const stepUps: Move[] = [];
		let viableCount = 0;
		let desirableCount = 0;
		const workRow = oa.work >= 0 ? work[oa.work] : undefined;
		for (let b = 0; b < n; b++) {
			if (b === a) continue;
			const ob = occ[b]!;
			if (ob.essential.length === 0) continue;
			const essential = essentialShared[b]! / ob.essential.length;
			const optional = ob.optional.length > 0 ? optionalShared[b]! / ob.optional.length : null;
			const eg = essentialGroups[b]!.length;
			const groups = eg > 0 ? groupShared[b]! / eg : null;
			const workSim = workRow !== undefined && ob.work >= 0 ? workRow[ob.work]! : null;
			const move = rateMove(a, b, oa, ob, { essential, optional, groups, work: workSim }, growthOf(coreShared[b]!, oa), settings);
			if (move === null) continue;
			keep(top, move, TOP);
			if (move.viable) {
				viableCount++;
				keep(viable, move, settings.bridgesPerOccupation);
			}
			if (move.desirable) desirableCount++;
			if (move.stepUp) keepStepUp(stepUps, move, STEP_UPS);
		}
		result.push({ top, viable, stepUps, viableCount, desirableCount });
	}
	return result;
}
