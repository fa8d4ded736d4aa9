import { explore, RoutingError, type ExploreDestination, type ExploreResult } from '$lib/engine/routing';
import type { LocalizedText } from '$lib/schemas/common';
import type { ExploreUrlQuery } from '$lib/schemas/queries';
import { processConfig } from '../config';
import type { Viewer } from '../viewer';
import { routingNetwork, routingProblem, travellerOf } from './routes';
import type { Snapshot } from './snapshot';

/** Names of the stations and lines an answer mentions, so a client needs no more requests. */
export interface ExploreNames {
	stations: Record<string, LocalizedText>;
	lines: Record<string, { label: LocalizedText; colour: string }>;
}

export interface Explored {
	network: string;
	version: number;
	from: string;
	/** Median monthly salary at the start; null when unknown. */
	salary: number | null;
	/** Currency of the network's salary bands. */
	currency: 'EUR' | 'USD';
	/** The budgets asked for. */
	months: number;
	hours: number;
	/** Stations reachable within the budgets, of which `destinations` lists the first `limit`. */
	total: number;
	destinations: ExploreDestination[];
	/** The search stopped at its label budget: some reachable stations may be missing. */
	truncated: boolean;
	names: ExploreNames;
}

/**
 * Where a viewer can get from a station within the budgets: their organisation's closed
 * modules count, others' do not. Misuse maps to the API's errors like the planner's: an
 * unknown station 404, other bad options 400 naming the field.
 */
export function exploreFor(
	snap: Snapshot,
	query: ExploreUrlQuery,
	viewer: Viewer,
	options: { bridgeThreshold?: number } = { bridgeThreshold: processConfig().BRIDGE_THRESHOLD }
): { explored: Explored; reach: Map<string, number> } {
	let result: ExploreResult;
	try {
		result = explore(routingNetwork(snap, options.bridgeThreshold), {
			from: query.from,
			months: query.months,
			hours: query.hours,
			...travellerOf(query, viewer)
		});
	} catch (e) {
		throw e instanceof RoutingError ? routingProblem(e) : e;
	}
	const destinations = result.destinations.slice(0, query.limit);
	const names: ExploreNames = { stations: {}, lines: {} };
	const station = (id: string) => (names.stations[id] = snap.stations.get(id)!.label);
	station(query.from);
	for (const d of destinations) {
		d.stations.forEach(station);
		for (const id of d.lines) {
			if (id === null) continue;
			const line = snap.lines.get(id)!;
			names.lines[id] = { label: line.label, colour: line.colour };
		}
	}
	const explored: Explored = {
		network: snap.meta.id,
		version: snap.version,
		from: result.from,
		salary: result.salary,
		currency: snap.content.salaryBands[0]?.currency ?? 'EUR',
		months: query.months,
		hours: query.hours,
		total: result.destinations.length,
		destinations,
		truncated: result.stats.truncated,
		names
	};
	// Months to every reachable station, listed or not: what the map highlights.
	return { explored, reach: new Map(result.destinations.map((d) => [d.station, d.months])) };
}
