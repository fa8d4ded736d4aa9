import { planRoutes, prepareNetwork, RoutingError, type PreparedNetwork, type Route, type RouteResult } from '$lib/engine/routing';
import type { LocalizedText, Locale } from '$lib/schemas/common';
import { setbacksText, tradeOffText, variantText } from '$lib/route-text';
import { processConfig } from '../config';
import { ApiError } from '../http/api';
import { DEFAULT_BRIDGE_THRESHOLD, RECOMMENDED_BRIDGE_THRESHOLD, deriveBridges } from '../import/bridges';
import { NotFoundError } from '../store/errors';
import type { Viewer } from '../viewer';
import type { ExploreUrlQuery, RouteUrlQuery } from '$lib/schemas/queries';
import { explainHops, type HopExplanation } from './hop-explanations';
import { modelBridges, modelRoutingData, toRoutingData, type BridgePair } from './routing-data';
import type { Snapshot } from './snapshot';

/**
 * The routing index, built once per network version (and bridge threshold) and shared by every
 * query. Bridges join stations that share most essential skills but no line; without a
 * configured threshold each network uses the one recommended for its source.
 */
export function routingNetwork(snap: Snapshot, bridgeThreshold?: number): PreparedNetwork {
	const key = hasTransitionModel(snap) ? 'routing:model' : `routing:${thresholdOf(snap, bridgeThreshold)}`;
	return snap.derive(key, (s) =>
		prepareNetwork(hasTransitionModel(s) ? modelRoutingData(s.content, networkBridges(s)) : toRoutingData(s.content, { bridges: networkBridges(s, bridgeThreshold) }))
	);
}

/**
 * The network's bridges, derived once per version: a network imported with a transition model
 * carries its own (viable moves, one way); others get skill-overlap bridges at a threshold (the
 * recommended one by default). The planner, local maps and explore all use these.
 */
export function networkBridges(snap: Snapshot, bridgeThreshold?: number): readonly BridgePair[] {
	if (hasTransitionModel(snap)) return snap.derive('bridges:model', (s) => modelBridges(s.content));
	const threshold = thresholdOf(snap, bridgeThreshold);
	return snap.derive(`bridges:${threshold}`, (s) => deriveBridges(s.content, threshold));
}

function hasTransitionModel(snap: Snapshot): boolean {
	return snap.derive('has-transition-model', (s) => s.content.stations.some((st) => st.moves !== undefined));
}

function thresholdOf(snap: Snapshot, bridgeThreshold: number | undefined): number {
	return bridgeThreshold ?? RECOMMENDED_BRIDGE_THRESHOLD[snap.meta.id] ?? DEFAULT_BRIDGE_THRESHOLD;
}

/** Names of everything a result mentions, so a client can render it without more requests. */
export interface RouteNames {
	stations: Record<string, LocalizedText>;
	lines: Record<string, { label: LocalizedText; colour: string }>;
	modules: Record<string, { label: LocalizedText; kind: string; provider: string; closed: boolean }>;
	skills: Record<string, LocalizedText>;
	certificates: Record<string, LocalizedText>;
}

/** The route's one-line sentences in both languages (see $lib/route-text); null where they do not apply. */
export interface RouteText {
	/** What it gains and gives up against the first route (a variant: against its own route). */
	versus: LocalizedText | null;
	/** What a variant changes. */
	variant: LocalizedText | null;
	/** The setbacks it takes. */
	setbacks: LocalizedText | null;
}

export interface PlannedRoute extends Omit<Route, 'variants'> {
	text: RouteText;
	/** Per hop: its reason and, where estimated, its effort estimate. */
	explanations: HopExplanation[];
	variants: PlannedRoute[];
}

export interface PlannedRoutes extends Omit<RouteResult, 'routes'> {
	routes: PlannedRoute[];
	network: string;
	version: number;
	names: RouteNames;
	/** Currency of the salaries on the routes (the destination's band; a network pays in one). */
	currency: string;
}

/** The route (or variant) with this rank; null when there is none. */
export function routeOfRank(planned: { routes: readonly PlannedRoute[] }, rank: number): PlannedRoute | null {
	for (const r of planned.routes) {
		if (r.rank === rank) return r;
		const v = r.variants.find((x) => x.rank === rank);
		if (v) return v;
	}
	return null;
}

/** A misuse the routing engine refused, as the API answers it: unknown stations 404, other bad options 400 naming the field. */
export function routingProblem(e: RoutingError): NotFoundError | ApiError {
	const field = e.field.replace(/\[\d+\]$/, '');
	const message = e.message.replace(/^routing: /, '');
	if (e.code === 'unknown-station') return new NotFoundError(message);
	return new ApiError(400, e.code, message, field);
}

