import { type LayoutEdgeInput, type LayoutInput, type LayoutLineInput } from '$lib/engine/layout';
import { BRIDGE_COLOUR, bridgeLineId, isBridgeLine } from '$lib/components/map/bridge-line';
import type { LocalMapInfo, MapData, MapLine, MapRoute } from '$lib/components/map/types';
import type { Locale } from '$lib/schemas/common';
import { layoutOffThread } from '../../heavy/layout';
import { NotFoundError } from '../../store/errors';
import { toMapStation } from '../map-layout';
import { networkBridges } from '../routes';
import type { Snapshot } from '../snapshot';
import { BoundedCache } from './bounded-cache';
import { distinctColours } from './distinct-colours';
import { groupsOf, inGroup } from './groups';
import { extractSubnetwork, type ForcedHop, type Subnetwork } from './subnetwork';

/** Readable at a glance and laid out in a fraction of a second. */
export const MAX_LOCAL_STATIONS = 60;
/**
 * A local map with more stations on lines than this is laid out in the heavy-task pool: dense
 * city neighbourhoods take up to a couple of seconds, small ones stay on the request thread.
 */
const INLINE_LOCAL_STATIONS = 30;
export const RADIUS = { min: 1, max: 4, station: 2, route: 1 } as const;
/** Hops a group map reaches out from its hubs (inside the group). */
const GROUP_RADIUS = 4;
/** A group map grows from this many of the group's busiest stations. */
const GROUP_HUBS = 3;

export type LocalFocus =
	| { kind: 'station'; station: string; radius?: number }
	| { kind: 'route'; route: MapRoute; radius?: number }
	| { kind: 'group'; group: string }
	/** A few stations together, e.g. a start and the best places within reach of it. */
	| { kind: 'stations'; stations: readonly string[]; radius?: number };

/** A local map, and the route it was asked for (with bridge walks as legs) on a route map. */
export interface LocalMapData extends MapData {
	local: LocalMapInfo;
	route?: MapRoute;
}

/**
 * Several hundred small layouts; any of them is made again in a fraction of a second. The
 * Promise is cached, so readers asking for the same map at once share one layout.
 */
const cache = new BoundedCache<Promise<LocalMapData>>(300);

/** How much a station connects: lines first, then neighbours. Derived once per version. */
function busyness(snap: Snapshot): ReadonlyMap<string, number> {
	return snap.derive('local-map:busyness', (s) => {
		const neighbours = new Map<string, Set<string>>();
		for (const line of s.content.lines)
			line.stops.forEach((stop, i) => {
				const next = line.stops[i + 1];
				if (!next) return;
				neighbours.set(stop.station, (neighbours.get(stop.station) ?? new Set()).add(next.station));
				neighbours.set(next.station, (neighbours.get(next.station) ?? new Set()).add(stop.station));
			});
		return new Map(s.content.stations.map((st) => [st.id, 100 * (s.linesByStation.get(st.id)?.length ?? 0) + (neighbours.get(st.id)?.size ?? 0)]));
	});
}

function source(snap: Snapshot) {
	return snap.derive('local-map:source', (s) => ({
		lines: s.content.lines.map((l) => ({ id: l.id, stations: l.stops.map((stop) => stop.station) })),
		bridges: networkBridges(s)
	}));
}

function requireStation(snap: Snapshot, id: string): void {
	if (!snap.stations.has(id)) throw new NotFoundError(`station '${id}' does not exist in network '${snap.meta.id}'`);
}

function clampRadius(radius: number | undefined, fallback: number): number {
	return Math.min(RADIUS.max, Math.max(RADIUS.min, radius ?? fallback));
}

/** The group's busiest stations, busiest first; only stations with a line or a bridge count. */
export function groupHubs(snap: Snapshot, group: string, count: number): string[] {
	const rank = busyness(snap);
	const connected = snap.derive('local-map:connected', (s) => {
		const set = new Set(s.content.lines.flatMap((l) => l.stops.map((stop) => stop.station)));
		for (const b of networkBridges(s)) set.add(b.from).add(b.to);
		return set;
	});
	return snap.content.stations
		.filter((s) => connected.has(s.id) && inGroup(s.codes, group))
		.sort((a, b) => rank.get(b.id)! - rank.get(a.id)! || (a.id < b.id ? -1 : 1))
		.slice(0, count)
		.map((s) => s.id);
}

function hopsOf(route: MapRoute): ForcedHop[] {
	return route.legs.flatMap((leg) =>
		leg.stations.slice(1).map((to, i) => ({ from: leg.stations[i]!, to, line: isBridgeLine(leg.line) ? null : leg.line }))
	);
}

