import { layout, type LayoutInput, type LayoutOptions, type LayoutResult } from '$lib/engine/layout';
import { heavyPool } from './pool';

/**
 * Up to this many stations on lines a layout stays on the request thread: it takes well under
 * a tenth of a second there, less than a round trip to a worker costs a cold pool. Above it
 * (a city's subway: seconds of CPU) the layout runs in the heavy-task pool.
 */
export const INLINE_LAYOUT_STATIONS = 150;

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