/**
 * The traveller a question describes, the same for the planner and explore: what they hold, how
 * fast they study, how often they change and whether setbacks are allowed. The engine sees one
 * organisation's closed modules; a worker belongs to one company.
 */
export function travellerOf(query: RouteUrlQuery | ExploreUrlQuery, viewer: Viewer) {
	return {
		holds: query.skills,
		certificates: query.certificates,
		organisation: viewer.organisations[0] ?? null,
		hoursPerWeek: query.hoursPerWeek,
		maxTransfers: query.maxTransfers,
		allowBackwards: query.backwards
	};
}

/**
 * Plans routes for a viewer: their organisation's closed modules are usable, others'
 * invisible. Misuse maps to the API's errors: unknown stations 404, other bad options 400
 * naming the field.
 */
export function planFor(
	snap: Snapshot,
	query: RouteUrlQuery,
	viewer: Viewer,
	options: { bridgeThreshold?: number } = { bridgeThreshold: processConfig().BRIDGE_THRESHOLD }
): PlannedRoutes {
	let result: RouteResult;
	try {
		result = planRoutes(routingNetwork(snap, options.bridgeThreshold), {
			from: query.from,
			to: query.to,
			...travellerOf(query, viewer),
			via: query.via,
			avoidStations: query.avoidStations,
			avoidLines: query.avoidLines,
			k: query.k,
			includeOptional: query.optional
		});
	} catch (e) {
		throw e instanceof RoutingError ? routingProblem(e) : e;
	}
	const names = namesFor(snap, result, query);
	const both = (f: (locale: Locale) => string | null): LocalizedText | null => {
		const nl = f('nl');
		const en = f('en');
		return nl === null || en === null ? null : { nl, en };
	};
	const horizon = result.horizonMonths ?? 0;
	const withText = (r: Route): PlannedRoute => {
		const name = (locale: Locale) => (id: string) => names.stations[id]?.[locale] ?? id;
		return {
			...r,
			text: {
				versus: r.versus === null ? null : both((l) => tradeOffText(l, r.versus!, horizon)),
				variant: r.variantOf === null ? null : both((l) => variantText(l, r.variantOf!, name(l))),
				setbacks: both((l) => setbacksText(l, r, name(l)))
			},
			explanations: explainHops(snap, r),
			variants: r.variants.map(withText)
		};
	};
	const routes = result.routes.map(withText);
	// The skills a hop's reason names by example.
	for (const route of routes.flatMap((r) => [r, ...r.variants]))
		for (const e of route.explanations)
			for (const s of [...e.reason.topShared, ...e.reason.topMissing]) {
				const skill = snap.skills.get(s);
				if (skill) names.skills[s] = skill.label;
			}
	const band = snap.stations.get(query.to)?.salaryBand;
	const currency = (band && snap.salaryBands.get(band)?.currency) || 'EUR';
	return { ...result, routes, network: snap.meta.id, version: snap.version, names, currency };
}

function namesFor(snap: Snapshot, result: RouteResult, query: RouteUrlQuery): RouteNames {
	const names: RouteNames = { stations: {}, lines: {}, modules: {}, skills: {}, certificates: {} };
	const station = (id: string) => (names.stations[id] = snap.stations.get(id)!.label);
	// The question's own stations too: a heading over no routes names them, never shows their ids.
	[query.from, query.to, ...query.via].filter((id) => snap.stations.has(id)).forEach(station);
	for (const r of result.routes.flatMap((x) => [x, ...x.variants])) {
		r.stations.forEach(station);
		for (const leg of r.legs) {
			const l = snap.lines.get(leg.line)!;
			names.lines[l.id] = { label: l.label, colour: l.colour };
		}
		for (const t of r.transfers) {
			station(t.at);
			if (t.bridge) station(t.bridge.to);
		}
		for (const h of r.hops) {
			for (const m of h.modules) {
				const mod = snap.modules.get(m.id)!;
				names.modules[m.id] = { label: mod.label, kind: mod.kind, provider: mod.provider, closed: mod.visibility === 'closed' };
			}
			for (const s of [...h.skillsLearned.map((x) => x.skill), ...h.untaught, ...h.optionalSkipped]) {
				const skill = snap.skills.get(s);
				if (skill) names.skills[s] = skill.label;
			}
			for (const c of [...h.certificatesEarned.map((x) => x.certificate), ...h.untaughtCertificates]) {
				const cert = snap.certificates.get(c);
				if (cert) names.certificates[c] = cert.label;
			}
		}
	}
	return names;
}
