import type { LayoutInput, LayoutLineInput } from './types';

/** Small networks for the specs: built from lines, one hop per pair of consecutive stops. */
export function fromLines(lines: Record<string, string[]>, positions?: Record<string, [number, number]>): LayoutInput {
	const ids = [...new Set(Object.values(lines).flat())];
	const hops = new Map<string, { from: string; to: string; lines: string[] }>();
	const lineInputs: LayoutLineInput[] = Object.entries(lines).map(([id, stops], i) => {
		for (let k = 1; k < stops.length; k++) {
			const [from, to] = [stops[k - 1]!, stops[k]!];
			const key = [from, to].sort().join('|');
			const hop = hops.get(key) ?? { from, to, lines: [] };
			hop.lines.push(id);
			hops.set(key, hop);
		}
		return { id, colour: PALETTE[i % PALETTE.length]!, stations: stops };
	});
	return {
		stations: ids.map((id) => ({
			id,
			label: `Station ${id}`,
			...(positions?.[id] ? { position: { x: positions[id]![0], y: positions[id]![1] } } : {})
		})),
		edges: [...hops.values()],
		lines: lineInputs
	};
}

const PALETTE = ['#d7263d', '#1b998b', '#2e86ab', '#f46036', '#5b2a86', '#c5d86d'];

/** A small career network without positions: lines branch and meet as careers do. */
export const CAREER_LINES: Record<string, string[]> = {
	weld: ['welder', 'construction-welder', 'hygienic-welder', 'work-planner', 'welding-engineer'],
	fit: ['fitter', 'hygienic-fitter', 'maintenance', 'work-planner', 'project-leader'],
	design: ['draughtsman', 'design-engineer', 'project-leader'],
	hygiene: ['hygienic-welder', 'hygienic-fitter', 'hygienic-designer', 'project-leader'],
	quality: ['inspector', 'quality-engineer', 'quality-manager']
};

/** A small network with position hints: two lines crossing, a branch and a loop. */
export const GEO_LINES: Record<string, string[]> = {
	east: ['w2', 'w1', 'centre', 'e1', 'e2', 'e3'],
	north: ['s2', 's1', 'centre', 'n1', 'n2'],
	loop: ['e1', 'l1', 'l2', 'n2']
};
export const GEO_POSITIONS: Record<string, [number, number]> = {
	w2: [-4, 0.3], w1: [-2, 0], centre: [0, 0], e1: [2, 0.2], e2: [4, 0.4], e3: [6, 0.2],
	s2: [0.2, 4], s1: [0, 2], n1: [0.1, -2], n2: [0.4, -4], l1: [3.5, -1.5], l2: [2.5, -3.5]
};
