import MetroMap from '$lib/components/map/MetroMap.svelte';
import type { MapRoute } from '$lib/components/map/types';
import type { Locale } from '$lib/schemas/common';
import { mapView } from '../services/map-layout';
import type { Snapshot } from '../services/snapshot';
import { FragmentCache } from './fragment-cache';
import { renderFragment } from './fragment';

/**
 * Drawn maps (about 40 KB of SVG each): one per network version, language, title and
 * highlighted route. Routes vary with every question, hence a bound instead of one per version.
 */
const maps = new FragmentCache(64);

/** Everything the drawing depends on; a planned route enters only as the stations and lines it rides. */
export function mapFragmentKey(snap: Snapshot, locale: Locale, title: string, route: MapRoute | null): string {
	const highlight = route ? JSON.stringify([route.stations, route.legs.map((l) => [l.line, l.stations]), route.transfers]) : '';
	return JSON.stringify([snap.meta.id, snap.version, locale, title, highlight]);
}

/**
 * The server-rendered metro map (what a reader without JavaScript gets), rendered once and
 * shared by every reader of the same map. Callers check `mapUnavailable`/`showsOverview` first,
 * as for `mapView`.
 */
export async function mapFragment(snap: Snapshot, locale: Locale, title: string, route: MapRoute | null): Promise<string> {
	const map = await mapView(snap, locale);
	return maps.get(mapFragmentKey(snap, locale, title, route), () => renderFragment(MetroMap, { map, locale, title, route }, 'map'));
}

/** For tests and after a network was deleted. */
export function forgetMapFragments(): void {
	maps.clear();
}

export const mapFragmentStats = () => ({ hits: maps.hits, misses: maps.misses, size: maps.size });
