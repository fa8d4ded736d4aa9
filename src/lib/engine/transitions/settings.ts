/**
 * Settings of the transition model: defaults plus validation, so a wrong value fails at once
 * with its name. The defaults are justified by what docs/taxonomies.md measured on ESCO v1.1.1.
 */
export interface TransitionSettings {
	/** Weights of the similarity components; missing components are left out and the rest renormalised. */
	readonly weights: {
		/** Share of the destination's essential skills the origin already has. */
		readonly essential: number;
		/** Share of the destination's optional skills the origin already has. */
		readonly optional: number;
		/** Share of the destination's essential skill groups (ESCO skill pillar) the origin works in. */
		readonly groups: number;
		/** Cosine of the O*NET skill and knowledge importance profiles (stand-in for work activities). */
		readonly work: number;
		/** Closeness in the occupational classification (same group, or one leads the other's field). */
		readonly field: number;
		/** Curated moves (O*NET Related Occupations), where the source has them. */
		readonly curated: number;
	};
	/** Score lost per job zone the move climbs (moving up is harder than moving down). */
	readonly upwardPenalty: number;
	/** A move is viable from this score (and at most `maxJobZoneUp` job zones up). */
	readonly viable: number;
	readonly maxJobZoneUp: number;
	/**
	 * A move that climbs more than one job zone is viable only from this score (after the upward
	 * penalty): O*NET curates such climbs (a fifth of its upward Related Occupations), but a weak
	 * one reads as nonsense (a lathe operator to a power plant manager).
	 */
	readonly viableSteepClimb: number;
	/** A viable move is desirable when the destination pays at least this share of the origin. */
	readonly desirablePay: number;
	/** Moves kept per occupation as one-way bridges: step-ups, then desirable, then other viable moves. */
	readonly bridgesPerOccupation: number;
	/** How many of those are the best step-ups a line does not already make. */
	readonly stepUpBridges: number;
	/** How many of those are the best moves that climb one job zone (in or out of the field). */
	readonly climbBridges: number;
	/** Extra bridges per occupation: its best ways in from below or beside (see `waysIn`). */
	readonly inBridges: number;
	/** Extra bridges per occupation: its best ways in from below (see `waysUp`). */
	readonly upBridges: number;
	/** Direct moves kept per occupation: desirable viable moves that are no bridge (see `TransitionNetwork.direct`). */
	readonly directMoves: number;
	/** A line stops growing after this many stops (long ladders read as nonsense). */
	readonly maxLineStops: number;
}

export const DEFAULT_TRANSITION_SETTINGS: TransitionSettings = {
	weights: { essential: 0.3, optional: 0.1, groups: 0.3, work: 0.3, field: 0.2, curated: 0.3 },
	upwardPenalty: 0.1,
	viable: 0.3,
	maxJobZoneUp: 2,
	viableSteepClimb: 0.3,
	desirablePay: 0.75,
	bridgesPerOccupation: 5,
	stepUpBridges: 2,
	climbBridges: 1,
	inBridges: 2,
	upBridges: 2,
	directMoves: 30,
	maxLineStops: 6
};

export class TransitionSettingsError extends Error {
	constructor(readonly field: string, message: string) {
		super(`transitions: ${field}: ${message}`);
	}
}

/** Defaults overlaid with the given values, checked. */
export function transitionSettings(partial: Partial<Omit<TransitionSettings, 'weights'>> & { weights?: Partial<TransitionSettings['weights']> } = {}): TransitionSettings {
	const s: TransitionSettings = {
		...DEFAULT_TRANSITION_SETTINGS,
		...partial,
		weights: { ...DEFAULT_TRANSITION_SETTINGS.weights, ...partial.weights }
	};
	const share = (field: string, v: number) => {
		if (!(Number.isFinite(v) && v >= 0 && v <= 1)) throw new TransitionSettingsError(field, `${v} is not a number in [0, 1]`);
	};
	for (const [k, v] of Object.entries(s.weights)) share(`weights.${k}`, v);
	if (Object.values(s.weights).every((w) => w === 0)) throw new TransitionSettingsError('weights', 'all weights are 0');
	share('upwardPenalty', s.upwardPenalty);
	share('viable', s.viable);
	share('viableSteepClimb', s.viableSteepClimb);
	share('desirablePay', s.desirablePay);
	const count = (field: string, v: number, min: number) => {
		if (!(Number.isInteger(v) && v >= min && v <= 100)) throw new TransitionSettingsError(field, `${v} is not an integer in [${min}, 100]`);
	};
	count('maxJobZoneUp', s.maxJobZoneUp, 0);
	count('bridgesPerOccupation', s.bridgesPerOccupation, 0);
	count('stepUpBridges', s.stepUpBridges, 0);
	count('climbBridges', s.climbBridges, 0);
	count('inBridges', s.inBridges, 0);
	count('upBridges', s.upBridges, 0);
	count('directMoves', s.directMoves, 0);
	count('maxLineStops', s.maxLineStops, 2);
	return s;
}
