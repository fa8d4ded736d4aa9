/** The comment a page renders where the server puts a prerendered fragment (see Prerendered.svelte). */
export function prerenderedMarker(id: string): string {
	if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`prerendered: bad fragment id '${id}'`);
	return `<!--prerendered:${id}-->`;
}
