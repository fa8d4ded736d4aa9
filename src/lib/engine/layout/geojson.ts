import { LayoutInputError } from './errors';
import type { LayoutInput, LayoutLineInput } from './types';

interface Feature {
	geometry: { type: string; coordinates: unknown };
	properties: Record<string, unknown>;
}

/**
 * Layout input from a LOOM line graph (GeoJSON: Point features are nodes, LineString
 * features are edges with the lines that run along them). Coordinates are WGS84; they are
 * projected equirectangularly around the mean latitude (metres, y pointing south so north is
 * up on screen), which is plenty for a city. Nodes without a station name are junctions.
 */
export function layoutInputFromGeoJson(data: unknown, name = 'geojson'): LayoutInput {
	const features = (data as { features?: Feature[] })?.features;
	if (!Array.isArray(features)) throw new LayoutInputError(`${name}: not a GeoJSON FeatureCollection`);
	const points = features.filter((f) => f.geometry?.type === 'Point');
	const strings = features.filter((f) => f.geometry?.type === 'LineString');
	const lat0 = points.reduce((s, f) => s + (f.geometry.coordinates as number[])[1]!, 0) / Math.max(1, points.length);
	const kx = 111320 * Math.cos((lat0 * Math.PI) / 180);
	const ky = 110540;

	const stations = points.map((f) => {
		const [lon, lat] = f.geometry.coordinates as [number, number];
		const label = f.properties.station_label;
		return { id: String(f.properties.id), label: typeof label === 'string' ? label : '', position: { x: lon * kx, y: -lat * ky } };
	});
	const lines = new Map<string, { colour: string; name?: string; hops: [string, string][] }>();
	const edges = strings.map((f) => {
		const from = String(f.properties.from);
		const to = String(f.properties.to);
		const on = (f.properties.lines as { id: string; color: string; label?: unknown }[] | undefined) ?? [];
		for (const l of on) {
			const entry = lines.get(l.id) ?? { colour: `#${l.color}`, ...(typeof l.label === 'string' && l.label !== '' ? { name: l.label } : {}), hops: [] };
			entry.hops.push([from, to]);
			lines.set(l.id, entry);
		}
		return { from, to, lines: on.map((l) => l.id) };
	});
	const lineInputs: LayoutLineInput[] = [...lines].map(([id, l]) => ({ id, colour: l.colour, stations: walk(l.hops), ...(l.name ? { name: l.name } : {}) }));
	return { stations, edges, lines: lineInputs };
}

/** Stations of a line in riding order: depth first from an end (a line here may branch). */
function walk(hops: [string, string][]): string[] {
	const adj = new Map<string, string[]>();
	for (const [a, b] of hops) {
		adj.set(a, [...(adj.get(a) ?? []), b]);
		adj.set(b, [...(adj.get(b) ?? []), a]);
	}
	const ends = [...adj.keys()].filter((s) => adj.get(s)!.length === 1).sort();
	const seen = new Set<string>();
	const out: string[] = [];
	const starts = [...ends, ...[...adj.keys()].sort()];
	for (const start of starts) {
		if (seen.has(start)) continue;
		const stack = [start];
		while (stack.length > 0) {
			const s = stack.pop()!;
			if (seen.has(s)) continue;
			seen.add(s);
			out.push(s);
			for (const t of adj.get(s)!.slice().reverse()) if (!seen.has(t)) stack.push(t);
		}
	}
	return out;
}
