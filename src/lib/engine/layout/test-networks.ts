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
