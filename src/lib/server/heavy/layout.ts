import { layout, type LayoutInput, type LayoutOptions, type LayoutResult } from '$lib/engine/layout';
import { heavyPool } from './pool';

/**
 * Up to this many stations on lines a layout stays on the request thread (a few milliseconds).
 * Above it the layout runs in the heavy-task pool: the seed network's 55 stations already take
 * 30–140 ms on a busy 2-core machine — every other request, /healthz too, would wait that long
 * after each import or edit — and a city's subway seconds. The reader who asked for the map
 * waits for a worker's round trip instead; nobody else waits.
 */
export const INLINE_LAYOUT_STATIONS = 30;

function stationsOnLines(input: LayoutInput): number {
	const on = new Set<string>();
	for (const edge of input.edges) on.add(edge.from).add(edge.to);
	return on.size;
}

/**
 * The engine's layout, off the request thread when the network is large, so /healthz and every
 * other request stay fast while it runs. Only plain data crosses: a `textWidth` measure is a
 * function, so a layout given one stays inline. Rejects with HeavyPoolBusy when the pool is full.
 */
export async function layoutOffThread(input: LayoutInput, options: LayoutOptions = {}, inlineUpTo = INLINE_LAYOUT_STATIONS): Promise<LayoutResult> {
	if (input.textWidth || stationsOnLines(input) <= inlineUpTo) return layout(input, options);
	return heavyPool().run('layout', { input, options });
}
