import StationsTable from '$lib/components/ui/StationsTable.svelte';
import type { Locale } from '$lib/schemas/common';
import type { Snapshot } from '../services/snapshot';
import { FragmentCache } from './fragment-cache';
import { renderFragment } from './fragment';

/** One table per network version and language; a few networks, two languages. */
const tables = new FragmentCache(16);

/** The rows the home page's table shows: a station's name and its lines, nothing more. */
export function stationRows(snap: Snapshot) {
	return snap.derive('station-rows', (s) =>
		s.content.stations.map((station) => ({
			id: station.id,
			label: station.label,
			lines: (s.linesByStation.get(station.id) ?? []).map((l) => ({ id: l.id, label: l.label, colour: l.colour }))
		}))
	);
}

/** The table of every station and its lines, rendered once per network version and language. */
export function stationsTableFragment(snap: Snapshot, locale: Locale): string {
	return tables.get(JSON.stringify([snap.meta.id, snap.version, locale]), () =>
		renderFragment(StationsTable, { stations: stationRows(snap), locale }, 'stations')
	);
}

export function forgetStationsTables(): void {
	tables.clear();
}