function extract(snap: Snapshot, focus: LocalFocus): { sub: Subnetwork; info: LocalMapInfo } {
	const rank = busyness(snap);
	const byRank = (s: string) => rank.get(s) ?? 0;
	const base = { maxStations: MAX_LOCAL_STATIONS, rank: byRank };
	if (focus.kind === 'station') {
		requireStation(snap, focus.station);
		const radius = clampRadius(focus.radius, RADIUS.station);
		const sub = extractSubnetwork(source(snap), { ...base, focus: [focus.station], radius });
		return { sub, info: { kind: 'station', focus: [focus.station], radius, omitted: sub.omitted } };
	}
	if (focus.kind === 'route') {
		focus.route.stations.forEach((s) => requireStation(snap, s));
		const radius = clampRadius(focus.radius, RADIUS.route);
		const sub = extractSubnetwork(source(snap), { ...base, focus: focus.route.stations, forced: hopsOf(focus.route), radius });
		return { sub, info: { kind: 'route', focus: [...focus.route.stations], radius, omitted: sub.omitted } };
	}
	if (focus.kind === 'stations') {
		focus.stations.forEach((s) => requireStation(snap, s));
		const radius = clampRadius(focus.radius, RADIUS.route);
		const sub = extractSubnetwork(source(snap), { ...base, focus: [...focus.stations], radius });
		return { sub, info: { kind: 'stations', focus: [...focus.stations], radius, omitted: sub.omitted } };
	}
	const hubs = groupHubs(snap, focus.group, GROUP_HUBS);
	if (hubs.length === 0) throw new NotFoundError(`network '${snap.meta.id}' has no connected station in group '${focus.group}'`);
	const sub = extractSubnetwork(source(snap), {
		...base,
		focus: hubs,
		radius: GROUP_RADIUS,
		allowed: (s) => inGroup(snap.stations.get(s)?.codes, focus.group)
	});
	return { sub, info: { kind: 'group', focus: hubs, radius: GROUP_RADIUS, group: focus.group, omitted: sub.omitted } };
}

function layoutInput(snap: Snapshot, sub: Subnetwork, locale: Locale, colours: ReadonlyMap<string, string>): LayoutInput {
	const lines: LayoutLineInput[] = [
		...sub.lines.map((l) => ({ id: l.id, colour: colours.get(l.id)!, stations: l.stations, name: snap.lines.get(l.id)!.label[locale] })),
		...sub.bridges.map((b) => ({ id: bridgeLineId(b.from, b.to), colour: BRIDGE_COLOUR, stations: [b.from, b.to] }))
	];
	const hops = new Map<string, LayoutEdgeInput>();
	for (const line of lines)
		for (let i = 1; i < line.stations.length; i++) {
			const [from, to] = [line.stations[i - 1]!, line.stations[i]!];
			const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
			const hop = hops.get(key);
			if (hop) hop.lines.push(line.id);
			else hops.set(key, { from, to, lines: [line.id] });
		}
	return {
		// Position hints help (a sector's geography), pins do not: they hold whole-map pixels.
		stations: sub.stations.map((id) => {
			const st = snap.stations.get(id)!;
			return { id, label: st.label[locale], ...(st.position ? { position: { x: st.position.x, y: st.position.y } } : {}) };
		}),
		edges: [...hops.values()],
		lines
	};
}

function focusKey(focus: LocalFocus): string {
	if (focus.kind === 'station') return `station:${focus.station}:${clampRadius(focus.radius, RADIUS.station)}`;
	if (focus.kind === 'group') return `group:${focus.group}`;
	if (focus.kind === 'stations') return `stations:${clampRadius(focus.radius, RADIUS.route)}:${focus.stations.join(',')}`;
	return `route:${clampRadius(focus.radius, RADIUS.route)}:${focus.route.legs.map((l) => `${l.line}=${l.stations.join(',')}`).join('|')}`;
}

/**
 * A local metro map: the subnetwork around a station, a route or a sector, laid out with the
 * octilinear engine and labelled. Cached per network version, focus, radius and language.
 * Unknown stations and empty groups are NotFoundErrors.
 */
export function localMap(snap: Snapshot, focus: LocalFocus, locale: Locale): Promise<LocalMapData> {
	const key = `${snap.meta.id}@${snap.version}|${focusKey(focus)}|${locale}`;
	return cache.getOrCreate(key, () =>
		buildLocalMap(snap, focus, locale).catch((e: unknown) => {
			// A failure (unknown station, busy pool) is not kept: the next request tries again.
			cache.delete(key);
			throw e;
		})
	);
}

async function buildLocalMap(snap: Snapshot, focus: LocalFocus, locale: Locale): Promise<LocalMapData> {
	const { sub, info } = extract(snap, focus);
	const colours = distinctColours(sub.lines.map((l) => ({ id: l.id, colour: snap.lines.get(l.id)!.colour })));
	const lines: MapLine[] = [
		...sub.lines.map((l) => ({ id: l.id, label: snap.lines.get(l.id)!.label, colour: colours.get(l.id)! })),
		...sub.bridges.map((b) => ({ id: bridgeLineId(b.from, b.to), label: bridgeLabel(snap, b.from, b.to), colour: BRIDGE_COLOUR, bridge: true as const }))
	];
	return {
		network: snap.meta.id,
		version: snap.version,
		layout: await layoutOffThread(layoutInput(snap, sub, locale, colours), {}, INLINE_LOCAL_STATIONS),
		stations: sub.stations.map((id) => toMapStation(snap, snap.stations.get(id)!)),
		lines,
		local: info,
		...(focus.kind === 'route' ? { route: focus.route } : {})
	};
}

function bridgeLabel(snap: Snapshot, from: string, to: string) {
	const a = snap.stations.get(from)!.label;
	const b = snap.stations.get(to)!.label;
	return { nl: `${a.nl} ↔ ${b.nl}`, en: `${a.en} ↔ ${b.en}` };
}

/** The sector groups a station is in (coarsest first), for links from its page to their maps. */
export function stationGroups(snap: Snapshot, station: string): string[] {
	return groupsOf(snap.stations.get(station)?.codes);
}

/** Forgets every cached local map (tests). */
export function forgetLocalMaps(): void {
	cache.clear();
}
