import type { MapData } from '$lib/components/map/types';
import type { Locale } from '$lib/schemas/common';
import type { Explored } from '$lib/server/services/explore';
import { localMap } from '$lib/server/services/local-map/local-map';
import { mapView } from '$lib/server/services/map-layout';
import type { Snapshot } from '$lib/server/services/snapshot';

/** On a map of this many places a reader still finds the best ones. */
export const LOCAL_MAP_DESTINATIONS = 9;

/**
 * The whole network's map when it can be drawn whole; otherwise (ESCO, O*NET) a local metro map
 * of the start and the best-paid places within reach, with the lines between them.
 */
export function exploreMap(snap: Snapshot, explored: Explored, locale: Locale, drawWhole: boolean): Promise<MapData> {
	if (drawWhole) return mapView(snap, locale);
	const stations = [explored.from, ...explored.destinations.slice(0, LOCAL_MAP_DESTINATIONS).map((d) => d.station)];
	return localMap(snap, { kind: 'stations', stations }, locale);
}
