import type { LocalizedText } from '$lib/schemas/common';
import type { Snapshot } from '../snapshot';
import { groupsOf, majorGroupOf } from './groups';
import { groupHubs } from './local-map';

export interface GroupEntry {
	id: string;
	/** Stations of the group on a line or a bridge: the ones its map can show. */
	stations: number;
	/** Its busiest stations, as examples of what the group holds. */
	examples: { id: string; label: LocalizedText }[];
}

export interface MajorGroupEntry extends GroupEntry {
	/** Sub-major groups (ISCO only), biggest first. */
	groups: GroupEntry[];
}

const EXAMPLES = 3;

/**
 * The network grouped by sector, for an overview with a way into each group's local map: the
 * major groups in code order, each with its sub-major groups. Derived once per version.
 */
export function groupOverview(snap: Snapshot): MajorGroupEntry[] {
	return snap.derive('local-map:group-overview', (s) => {
		const counts = new Map<string, number>();
		const connected = new Set(s.content.lines.flatMap((l) => l.stops.map((stop) => stop.station)));
		for (const station of s.content.stations) {
			if (!connected.has(station.id)) continue;
			for (const g of groupsOf(station.codes)) counts.set(g, (counts.get(g) ?? 0) + 1);
		}
		const entry = (id: string): GroupEntry => ({
			id,
			stations: counts.get(id)!,
			examples: groupHubs(s, id, EXAMPLES).map((h) => ({ id: h, label: s.stations.get(h)!.label }))
		});
		const ids = [...counts.keys()];
		return ids
			.filter((id) => majorGroupOf(id) === id)
			.sort()
			.map((major) => ({
				...entry(major),
				groups: ids
					.filter((id) => id !== major && majorGroupOf(id) === major)
					.sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1))
					.map(entry)
			}));
	});
}
