import type { Curriculum, Locale, LocalizedText } from '$lib/schemas';
import { NotFoundError } from '../store/errors';
import type { Snapshot } from './snapshot';

/**
 * Forgotten craftsmanship per region: stations mapped in a region with an essential skill that
 * nothing open to the region's workers teaches at the level the station asks.
 *
 * What counts as teaching a skill in a region:
 * - a public module (the learning platform is online, so it reaches every region);
 * - a curriculum of the region: its own `region`, else its school's region; a curriculum with
 *   neither counts everywhere.
 * A closed module does not count: it teaches the employees of one company, not the region,
 * and counting it would also reveal it to readers outside that company. Levels count the
 * way the route planner counts them: taught at the required level or higher.
 */

export type DemandLevel = 'low' | 'medium' | 'high';

export interface SkillGap {
	skill: string;
	label: LocalizedText;
	required: number;
	/** The highest level anything counted teaches the skill at; 0 when nothing does. */
	taughtUpTo: number;
}

export interface StationGap {
	station: string;
	label: LocalizedText;
	level: number | null;
	demand: DemandLevel | null;
	/** Curricula of the region that lead to this station. */
	programmes: number;
	missing: SkillGap[];
}

export interface RegionGaps {
	region: { id: string; label: LocalizedText };
	version: number;
	/** Stations mapped in the region. */
	mapped: number;
	gaps: StationGap[];
}

function curriculumRegion(snap: Snapshot, c: Curriculum): string | null {
	return c.region ?? snap.organisations.get(c.school)?.region ?? null;
}

function teachesHere(snap: Snapshot, region: string): { levels: Map<string, number>; curricula: Curriculum[] } {
	const levels = new Map<string, number>();
	const raise = (skill: string, level: number) => levels.set(skill, Math.max(levels.get(skill) ?? 0, level));
	for (const m of snap.content.modules) if (m.visibility === 'public') for (const t of m.teaches) raise(t.skill, t.level);
	const curricula = snap.content.curricula.filter((c) => {
		const r = curriculumRegion(snap, c);
		return r === null || r === region;
	});
	for (const c of curricula) for (const t of c.teaches) raise(t.skill, t.level);
	return { levels, curricula };
}

/** The region's forgotten craftsmanship, in network order; computed once per network version. */
export function regionGaps(snap: Snapshot, regionId: string): RegionGaps {
	const region = snap.regions.get(regionId);
	if (!region) throw new NotFoundError(`region '${regionId}' does not exist`);
	return snap.derive(`region-gaps:${regionId}`, (s) => {
		const { levels, curricula } = teachesHere(s, regionId);
		const demand = new Map(region.demand.map((d) => [d.station, d.level]));
		const mapped = s.content.stations.filter((st) => st.regions.includes(regionId));
		const gaps: StationGap[] = [];
		for (const st of mapped) {
			const missing = st.requires
				.filter((r) => r.essential && (levels.get(r.skill) ?? 0) < r.level)
				.map((r) => ({ skill: r.skill, label: s.skills.get(r.skill)!.label, required: r.level, taughtUpTo: levels.get(r.skill) ?? 0 }));
			if (missing.length === 0) continue;
			gaps.push({
				station: st.id,
				label: st.label,
				level: st.level ?? null,
				demand: demand.get(st.id) ?? null,
				programmes: curricula.filter((c) => c.leadsTo.includes(st.id)).length,
				missing
			});
		}
		return { region: { id: region.id, label: region.label }, version: s.version, mapped: mapped.length, gaps };
	});
}

export const GAP_SORTS = ['demand', 'missing', 'station', 'level', 'programmes'] as const;
export type GapSort = (typeof GAP_SORTS)[number];

const DEMAND_RANK: Record<DemandLevel, number> = { low: 1, medium: 2, high: 3 };

/** Sorted by one column; ties fall back to the most missing skills, then the name, so the order is stable. */
export function sortGaps(gaps: readonly StationGap[], by: GapSort, dir: 'asc' | 'desc', locale: Locale): StationGap[] {
	const key = (g: StationGap): number | string => {
		switch (by) {
			case 'demand':
				return g.demand ? DEMAND_RANK[g.demand] : 0;
			case 'missing':
				return g.missing.length;
			case 'level':
				return g.level ?? 0;
			case 'programmes':
				return g.programmes;
			case 'station':
				return g.label[locale];
		}
	};
	const sign = dir === 'asc' ? 1 : -1;
	const collator = new Intl.Collator(locale);
	return [...gaps].sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		const primary = typeof ka === 'string' ? collator.compare(ka, kb as string) : ka - (kb as number);
		return sign * primary || b.missing.length - a.missing.length || collator.compare(a.label[locale], b.label[locale]);
	});
}

export interface ComparedStation {
	station: string;
	label: LocalizedText;
	/** Per region: null when the station is not mapped there, else its missing skills (possibly none). */
	a: SkillGap[] | null;
	b: SkillGap[] | null;
}

/** Two regions side by side: every station with a gap in either, and what each region misses. */
export function compareRegions(snap: Snapshot, a: string, b: string): { a: RegionGaps; b: RegionGaps; stations: ComparedStation[] } {
	const ga = regionGaps(snap, a);
	const gb = regionGaps(snap, b);
	const missingIn = (g: RegionGaps, region: string, station: string): SkillGap[] | null => {
		if (!snap.stations.get(station)!.regions.includes(region)) return null;
		return g.gaps.find((x) => x.station === station)?.missing ?? [];
	};
	const ids = new Set([...ga.gaps, ...gb.gaps].map((g) => g.station));
	const stations = snap.content.stations
		.filter((s) => ids.has(s.id))
		.map((s) => ({ station: s.id, label: s.label, a: missingIn(ga, a, s.id), b: missingIn(gb, b, s.id) }));
	return { a: ga, b: gb, stations };
}
