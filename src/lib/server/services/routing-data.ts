import type { RoutingModule, RoutingNetworkData, RoutingStation } from '$lib/engine/routing';
import { educationHours, skillHours } from '$lib/engine/transitions';
import type { NetworkContent } from '$lib/schemas';

/** A bridge to hand to the planner: two stations that share most skills but no line. */
export interface BridgePair {
	readonly from: string;
	readonly to: string;
	/** Walkable only from `from` to `to`, with its own experience months (a model's viable move). */
	readonly oneWay?: { readonly months: number };
}

export interface RoutingDataOptions {
	/** Bridges (e.g. from `deriveBridges`); none by default. Walkable both ways. */
	readonly bridges?: readonly BridgePair[];
	/**
	 * Experience months a bridge walk takes. A lateral move between jobs that share most skills
	 * needs no years on the job, so 0: the hop then takes as long as studying the missing skills.
	 */
	readonly bridgeMonths?: number;
	/** Direct moves (a transition model's, see `modelRoutingData`): walked only from their start to their own destination. */
	readonly directMoves?: readonly BridgePair[];
}

/**
 * Adapts a network's content to the data the routing engine plans on: each station's median
 * salary (from its band), requirements, certificates and the education it asks for; each line's stops and hop months;
 * each module's hours, price, who may use it, what it teaches and which certificates it awards.
 */
export function toRoutingData(content: NetworkContent, options: RoutingDataOptions = {}): RoutingNetworkData {
	const bands = new Map(content.salaryBands.map((b) => [b.id, b]));
	const stations: RoutingStation[] = content.stations.map((s) => ({
		id: s.id,
		salaryMedian: s.salaryBand === undefined ? null : (bands.get(s.salaryBand)?.median ?? null),
		...(s.salaryBand !== undefined && bands.get(s.salaryBand)?.margin ? { salaryMargin: bands.get(s.salaryBand)!.margin } : {}),
		requires: s.requires.map((r) => ({ skill: r.skill, essential: r.essential, level: r.level })),
		certificates: s.certificates,
		// Real networks know the education a job asks for; a hop charges the step up to it.
		...(educationHours(s.profile?.educationLevel) !== null ? { educationHours: educationHours(s.profile?.educationLevel)! } : {})
	}));
	const lines = content.lines.map((l) => ({
		id: l.id,
		stops: l.stops.map((s) => s.station),
		// The schema puts a hop's months on the stop it arrives at; the first stop has none.
		hopMonths: l.stops.slice(1).map((s) => s.months ?? 0)
	}));
	const modules: RoutingModule[] = [];
	for (const m of content.modules) {
		// A closed module that names no organisation is closed to everyone: leave it out rather
		// than let it pass as public.
		if (m.visibility === 'closed' && !m.organisation) continue;
		modules.push({
			id: m.id,
			hours: m.hours,
			price: m.price,
			organisation: m.visibility === 'closed' ? m.organisation! : null,
			teaches: m.teaches.map((t) => ({ skill: t.skill, level: t.level })),
			// Only what the module awards obtains a certificate; its upkeep points never do.
			awards: m.awards
		});
	}
	const months = options.bridgeMonths ?? 0;
	const bridges = (options.bridges ?? []).map((b) =>
		b.oneWay ? { from: b.from, to: b.to, months: b.oneWay.months, oneWay: true } : { from: b.from, to: b.to, months }
	);
	// Skills with a reuse level (real taxonomies) carry an effort estimate for when no module
	// teaches them; hand-made networks have none and keep "learned on the job" at 0 hours.
	const estimates = new Map<string, number>();
	for (const s of content.skills)
		if (s.reuse !== undefined) estimates.set(s.id, skillHours(s.group === 'knowledge' ? 'knowledge' : 'skill', s.reuse));
	const directMoves = (options.directMoves ?? []).map((b) => ({ from: b.from, to: b.to, months: b.oneWay?.months ?? months }));
	return { stations, lines, modules, bridges, ...(directMoves.length > 0 ? { directMoves } : {}), ...(estimates.size > 0 ? { skillHours: estimates } : {}) };
}

/** The one-way bridges a transition model stored on the stations (their viable moves). */
export function modelBridges(content: Pick<NetworkContent, 'stations'>): BridgePair[] {
	return modelMoves(content, false);
}

/** The routing data of a network a transition model built: its bridges (given when already derived) and direct moves. */
export function modelRoutingData(content: NetworkContent, bridges: readonly BridgePair[] = modelBridges(content)): RoutingNetworkData {
	return toRoutingData(content, { bridges, directMoves: modelMoves(content, true) });
}

/** A transition model's moves stored on the stations: its bridges, or its direct moves (walked only to their own destination). */
function modelMoves(content: Pick<NetworkContent, 'stations'>, direct: boolean): BridgePair[] {
	return content.stations.flatMap((s) =>
		(s.moves ?? []).filter((m) => (m.direct === true) === direct).map((m) => ({ from: s.id, to: m.to, oneWay: { months: m.months } }))
	);
}
