import type { Line, LocalizedText, Station } from '$lib/schemas';
import type { LineDetail, LineRef, LineSummary, ModuleRef, SearchHit, StationDetail, StationSummary } from '$lib/schemas/api/network-views';
import { NotFoundError } from '../store/errors';
import { canSeeModule, type Viewer } from '../viewer';
import { normalizeText } from './search-text';
import { buildSearchIndex, rankMatches } from './search-index';
import type { SearchEntry, SearchKind, Snapshot } from './snapshot';

/** Read models shared by pages and the JSON API, so both always say the same (their types: schemas/api). */

export type { LineDetail, LineRef, ModuleRef, SearchHit, StationDetail, StationSummary };

function lineRef(l: Line): LineRef {
	return { id: l.id, label: l.label, colour: l.colour };
}

export function requireStation(snap: Snapshot, id: string): Station {
	const s = snap.stations.get(id);
	if (!s) throw new NotFoundError(`station '${id}' does not exist`);
	return s;
}

export function requireLine(snap: Snapshot, id: string): Line {
	const l = snap.lines.get(id);
	if (!l) throw new NotFoundError(`line '${id}' does not exist`);
	return l;
}

export function stationSummary(snap: Snapshot, s: Station): StationSummary {
	const lines = snap.linesByStation.get(s.id) ?? [];
	return {
		id: s.id,
		label: s.label,
		level: s.level ?? null,
		salary: s.salaryBand ? (snap.salaryBands.get(s.salaryBand) ?? null) : null,
		lines: lines.map(lineRef),
		interchange: lines.length > 1
	};
}

export function listStations(snap: Snapshot): StationSummary[] {
	return snap.content.stations.map((s) => stationSummary(snap, s));
}

export function stationDetail(snap: Snapshot, id: string, viewer: Viewer): StationDetail {
	const s = requireStation(snap, id);
	const taughtBySchool = new Set(snap.content.curricula.flatMap((c) => c.teaches.map((t) => t.skill)));
	const label = (id: string) => ({ id, label: snap.stations.get(id)!.label });
	return {
		...stationSummary(snap, s),
		description: s.description ?? null,
		codes: s.codes ?? null,
		requires: s.requires.map((r) => {
			const modules = (snap.modulesBySkill.get(r.skill) ?? []).filter((m) => canSeeModule(viewer, m)).map(moduleRef);
			return {
				skill: { id: r.skill, label: snap.skills.get(r.skill)!.label, fallback: snap.skills.get(r.skill)!.labelFallback ?? [] },
				essential: r.essential,
				level: r.level,
				modules,
				untaught: modules.length === 0 && !taughtBySchool.has(r.skill)
			};
		}),
		onLines: (snap.linesByStation.get(s.id) ?? []).map((l) => {
			const i = l.stops.findIndex((stop) => stop.station === s.id);
			const prev = l.stops[i - 1];
			const next = l.stops[i + 1];
			return {
				line: lineRef(l),
				previous: prev ? label(prev.station) : null,
				next: next ? { ...label(next.station), months: next.months ?? 0 } : null
			};
		}),
		curricula: (snap.curriculaByStation.get(s.id) ?? []).map((c) => ({
			id: c.id,
			label: c.label,
			school: snap.organisations.get(c.school)!.label,
			crebo: c.crebo ?? null,
			level: c.level
		})),
		certificates: s.certificates.map((c) => {
			const cert = snap.certificates.get(c)!;
			return { id: cert.id, label: cert.label, validityYears: cert.validityYears, pointsPerYear: cert.pointsPerYear };
		}),
		regions: s.regions.map((r) => ({ id: r, label: snap.regions.get(r)!.label }))
	};
}

export function moduleRef(m: Snapshot['content']['modules'][number]): ModuleRef {
	return {
		id: m.id,
		label: m.label,
		kind: m.kind,
		hours: m.hours,
		price: m.price,
		currency: m.currency,
		language: m.language,
		provider: m.provider,
		closed: m.visibility === 'closed'
	};
}

export function listLines(snap: Snapshot): LineSummary[] {
	return snap.content.lines.map((l) => ({ ...lineRef(l), stops: l.stops.length, from: l.stops[0]!.station, to: l.stops[l.stops.length - 1]!.station }));
}

export function lineDetail(snap: Snapshot, id: string): LineDetail {
	const l = requireLine(snap, id);
	let total = 0;
	return {
		...lineRef(l),
		description: l.description ?? null,
		stops: l.stops.map((stop) => {
			total += stop.months ?? 0;
			return {
				station: stationSummary(snap, snap.stations.get(stop.station)!),
				months: stop.months ?? null,
				monthsFromStart: total,
				transfers: (snap.linesByStation.get(stop.station) ?? []).filter((o) => o.id !== l.id).map(lineRef)
			};
		})
	};
}

/**
 * Finds stations, skills and modules with a word starting with every word of the query, in their
 * Dutch or English name or (stations) their alternative names; case and accents ignored, never a
 * match inside a word. The query equal to or starting a name ranks first, then the same for an
 * alternative name, then word starts (search-index.ts has the order). Closed modules are only found by members of their organisation. Runs on the snapshot's word
 * index (built once per network version), so a query costs what matches, not the network's size.
 */
export function search(snap: Snapshot, query: string, viewer: Viewer, options: { kinds?: SearchKind[]; limit?: number } = {}): SearchHit[] {
	const terms = normalizeText(query).split(' ').filter(Boolean);
	if (terms.length === 0) return [];
	const kinds = options.kinds ?? ['station', 'skill', 'module'];
	const index = snap.derive('search-index', (s) => buildSearchIndex(s.searchEntries, (e) => entryLabel(s, e).en));
	const admit = (entry: number): number | null => {
		const e = snap.searchEntries[entry]!;
		if (!kinds.includes(e.kind)) return null;
		if (e.organisation !== null && !viewer.organisations.includes(e.organisation)) return null;
		return e.kind === 'station' ? 0.5 : 0;
	};
	return rankMatches(index, terms, admit, options.limit ?? 50).map(({ entry, score }) => {
		const e = snap.searchEntries[entry]!;
		return { kind: e.kind, id: e.id, label: entryLabel(snap, e), score };
	});
}

function entryLabel(snap: Snapshot, e: SearchEntry): LocalizedText {
	return e.kind === 'station' ? snap.stations.get(e.id)!.label : e.kind === 'skill' ? snap.skills.get(e.id)!.label : snap.modules.get(e.id)!.label;
}
