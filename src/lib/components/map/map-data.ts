import type { Locale } from '$lib/schemas/common';
import type { MapData } from './types';

/** Which map a page shows: the interactive map fetches its data by this, not from the page. */
export interface MapSource {
	network: string;
	version: number;
}

/** Fetched maps of this browser tab, so moving between the map and the planner fetches once. */
const loaded = new Map<string, Promise<MapData>>();
const KEEP = 4;

/** GET /api/map for the interactive map; a failed fetch is forgotten so the next page tries again. */
export function loadMapData(source: MapSource, locale: Locale, fetcher: typeof fetch = fetch): Promise<MapData> {
	const key = `${source.network}@${source.version}:${locale}`;
	let data = loaded.get(key);
	if (!data) {
		data = fetcher(`/api/map?network=${encodeURIComponent(source.network)}&lang=${locale}`).then((res) => {
			if (!res.ok) throw new Error(`map: GET /api/map answered ${res.status}`);
			return res.json() as Promise<MapData>;
		});
		data.catch(() => loaded.delete(key));
		loaded.set(key, data);
		if (loaded.size > KEEP) loaded.delete(loaded.keys().next().value!);
	}
	return data;
}
