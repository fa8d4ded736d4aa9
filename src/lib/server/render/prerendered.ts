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

/** The page's HTML with each placed fragment in its marker's place (one pass; fragments are not searched again). */
export function fillPrerendered(html: string, fragments: Map<string, string> | undefined): string {
	if (!fragments || fragments.size === 0) return html;
	return html.replace(/<!--prerendered:[a-z0-9-]+-->/g, (marker) => fragments.get(marker) ?? marker);
}
