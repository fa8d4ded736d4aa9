import type { LayoutResult, LayoutStation } from '$lib/engine/layout/types';
import { isBridgeLine } from './bridge-line';
import { MapGeometry } from './line-geometry';
import { linePath } from './line-path';
import { stationMarker, type StationMarker } from './station-marker';
import type { MapRoute, XY } from './types';

export interface DrawnLine {
	id: string;
	colour: string;
	d: string;
}

export interface DrawnStation {
	placed: LayoutStation;
	marker: StationMarker;
	/** Colour of the single line at a stop (its ring); interchanges are drawn in ink. */
	colour: string;
}

export interface MapDrawing {
	geometry: MapGeometry;
	lines: DrawnLine[];
	stations: Map<string, DrawnStation>;
}

const INK = '#1d2330';

/** Paths for every line and a marker for every station, from the layout alone. */
export function drawMap(layout: Pick<LayoutResult, 'stations' | 'edges' | 'lines' | 'style'>): MapDrawing {
	const geometry = new MapGeometry(layout);
	const passes = new Map<string, XY[]>();
	const servedBy = new Map<string, string[]>();
	const lines = layout.lines.map((l) => {
		const course = geometry.course(l.id, l.stations);
		for (const [station, points] of course.at) passes.set(station, [...(passes.get(station) ?? []), ...points]);
		// A bridge is a walk, not a line: it neither makes an interchange nor colours a stop.
		if (!isBridgeLine(l.id)) for (const station of l.stations) servedBy.set(station, [...(servedBy.get(station) ?? []), l.colour]);
		return { id: l.id, colour: l.colour, d: linePath(course.points) };
	});
	const stations = new Map<string, DrawnStation>();
	for (const s of layout.stations) {
		const colours = servedBy.get(s.id) ?? [];
		stations.set(s.id, {
			placed: s,
			marker: stationMarker(passes.get(s.id) ?? [], [s.x, s.y], colours.length > 1),
			colour: colours.length === 1 ? colours[0]! : INK
		});
	}
	return { geometry, lines, stations };
}

export interface DrawnLeg {
	line: string;
	colour: string;
	d: string;
}

export type RouteRole = 'origin' | 'destination' | 'transfer' | 'via';

/** The route's legs drawn exactly over their lines, and what each of its stations is to the route. */
export function drawRoute(drawing: MapDrawing, route: MapRoute, colourOf: (line: string) => string) {
	const legs: DrawnLeg[] = [];
	const points: XY[] = [];
	for (const leg of route.legs) {
		const course = drawing.geometry.course(leg.line, leg.stations);
		legs.push({ line: leg.line, colour: colourOf(leg.line), d: linePath(course.points) });
		points.push(...course.points);
	}
	const roles = new Map<string, RouteRole>();
	for (const s of route.stations) roles.set(s, 'via');
	for (const s of route.transfers) roles.set(s, 'transfer');
	if (route.stations.length > 0) {
		roles.set(route.stations[0]!, 'origin');
		roles.set(route.stations[route.stations.length - 1]!, 'destination');
	}
	return { legs, points, roles };
}
