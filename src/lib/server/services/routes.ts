import { planRoutes, prepareNetwork, RoutingError, type PreparedNetwork, type RouteResult } from '$lib/engine/routing';
import type { LocalizedText } from '$lib/schemas/common';
import { processConfig } from '../config';
import { ApiError } from '../http/api';
import { DEFAULT_BRIDGE_THRESHOLD, RECOMMENDED_BRIDGE_THRESHOLD, deriveBridges } from '../import/bridges';
import { NotFoundError } from '../store/errors';
import type { Viewer } from '../viewer';
import type { RouteUrlQuery } from '$lib/schemas/queries';
import { explainHops, type HopExplanation } from './hop-explanations';
import { modelBridges, toRoutingData } from './routing-data';
import type { Snapshot } from './snapshot';

/**
 * The routing index, built once per network version (and bridge threshold) and shared by every
 * query. Bridges join stations that share most essential skills but no line; without a
 * configured threshold each network uses the one recommended for its source.
 */
export function routingNetwork(snap: Snapshot, bridgeThreshold?: number): PreparedNetwork {
	// A network imported with a transition model carries its bridges: viable moves, one way.
	if (snap.content.stations.some((s) => s.moves !== undefined))
		return snap.derive('routing:model', (s) => prepareNetwork(toRoutingData(s.content, { bridges: modelBridges(s.content) })));
	const threshold = bridgeThreshold ?? RECOMMENDED_BRIDGE_THRESHOLD[snap.meta.id] ?? DEFAULT_BRIDGE_THRESHOLD;
	return snap.derive(`routing:${threshold}`, (s) => prepareNetwork(toRoutingData(s.content, { bridges: deriveBridges(s.content, threshold) })));
}

/** Names of everything a result mentions, so a client can render it without more requests. */
export interface RouteNames {
	stations: Record<string, LocalizedText>;
	lines: Record<string, { label: LocalizedText; colour: string }>;
	modules: Record<string, { label: LocalizedText; kind: string; provider: string; closed: boolean }>;
	skills: Record<string, LocalizedText>;
	certificates: Record<string, LocalizedText>;
}

export interface PlannedRoutes extends RouteResult {
	network: string;
	version: number;
	names: RouteNames;
	/** Per route (same order as `routes`), per hop: its reason and, where estimated, its effort estimate. */
	explanations: HopExplanation[][];
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
			holds: query.skills,
			certificates: query.certificates,
			// The engine sees one organisation's closed modules; a worker belongs to one company.
			organisation: viewer.organisations[0] ?? null,
			hoursPerWeek: query.hoursPerWeek,
			via: query.via,
			avoidStations: query.avoidStations,
			avoidLines: query.avoidLines,
			maxTransfers: query.maxTransfers,
			allowBackwards: query.backwards,
			k: query.k,
			includeOptional: query.optional
		});
	} catch (e) {
		if (e instanceof RoutingError) {
			const field = e.field.replace(/\[\d+\]$/, '');
			const message = e.message.replace(/^routing: /, '');
			if (e.code === 'unknown-station') throw new NotFoundError(message);
			throw new ApiError(400, e.code, message, field);
		}
		throw e;
	}
	const explanations = result.routes.map((r) => explainHops(snap, r));
	const names = namesFor(snap, result);
	for (const route of explanations)
		for (const e of route)
			for (const s of [...e.reason.topShared, ...e.reason.topMissing]) {
				const skill = snap.skills.get(s);
				if (skill) names.skills[s] = skill.label;
			}
	return { ...result, network: snap.meta.id, version: snap.version, names, explanations };
}

function namesFor(snap: Snapshot, result: RouteResult): RouteNames {
	const names: RouteNames = { stations: {}, lines: {}, modules: {}, skills: {}, certificates: {} };
	const station = (id: string) => (names.stations[id] = snap.stations.get(id)!.label);
	for (const r of result.routes) {
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
