import type { PlanModule, PlanRoute } from '$lib/schemas/plan';
import type { Snapshot } from '../services/snapshot';
import { planModule } from './route-builder';

/** How something in a plan differs from the network today; null when it is unchanged. */
export type Change = { kind: 'removed' } | { kind: 'changed'; fields: string[] };

export interface RouteChanges {
	/** Per stop of the plan: the station itself, and the ride (line and months) that arrives there. */
	stops: { station: Change | null; ride: Change | null }[];
	modules: Record<string, Change>;
	any: boolean;
}

const REMOVED: Change = { kind: 'removed' };
const changed = (fields: string[]): Change | null => (fields.length > 0 ? { kind: 'changed', fields } : null);
const sameText = (a: { nl: string; en: string }, b: { nl: string; en: string }) => a.nl === b.nl && a.en === b.en;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function moduleChange(saved: PlanModule, snap: Snapshot): Change | null {
	const current = snap.modules.get(saved.id);
	if (!current) return REMOVED;
	const now = planModule(current);
	const fields: string[] = [];
	if (!sameText(saved.label, now.label)) fields.push('label');
	for (const f of ['hours', 'price', 'currency', 'points', 'closedTo'] as const) if (saved[f] !== now[f]) fields.push(f);
	if (!sameSet(saved.certificates, now.certificates)) fields.push('certificates');
	return changed(fields);
}

/**
 * Compares a saved route with the network as it is now (or with nothing, when the network is
 * gone). Nothing is dropped: a station, line or module that changed or disappeared is reported
 * so the plan can show it, marked, next to what was saved.
 */
export function compareWithNetwork(route: PlanRoute, snap: Snapshot | null): RouteChanges {
	const modules: Record<string, Change> = {};
	const stops = route.stops.map((stop, i) => {
		for (const m of stop.modules) {
			const c = snap ? moduleChange(m, snap) : REMOVED;
			if (c) modules[m.id] = c;
		}
		if (!snap) return { station: REMOVED, ride: i === 0 ? null : REMOVED };
		const station = snap.stations.get(stop.station);
		let stationChange: Change | null = REMOVED;
		if (station) {
			const band = station.salaryBand ? snap.salaryBands.get(station.salaryBand) : undefined;
			const fields: string[] = [];
			if (!sameText(stop.label, station.label)) fields.push('label');
			if ((band?.median ?? null) !== stop.salaryMedian) fields.push('salary');
			if (!sameSet(stop.certificates, station.certificates)) fields.push('certificates');
			stationChange = changed(fields);
		}
		return { station: stationChange, ride: i === 0 || stop.line === null ? null : rideChange(snap, route.stops[i - 1]!.station, stop.station, stop.line.id, stop.hopMonths) };
	});
	const any = Object.keys(modules).length > 0 || stops.some((s) => s.station || s.ride);
	return { stops, modules, any };
}

function rideChange(snap: Snapshot, from: string, to: string, lineId: string, months: number): Change | null {
	const line = snap.lines.get(lineId);
	if (!line) return REMOVED;
	const i = line.stops.findIndex((s) => s.station === from);
	const j = line.stops.findIndex((s) => s.station === to);
	if (i < 0 || j < 0 || Math.abs(i - j) !== 1) return { kind: 'changed', fields: ['stops'] };
	return (line.stops[Math.max(i, j)]!.months ?? 0) !== months ? { kind: 'changed', fields: ['months'] } : null;
}
