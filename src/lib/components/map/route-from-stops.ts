import { bridgeLineId } from './bridge-line';
import type { MapRoute, RouteLeg } from './types';

export type RouteProblem =
	| { reason: 'too-short' }
	| { reason: 'unknown-station'; station: string }
	| { reason: 'not-adjacent'; from: string; to: string };

/** A station sequence that is not a ride on the map; `problem` says which part, for the message. */
export class RouteError extends Error {
	constructor(readonly problem: RouteProblem) {
		super(
			problem.reason === 'too-short'
				? 'route: needs at least two stations'
				: problem.reason === 'unknown-station'
					? `route: station '${problem.station}' is on no line`
					: `route: '${problem.from}' and '${problem.to}' are not neighbouring stops of any line`
		);
		this.name = 'RouteError';
	}
}

interface LineStops {
	id: string;
	stations: readonly string[];
}

/** How far from `start` the route keeps riding `line` (index of the last stop of that ride). */
function rideEnd(line: LineStops, stops: readonly string[], start: number): number {
	let end = start;
	while (end + 1 < stops.length) {
		const here = line.stations.indexOf(stops[end]!);
		const there = line.stations.indexOf(stops[end + 1]!);
		if (here < 0 || there < 0 || Math.abs(here - there) !== 1) break;
		// A ride keeps one direction; turning back on the same line is two legs.
		if (end > start && line.stations.indexOf(stops[end - 1]!) === there) break;
		end++;
	}
	return end;
}

/**
 * Turns stations in travel order into legs and transfers. Each leg rides as far as one line
 * goes along the sequence (farthest reach first gives the fewest transfers); a transfer is
 * where one leg ends and the next begins. Where no line joins two stops, a bridge between
 * them (when `bridges` are given) is walked as a leg of its own (see bridge-line.ts).
 */
export function routeFromStops(lines: readonly LineStops[], stops: readonly string[], bridges: readonly { from: string; to: string }[] = []): MapRoute {
	if (stops.length < 2) throw new RouteError({ reason: 'too-short' });
	const walks = new Set(bridges.map((b) => bridgeLineId(b.from, b.to)));
	const served = new Set([...lines.flatMap((l) => l.stations), ...bridges.flatMap((b) => [b.from, b.to])]);
	const unknown = stops.find((s) => !served.has(s));
	if (unknown !== undefined) throw new RouteError({ reason: 'unknown-station', station: unknown });
	const legs: RouteLeg[] = [];
	let at = 0;
	while (at < stops.length - 1) {
		let bestLine: LineStops | null = null;
		let bestEnd = at;
		for (const line of lines) {
			const end = rideEnd(line, stops, at);
			if (end > bestEnd) {
				bestEnd = end;
				bestLine = line;
			}
		}
		const walk = bridgeLineId(stops[at]!, stops[at + 1]!);
		if (!bestLine && walks.has(walk)) {
			legs.push({ line: walk, stations: [stops[at]!, stops[at + 1]!] });
			at++;
			continue;
		}
		if (!bestLine) throw new RouteError({ reason: 'not-adjacent', from: stops[at]!, to: stops[at + 1]! });
		legs.push({ line: bestLine.id, stations: stops.slice(at, bestEnd + 1) });
		at = bestEnd;
	}
	return { stations: [...stops], legs, transfers: legs.slice(1).map((l) => l.stations[0]!) };
}
