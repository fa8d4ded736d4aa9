import type { TransitionSettings } from './settings';
import type { Move, MoveComponents, OccupationField, TransitionInput, TransitionOccupation } from './types';
import { workSimilarity } from './work-profiles';

/** What the model keeps per occupation: enough to derive lines, bridges and the evaluation. */
export interface OccupationMoves {
	/** The best moves by score, viable or not (for agreement with curated lists). */
	readonly top: readonly Move[];
	/** The best viable moves, best first: candidates for bridges (the first `BRIDGE_CANDIDATES`) and direct moves. */
	readonly viable: readonly Move[];
	/** The best step-ups, best first (a few, for ladder building). */
	readonly stepUps: readonly Move[];
	/**
	 * The best desirable moves from it that climb a job zone and pay more, in or out of its
	 * field (a ladder stays in its field; a worker's way up need not).
	 */
	readonly climbs: readonly Move[];
	/**
	 * The best desirable moves into it from no higher job zone or pay (from below or beside):
	 * how a worker reaches it without stepping down into it.
	 */
	readonly waysIn: readonly Move[];
	/**
	 * The best desirable moves into it from below: a lower job zone or a lower rung of its field,
	 * never from higher pay. Its ways in from beside (near-identical specialisations) often
	 * outrank every worker who would be promoted into it.
	 */
	readonly waysUp: readonly Move[];
	readonly viableCount: number;
	readonly desirableCount: number;
}

/** Kept beyond 10 so an evaluation can leave out moves within one O*NET occupation. */
const TOP = 30;
/** Viable moves kept per occupation: candidates for its few bridges and its direct moves. */
const VIABLE = 40;
/** Of those, the best this many are candidates for its bridges. */
export const BRIDGE_CANDIDATES = 20;
/** Step-ups kept per occupation: the best becomes its next stop on a line, the others bridges. */
const STEP_UPS = 10;
/** Climbs kept per occupation: candidates for its bridges that climb a job zone. */
const CLIMBS = 5;

/** Ways in kept per occupation: candidates for the bridges chosen by the destination. */
const WAYS_IN = 5;

/** The move comes from below its destination: it climbs a job zone or a rung of the field, and pay does not fall. */
const fromBelow = (move: Move, oa: TransitionOccupation, ob: TransitionOccupation) =>
	(move.zonesUp > 0 || move.rung) && oa.pay !== null && ob.pay !== null && ob.pay >= oa.pay;

/** The move does not step down into its destination: job zone and pay not lower (both known). */
const notDown = (oa: TransitionOccupation, ob: TransitionOccupation) =>
	oa.level.jobZone !== null && ob.level.jobZone !== null && ob.level.jobZone >= oa.level.jobZone && oa.pay !== null && ob.pay !== null && ob.pay >= oa.pay;

/**
 * The move climbs one job zone (both known) and pays more: the ordinary way up out of a field.
 * A steeper climb is left to the step-ups and ways in, where it stays in the field or leads to
 * its destination from below: out of its field a worker reads it as a change of career.
 */
const climbsOneZone = (oa: TransitionOccupation, ob: TransitionOccupation) =>
	oa.level.jobZone !== null && ob.level.jobZone !== null && ob.level.jobZone === oa.level.jobZone + 1 && oa.pay !== null && ob.pay !== null && ob.pay > oa.pay;

/**
 * A step up: in the origin's field (close in the classification, where both have one),
 * never lower in job zone or pay (where both are known), and higher in at least one
 * of job zone, pay or related experience — or a higher rung of the origin's own field (see
 * `isRung`), where the figures cannot tell two levels apart (an ESCO supervisor often shares its
 * workers' O*NET code and pay class). Less experience is no step down: the job zone already
 * weighs education, experience and training together, and O*NET asks technicians for more years
 * on the job than the engineers they become (whose degree stands in for them).
 */
export function isStepUp(a: TransitionOccupation, b: TransitionOccupation): boolean {
	if (a.pay === null || b.pay === null || b.pay < a.pay) return false;
	// A ladder stays in its field: a better-paid job in another part of the classification
	// (food service manager → postmaster, both "other management occupations") is a side step,
	// however similar the skills. Closeness from 1/2: the same ISCO minor or SOC broad group,
	// or one leads the other.
	const field = fieldCloseness(a.field, b.field);
	if (field !== null && field < 0.5) return false;
	const la = a.level;
	const lb = b.level;
	const zonesKnown = la.jobZone !== null && lb.jobZone !== null;
	if (zonesKnown && lb.jobZone! < la.jobZone!) return false;
	if (b.pay > a.pay || (zonesKnown && lb.jobZone! > la.jobZone!) || isRung(a, b)) return true;
	return la.experienceMonths !== null && lb.experienceMonths !== null && lb.experienceMonths > la.experienceMonths;
}

