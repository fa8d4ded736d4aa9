import type { LayoutResult } from '$lib/engine/layout/types';
import type { LocalizedText, SalaryBand } from '$lib/schemas';

/** What GET /api/map returns and the home page hands to the map: the layout plus the names to show. */
export interface MapData {
	network: string;
	version: number;
	layout: LayoutResult;
	/**
	 * The layout is an overview (straight hops, labels without collision checks) of a network
	 * too big or dense for the metro map; its labels only make sense once zoomed in.
	 */
	overview?: boolean;
	stations: MapStation[];
	lines: MapLine[];
	/** Set on a local map: a window on a network too big to read whole (see `LocalMapInfo`). */
	local?: LocalMapInfo;
}

/** What a local map is about and what its window left out. */
export interface LocalMapInfo {
	kind: 'station' | 'route' | 'group' | 'stations';
	/** The stations the map is about (the station, the route's stops, the group's hubs, the places within reach). */
	focus: string[];
	radius: number;
	/** The group's code (e.g. `isco-72`) on a group map. */
	group?: string;
	/** Neighbouring stations and lines through shown stations that the window left out. */
	omitted: { stations: number; lines: number };
}

export interface MapStation {
	id: string;
	label: LocalizedText;
	/** Ids of the lines that stop here, in network order. */
	lines: string[];
	interchange: boolean;
	/** Shown in the station panel, so a click needs no second request. */
	salary: SalaryBand | null;
}

export interface MapLine {
	id: string;
	label: LocalizedText;
	colour: string;
	/** A bridge drawn as a line of its own (see bridge-line.ts). */
	bridge?: true;
}

/** One ride on one line; `stations` runs in travel order and includes both ends. */
export interface RouteLeg {
	line: string;
	stations: string[];
}

/** A planned route as the map shows it: every station in travel order, its legs and where to change. */
export interface MapRoute {
	stations: string[];
	legs: RouteLeg[];
	transfers: string[];
}

export type XY = [number, number];
