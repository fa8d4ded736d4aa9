import { overviewLayout, type LayoutInput, type LayoutResult } from '$lib/engine/layout';
import type { MapData, MapStation } from '$lib/components/map/types';
import type { Station } from '$lib/schemas';
import type { Locale } from '$lib/schemas/common';
import { layoutOffThread } from '../heavy/layout';
import { deriveAsync } from './derive-async';
import { toLayoutInput } from './layout-data';
import type { Snapshot } from './snapshot';

/**
 * The newest Dutch layout made per network. The next version is laid out with it as
 * `previous`, so an edit moves few stations and the map stays familiar to its readers.
 * Kept in memory only: after a restart the first layout starts fresh, which is harmless.
 */
const latestBase = new Map<string, LayoutResult>();

/**
 * Dutch is the base layout (the sector's source language); English labels have other widths,
 * so English is laid out separately but anchored on the Dutch positions of the same version,
 * and a reader switching language sees the same map.
 */
const BASE_LOCALE: Locale = 'nl';

function baseLayout(snap: Snapshot): Promise<LayoutResult> {
	return deriveAsync(snap, `map-layout:${BASE_LOCALE}`, async (s) => {
		const result = await layoutOffThread(toLayoutInput(s.content, BASE_LOCALE), { previous: latestBase.get(s.meta.id) });
		latestBase.set(s.meta.id, result);
		return result;
	});
}

/**
 * The laid-out map of one network version in one language; computed once per version, in the
 * heavy-task pool for a large network (the request thread only awaits it).
 */
export function mapLayout(snap: Snapshot, locale: Locale): Promise<LayoutResult> {
	if (locale === BASE_LOCALE) return baseLayout(snap);
	return deriveAsync(snap, `map-layout:${locale}`, async (s) => layoutOffThread(toLayoutInput(s.content, locale), { previous: await baseLayout(s) }));
}

/**
 * Above this many stations on lines a drawn metro map of a network without geography (a
 * taxonomy: ESCO, O*NET) stops being readable; such a network gets the overview instead.
 */
export const MAX_MAP_STATIONS = 400;
/**
 * A geographic network (every station on a line has a position, as a city's transit network)
 * is drawn as a metro map up to this size: the layout refines its grid for a dense centre and
 * draws New York's subway (517 stations) fully octilinear in about 4 s of CPU time.
 */
export const MAX_GEOGRAPHIC_MAP_STATIONS = 600;
/** An octilinear map has eight directions, so a station can have at most eight neighbours. */
const MAX_NEIGHBOURS = 8;

export interface MapUnavailable {
	reason: 'too-large' | 'too-dense';
	/** Stations on lines (too-large) or the busiest station's neighbours (too-dense). */
	count: number;
	limit: number;
}

/** Why this network cannot be drawn as a metro map, or null when it can. */
export function mapUnavailable(snap: Snapshot): MapUnavailable | null {
	return snap.derive('map-unavailable', (s) => {
		const neighbours = new Map<string, Set<string>>();
		const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
		for (const line of s.content.lines)
			line.stops.forEach((stop, i) => {
				const next = line.stops[i + 1];
				if (next) (link(stop.station, next.station), link(next.station, stop.station));
			});
		const limit = isGeographic(s, neighbours.keys()) ? MAX_GEOGRAPHIC_MAP_STATIONS : MAX_MAP_STATIONS;
		if (neighbours.size > limit) return { reason: 'too-large', count: neighbours.size, limit };
		const busiest = Math.max(0, ...[...neighbours.values()].map((n) => n.size));
		if (busiest > MAX_NEIGHBOURS) return { reason: 'too-dense', count: busiest, limit: MAX_NEIGHBOURS };
		return null;
	});
}

/** Whether every given station (those on lines) has a position: a map with geography to keep. */
function isGeographic(snap: Snapshot, onLines: Iterable<string>): boolean {
	let any = false;
	for (const id of onLines) {
		if (!snap.stations.get(id)?.position) return false;
		any = true;
	}
	return any;
}

/**
 * Up to this many stations on lines a network too big or too dense for the metro map is still
 * drawn as an overview (straight hops, labels on zoom); beyond it even that gets unwieldy in
 * the browser, and the pages fall back to text.
 */
export const MAX_OVERVIEW_STATIONS = 5000;

/** Whether this network gets the overview drawing instead of the octilinear metro map. */
export function showsOverview(snap: Snapshot): boolean {
	const unavailable = mapUnavailable(snap);
	if (!unavailable) return false;
	return snap.derive('map-stations-on-lines', (s) => stationsOnLines(s).size) <= MAX_OVERVIEW_STATIONS;
}

function stationsOnLines(snap: Snapshot): Set<string> {
	return new Set(snap.content.lines.flatMap((l) => l.stops.map((stop) => stop.station)));
}

/**
 * Stations without a line would only add loose dots to an overview that is already crowded,
 * so they are left out. No `previous` anchoring: the overview is cheap and deterministic.
 */
function overviewMap(snap: Snapshot, locale: Locale): LayoutResult {
	return snap.derive(`map-overview:${locale}`, (s) => {
		const onLines = stationsOnLines(s);
		const input: LayoutInput = toLayoutInput(s.content, locale);
		return overviewLayout({ ...input, stations: input.stations.filter((st) => onLines.has(st.id)) });
	});
}

/**
 * Everything the map draws and names (what GET /api/map returns and the home page renders).
 * Callers check `mapUnavailable` and `showsOverview` first: a network too large even for the
 * overview is not laid out at all.
 */
export function mapView(snap: Snapshot, locale: Locale): Promise<MapData> {
	return deriveAsync(snap, `map-view:${locale}`, async (s) => ({
		network: s.meta.id,
		version: s.version,
		...(showsOverview(s) ? { layout: overviewMap(s, locale), overview: true } : { layout: await mapLayout(s, locale) }),
		stations: s.content.stations.map((station) => toMapStation(s, station)),
		lines: s.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour }))
	}));
}

/** What the map says about a station: its names, every line through it, its salary band. */
export function toMapStation(snap: Snapshot, station: Station): MapStation {
	const lines = snap.linesByStation.get(station.id) ?? [];
	return {
		id: station.id,
		label: station.label,
		lines: lines.map((l) => l.id),
		interchange: lines.length > 1,
		salary: station.salaryBand ? (snap.salaryBands.get(station.salaryBand) ?? null) : null
	};
}

/** Forgets the anchors (tests, or after a network was deleted). */
export function forgetMapLayouts(network?: string): void {
	if (network) latestBase.delete(network);
	else latestBase.clear();
}