/**
 * B is a higher rung of A's own field: B leads A's field in the classification (its supervisor,
 * manager or professional level), or B shares A's narrowest group at a higher job zone
 * (welder → welding coordinator, both ISCO 7212).
 */
export function isRung(a: TransitionOccupation, b: TransitionOccupation): boolean {
	if (leadsField(b.field, a.field)) return true;
	const za = a.level.jobZone;
	const zb = b.level.jobZone;
	return a.field !== undefined && b.field !== undefined && a.field.path.at(-1) === b.field.path.at(-1) && za !== null && zb !== null && zb > za;
}

/** True when `lead` supervises, manages or is the professional level of `worker`'s field. */
export function leadsField(lead: OccupationField | undefined, worker: OccupationField | undefined): boolean {
	if (lead === undefined || worker === undefined) return false;
	// A group that leads its own wider group (shop supervisors lead sales workers) does not lead itself.
	if (lead.path.at(-1) === worker.path.at(-1)) return false;
	return lead.leads.some((x) => worker.path.includes(x));
}

/**
 * Closeness of two occupations in their classification: 1 when one leads the other's field (a
 * supervisor, manager or professional of the workers' group) or they share the narrowest group;
 * otherwise the share of the levels below the top they share (same minor group of a 4-level
 * code: 2/3). Symmetric; null when either has no field.
 */
export function fieldCloseness(a: OccupationField | undefined, b: OccupationField | undefined): number | null {
	if (!a || !b) return null;
	if (leadsField(a, b) || leadsField(b, a)) return 1;
	let common = 0;
	while (common < a.path.length && common < b.path.length && a.path[common] === b.path[common]) common++;
	const depth = Math.max(a.path.length, b.path.length);
	return depth <= 1 ? (common > 0 ? 1 : 0) : Math.max(0, (common - 1) / (depth - 1));
}

const curatedStrength = (a: TransitionOccupation, b: number) => (a.curated === undefined || a.curated.size === 0 ? null : (a.curated.get(b) ?? 0));

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
	for (const k of ['optional', 'groups', 'work', 'field', 'curated'] as const) {
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
	const viable = score >= (climb > 1 ? Math.max(settings.viable, settings.viableSteepClimb) : settings.viable) && climb <= settings.maxJobZoneUp;
	const desirable = viable && oa.pay !== null && ob.pay !== null && ob.pay >= settings.desirablePay * oa.pay;
	return { from: a, to: b, score, growth, components, viable, desirable, stepUp: desirable && isStepUp(oa, ob), rung: isRung(oa, ob), zonesUp: Math.max(0, climb) };
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
		work: oa.work >= 0 && ob.work >= 0 ? profiles[oa.work]![ob.work]! : null,
		field: fieldCloseness(oa.field, ob.field),
		curated: curatedStrength(oa, b)
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
 * trade that merely pays more. A step-up to a higher rung of the origin's own field (its
 * supervisor, manager or professional level in the classification) gets a bonus: that is the
 * next rung of the same ladder, where a better-paid neighbouring trade is a side step.
 */
export const ladderRank = (m: Move) => (m.rung ? RUNG_BONUS : 0) + m.score + m.growth;
/** Enough to put a rung first among close step-ups, not enough to lift a distant one (a developer to chief information officer) over a close one. */
const RUNG_BONUS = 0.5;

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
	const result: Omit<OccupationMoves, 'waysIn' | 'waysUp'>[] = [];
	const waysIn: Move[][] = Array.from({ length: n }, () => []);
	const waysUp: Move[][] = Array.from({ length: n }, () => []);
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
		const climbs: Move[] = [];
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
			const move = rateMove(a, b, oa, ob, { essential, optional, groups, work: workSim, field: fieldCloseness(oa.field, ob.field), curated: curatedStrength(oa, b) }, growthOf(coreShared[b]!, oa), settings);
			if (move === null) continue;
			keep(top, move, TOP);
			if (move.viable) {
				viableCount++;
				keep(viable, move, VIABLE);
			}
			if (move.desirable) desirableCount++;
			if (move.stepUp) keepStepUp(stepUps, move, STEP_UPS);
			if (move.desirable && climbsOneZone(oa, ob)) keep(climbs, move, CLIMBS);
			if (move.desirable && notDown(oa, ob)) keepStepUp(waysIn[b]!, move, WAYS_IN);
			if (move.desirable && fromBelow(move, oa, ob)) keepStepUp(waysUp[b]!, move, WAYS_IN);
		}
		result.push({ top, viable, stepUps, climbs, viableCount, desirableCount });
	}
	return result.map((r, b) => ({ ...r, waysIn: waysIn[b]!, waysUp: waysUp[b]! }));
}
