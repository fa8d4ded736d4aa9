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
 * The page's HTML with each placed fragment in its marker's place and `%lang%` (in <html lang>)
 * filled in: one search with indexOf over the page as SvelteKit built it, and one join, so the
 * response is copied once (a regular expression over a 150 KB page full of hydration comments
 * cost milliseconds). The search goes on after each fragment, so a fragment is never searched.
 */
export function fillPage(html: string, lang: string, fragments?: Map<string, string>): string {
	const found = [{ marker: '%lang%', text: lang }, ...[...(fragments ?? [])].map(([marker, text]) => ({ marker, text }))]
		.map((f) => ({ ...f, at: html.indexOf(f.marker) }))
		.filter((f) => f.at >= 0)
		.sort((a, b) => a.at - b.at);
	if (found.length === 0) return html;
	const parts: string[] = [];
	let from = 0;
	for (const { marker, text, at } of found) {
		parts.push(html.slice(from, at), text);
		from = at + marker.length;
	}
	parts.push(html.slice(from));
	return parts.join('');
}

/** The page's HTML with each placed fragment in its marker's place. */
export function fillPrerendered(html: string, fragments: Map<string, string> | undefined): string {
	return fragments && fragments.size > 0 ? fillPage(html, '%lang%', fragments) : html;
}
