import { getRequestEvent } from '$app/server';
import { prerenderedMarker } from '$lib/components/prerendered';

/**
 * Puts a cached, shared HTML fragment into this response without serialising it into the
 * page data: the page renders a marker (`Prerendered.svelte`), and the response hook swaps the
 * marker for the fragment. The browser keeps the fragment as it is and never hydrates it.
 * Returns the marker's id for the page data.
 */
export function placePrerendered(id: string, html: string): string {
	const { locals } = getRequestEvent();
	(locals.prerendered ??= new Map()).set(prerenderedMarker(id), html);
	return id;
}

/**
 * The page's HTML with each placed fragment in its marker's place. Markers are found with
 * indexOf in the order they stand in the page, and the search goes on after each fragment, so a
 * fragment is never searched for markers. (A regular expression over a 150 KB page full of
 * hydration comments cost milliseconds; indexOf costs a tenth of one.)
 */
export function fillPrerendered(html: string, fragments: Map<string, string> | undefined): string {
	if (!fragments || fragments.size === 0) return html;
	const found = [...fragments.keys()]
		.map((marker) => ({ marker, at: html.indexOf(marker) }))
		.filter((f) => f.at >= 0)
		.sort((a, b) => a.at - b.at);
	if (found.length === 0) return html;
	let out = '';
	let from = 0;
	for (const { marker, at } of found) {
		out += html.slice(from, at) + fragments.get(marker)!;
		from = at + marker.length;
	}
	return out + html.slice(from);
}
