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
