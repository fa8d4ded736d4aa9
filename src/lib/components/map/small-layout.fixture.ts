import type { LayoutResult } from '$lib/engine/layout/types';

/**
 * A tiny laid-out network for the helper specs:
 *
 *              E
 *              |  blue
 *   A ====== B ------ C
 *    red+blue   red   |
 *                     D
 */
export const SMALL_LAYOUT: Pick<LayoutResult, 'stations' | 'edges' | 'style' | 'lines'> = {
	stations: [
		{ id: 'a', x: 0, y: 0, label: { x: 0, y: 14, anchor: 'middle', width: 30, height: 14, dir: 'S' } },
		{ id: 'b', x: 60, y: 0, label: { x: 68, y: 14, anchor: 'start', width: 30, height: 14, dir: 'SE' } },
		{ id: 'c', x: 120, y: 0, label: { x: 128, y: 0, anchor: 'start', width: 30, height: 14, dir: 'E' } },
		{ id: 'd', x: 120, y: 60, label: { x: 128, y: 60, anchor: 'start', width: 30, height: 14, dir: 'E' } },
		{ id: 'e', x: 60, y: -60, label: { x: 68, y: -60, anchor: 'start', width: 30, height: 14, dir: 'E' } }
	],
	edges: [
		{ from: 'a', to: 'b', lines: ['red', 'blue'], points: [[0, 0], [60, 0]] },
		{ from: 'b', to: 'c', lines: ['red'], points: [[60, 0], [120, 0]] },
		{ from: 'c', to: 'd', lines: ['red'], points: [[120, 0], [120, 60]] },
		{ from: 'b', to: 'e', lines: ['blue'], points: [[60, 0], [60, -60]] }
	],
	lines: [
		{ id: 'red', colour: '#d62828', stations: ['a', 'b', 'c', 'd'] },
		{ id: 'blue', colour: '#1d4ed8', stations: ['a', 'b', 'e'] }
	],
	style: { cellSize: 60, fontSize: 12, lineWidth: 4, lineSpacing: 5, stationRadius: 5 }
};
