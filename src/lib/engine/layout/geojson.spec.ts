import { describe, expect, it } from 'vitest';
import { layoutInputFromGeoJson } from './geojson';

const point = (id: string, lon: number, lat: number, name?: string) => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [lon, lat] },
	properties: { id, ...(name ? { station_label: name } : {}) }
});
const edge = (from: string, to: string, lines: string[]) => ({
	type: 'Feature',
	geometry: { type: 'LineString', coordinates: [] },
	properties: { from, to, lines: lines.map((id) => ({ id, label: id, color: 'ff0000' })) }
});

describe('layoutInputFromGeoJson', () => {
	const input = layoutInputFromGeoJson({
		type: 'FeatureCollection',
		features: [point('a', 7.8, 48.0, 'Alpha'), point('j', 7.81, 48.0), point('b', 7.82, 48.01, 'Beta'), point('c', 7.81, 47.99, 'Gamma'), edge('a', 'j', ['L']), edge('j', 'b', ['L']), edge('j', 'c', ['L', 'M'])]
	});

	it('keeps station names, marks unnamed nodes as junctions and projects north up', () => {
		expect(input.stations.map((s) => s.label)).toEqual(['Alpha', '', 'Beta', 'Gamma']);
		const [a, , b] = input.stations;
		expect(b!.position!.x).toBeGreaterThan(a!.position!.x);
		expect(b!.position!.y).toBeLessThan(a!.position!.y);
	});

	it('takes hops with their lines and lists each line from an end', () => {
		expect(input.edges).toEqual([
			{ from: 'a', to: 'j', lines: ['L'] },
			{ from: 'j', to: 'b', lines: ['L'] },
			{ from: 'j', to: 'c', lines: ['L', 'M'] }
		]);
		// The line's label is the name the map writes on it where its colour is close to another's.
		expect(input.lines.find((l) => l.id === 'M')).toEqual({ id: 'M', colour: '#ff0000', stations: ['c', 'j'], name: 'M' });
		expect(input.lines.find((l) => l.id === 'L')!.stations[0]).toBe('a');
	});

	it('rejects what is not a feature collection', () => {
		expect(() => layoutInputFromGeoJson({ nope: 1 }, 'x.json')).toThrow(/x.json: not a GeoJSON FeatureCollection/);
	});
});
