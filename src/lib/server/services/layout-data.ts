import type { LayoutEdgeInput, LayoutInput } from '$lib/engine/layout';
import type { Locale } from '$lib/schemas/common';
import type { NetworkContent } from '$lib/schemas';

/**
 * The layout engine's view of a network: stations with their name in one language, one hop
 * per pair of consecutive stops (lines on the same hop merged), and lines in career order.
 * A station's `position` is a hint; a pinned station keeps that position exactly, so the
 * hint is passed both ways and the engine can fit other hints onto the pinned ones.
 */
export function toLayoutInput(content: NetworkContent, locale: Locale): LayoutInput {
	const hops = new Map<string, LayoutEdgeInput>();
	for (const line of content.lines)
		for (let i = 1; i < line.stops.length; i++) {
			const from = line.stops[i - 1]!.station;
			const to = line.stops[i]!.station;
			const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
			const hop = hops.get(key);
			if (hop) hop.lines.push(line.id);
			else hops.set(key, { from, to, lines: [line.id] });
		}
	return {
		stations: content.stations.map((s) => ({
			id: s.id,
			label: s.label[locale],
			...(s.position ? { position: { x: s.position.x, y: s.position.y } } : {}),
			...(s.position && s.pinned ? { pinned: { x: s.position.x, y: s.position.y } } : {})
		})),
		edges: [...hops.values()],
		lines: content.lines.map((l) => ({ id: l.id, colour: l.colour, stations: l.stops.map((s) => s.station), name: l.label[locale] }))
	};
}
