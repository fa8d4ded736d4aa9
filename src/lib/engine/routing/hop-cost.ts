import { CoverPlanner, type Cover } from './cover';
import { Holdings, itemOf, levelOfEntry, signatureBit } from './learned';
import type { PreparedNetwork } from './network';
import { WEEKS_PER_MONTH } from './query';

/*
 * What a hop costs, for every search that walks the network hop by hop (the route search and
 * the reach search): the requirements of the next station the traveller does not hold yet —
 * never paid twice on one route — covered by the cheapest visible modules (cover.ts); the
 * hop also charges the formal education the next station asks for beyond the route's (real
 * networks); it takes max(experience months, study hours ÷ hours per week ÷ WEEKS_PER_MONTH) months.
 *
 * What the traveller holds lives in one query's Holdings; a label keeps the offset of its
 * holding and a 64-bit signature of the items in it (a quick "cannot include" test).
 */
export class HopCosts {
	readonly planner: CoverPlanner;
	/** What `start` and `learn` leave behind for the label being built (no allocation per hop). */
	learnedAt = 0;
	sigLo = 0;
	sigHi = 0;
	private readonly missing: Int32Array;
	private readonly monthsPerStudyHour: number;
	/**
	 * Per station: 0 not looked at yet, 1 some requirement is tracked in holdings, 2 none is —
	 * then the hop costs the same whatever the traveller holds, and its covers are kept in
	 * `fixed` (on networks without modules that is every station, and most of the work).
	 */
	private readonly tracking: Uint8Array;
	private readonly fixed: (readonly Cover[] | undefined)[];

	constructor(
		private readonly net: PreparedNetwork,
		readonly holdings: Holdings,
		organisation: number,
		private readonly includeOptional: boolean,
		hoursPerWeek: number
	) {
		this.planner = new CoverPlanner(net, organisation);
		this.monthsPerStudyHour = 1 / (hoursPerWeek * WEEKS_PER_MONTH);
		let widest = 1;
		for (let s = 0; s < net.stationIds.length; s++) widest = Math.max(widest, net.reqStart[s + 1]! - net.reqStart[s]!);
		this.missing = new Int32Array(widest);
		this.tracking = new Uint8Array(net.stationIds.length);
		this.fixed = new Array(net.stationIds.length);
	}

	/**
	 * The holding at the start: the items held as [item, level], plus what the job at `origin`
	 * requires (-1: nothing) — a traveller working there holds that already.
	 */
	start(holds: readonly (readonly [number, number])[], origin: number): void {
		const net = this.net;
		this.learnedAt = this.holdings.create();
		this.sigLo = 0;
		this.sigHi = 0;
		for (const [item, level] of holds) this.hold(item, level);
		if (origin >= 0)
			for (let r = net.reqStart[origin]!; r < net.reqStart[origin + 1]!; r++)
				if (this.includeOptional || net.reqEssential[r]) this.hold(net.reqItem[r]!, net.reqLevel[r]!);
	}

	private hold(item: number, level: number): void {
		const li = this.holdings.local[item]!;
		if (li < 0) return;
		this.holdings.add(this.learnedAt, li, level);
		const bit = signatureBit(item);
		if (bit < 32) this.sigLo |= 1 << bit;
		else this.sigHi |= 1 << (bit - 32);
	}

	/** The covers of what station y requires and the holding at `learned` misses: the cheapest, and equally cheap ones. */
	covers(learned: number, y: number): readonly Cover[] {
		const net = this.net;
		const holdings = this.holdings;
		const local = holdings.local;
		if (this.tracking[y] === 0) {
			this.tracking[y] = 2;
			for (let r = net.reqStart[y]!; r < net.reqStart[y + 1]!; r++)
				if ((this.includeOptional || net.reqEssential[r]) && local[net.reqItem[r]!]! >= 0) this.tracking[y] = 1;
		}
		if (this.tracking[y] === 2) return (this.fixed[y] ??= this.coversOf(learned, y));
		return this.coversOf(learned, y);
	}

	private coversOf(learned: number, y: number): readonly Cover[] {
		const net = this.net;
		const holdings = this.holdings;
		const local = holdings.local;
		const missing = this.missing;
		let count = 0;
		for (let r = net.reqStart[y]!; r < net.reqStart[y + 1]!; r++) {
			if (!this.includeOptional && !net.reqEssential[r]) continue;
			const li = local[net.reqItem[r]!]!;
			if (li < 0 || !holdings.has(learned, li, net.reqLevel[r]!)) missing[count++] = r;
		}
		return this.planner.covers(y, missing, count);
	}

	/**
	 * What the traveller holds after a hop that gained `gained`, on top of the holding at
	 * `learned` with signature (sigLo, sigHi); left in learnedAt, sigLo and sigHi. Items the
	 * holdings do not track are skipped; a hop that adds nothing shares its parent's holding.
	 */
	learn(learned: number, sigLo: number, sigHi: number, gained: Int32Array): void {
		const holdings = this.holdings;
		this.learnedAt = learned;
		this.sigLo = sigLo;
		this.sigHi = sigHi;
		for (let i = 0; i < gained.length; i++) {
			const item = itemOf(gained[i]!);
			const li = holdings.local[item]!;
			if (li < 0) continue;
			if (this.learnedAt === learned) this.learnedAt = holdings.create(learned);
			holdings.add(this.learnedAt, li, levelOfEntry(gained[i]!));
			const bit = signatureBit(item);
			if (bit < 32) this.sigLo |= 1 << bit;
			else this.sigHi |= 1 << (bit - 32);
		}
	}

	/**
	 * Study hours of the formal education station y asks for beyond what the route has reached
	 * (`schooled`, the hours of the highest level so far): charged once, like a skill — a route
	 * that steps down a level and climbs back pays nothing twice. Nothing when either is unknown.
	 */
	education(schooled: number, y: number): number {
		const asked = this.net.education[y]!;
		return schooled < 0 || asked <= schooled ? 0 : asked - schooled;
	}

	/** The education reached after arriving at y: the first known level, or the higher one. */
	schooledAt(schooled: number, y: number): number {
		return Math.max(schooled, this.net.education[y]!);
	}

	/** Months a hop takes: its experience months, or longer when studying takes longer. */
	months(experience: number, studyHours: number): number {
		return Math.max(experience, studyHours * this.monthsPerStudyHour);
	}
}

/**
 * Items whose holding can change what a hop costs: those a module visible to `organisation`
 * teaches or awards. A missing item no visible module teaches is "learned on the job" at no
 * study hours and no money, so holding it or not costs every hop the same, and a search may
 * leave it out of what it tracks (Holdings' `costly`) — on a network without modules (the
 * real taxonomies) that is every item. Should missing untaught items ever be charged (an
 * estimate per skill), those items count as costly too.
 */
export function costlyItems(net: PreparedNetwork, organisation: number): Uint8Array {
	const costly = new Uint8Array(net.itemIds.length);
	for (let m = 0; m < net.moduleIds.length; m++) {
		const org = net.moduleOrg[m]!;
		if (org !== -1 && org !== organisation) continue;
		for (let k = net.teachStart[m]!; k < net.teachStart[m + 1]!; k++) costly[net.teachItem[k]!] = 1;
	}
	// A skill with an effort estimate (the real taxonomies) costs study hours when no module teaches it.
	for (let i = 0; i < costly.length; i++) if (net.itemHours[i]! > 0) costly[i] = 1;
	return costly;
}
