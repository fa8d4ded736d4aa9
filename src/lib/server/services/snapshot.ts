import type {
	Certificate,
	Curriculum,
	LearningTrack,
	Line,
	Module,
	NetworkContent,
	NetworkMeta,
	Organisation,
	Region,
	SalaryBand,
	Skill,
	Station
} from '$lib/schemas';
import { normalizeText } from './search-text';

export type SearchKind = 'station' | 'skill' | 'module';

export interface SearchEntry {
	kind: SearchKind;
	id: string;
	/** Normalised preferred labels (Dutch, English): a query equal to one, or starting one, ranks first. */
	labels: string[];
	/** Normalised alternative labels (stations imported from ESCO have them): ranked after the preferred ones. */
	altLabels: string[];
	/** Distinct normalised words of the preferred labels, for word-start matching. */
	words: string[];
	/** Distinct normalised words only the alternative labels have. */
	altWords: string[];
	/** Set for closed modules: only members of this organisation may find it. */
	organisation: string | null;
}

/**
 * Plain, indexed, immutable view of one network version. Built once per version; pages, API
 * and engines read it without touching the store. `derive` memoises work that depends only on
 * this version (routing index, map layout), so it is also done once per version.
 */
export interface Snapshot {
	readonly meta: NetworkMeta;
	readonly version: number;
	readonly content: NetworkContent;
	readonly stations: ReadonlyMap<string, Station>;
	readonly lines: ReadonlyMap<string, Line>;
	readonly skills: ReadonlyMap<string, Skill>;
	readonly modules: ReadonlyMap<string, Module>;
	readonly salaryBands: ReadonlyMap<string, SalaryBand>;
	readonly certificates: ReadonlyMap<string, Certificate>;
	readonly regions: ReadonlyMap<string, Region>;
	readonly organisations: ReadonlyMap<string, Organisation>;
	readonly learningTracks: ReadonlyMap<string, LearningTrack>;
	readonly curricula: ReadonlyMap<string, Curriculum>;
	/** Lines serving each station, in network order. */
	readonly linesByStation: ReadonlyMap<string, readonly Line[]>;
	readonly modulesBySkill: ReadonlyMap<string, readonly Module[]>;
	readonly stationsBySkill: ReadonlyMap<string, readonly Station[]>;
	readonly curriculaByStation: ReadonlyMap<string, readonly Curriculum[]>;
	readonly searchEntries: readonly SearchEntry[];
	derive<T>(key: string, build: (s: Snapshot) => T): T;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((i) => [i.id, i]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Freezes everything reachable from `value`, pausing (a yield) after every 256 objects. */
function* freezing(value: unknown): Generator<void> {
	const stack = [value];
	for (let n = 1; stack.length > 0; n++) {
		const next = stack.pop();
		if (!next || typeof next !== 'object' || Object.isFrozen(next)) continue;
		Object.freeze(next);
		for (const v of Object.values(next)) if (v && typeof v === 'object') stack.push(v);
		if (n % 256 === 0) yield;
	}
}

function deepFreeze(value: unknown): void {
	for (const _ of freezing(value));
}

/**
 * The same, letting other work run (setImmediate) whenever a slice has taken `sliceMs`: freezing
 * the seed network in one go took up to 30 ms on a busy machine, and every request that arrived
 * meanwhile would wait for it.
 */
async function deepFreezeInSlices(value: unknown, sliceMs: number): Promise<void> {
	let sliceStart = performance.now();
	for (const _ of freezing(value))
		if (performance.now() - sliceStart > sliceMs) {
			await new Promise((r) => setImmediate(r));
			sliceStart = performance.now();
		}
}

function entry(
	kind: SearchKind,
	id: string,
	label: { nl: string; en: string },
	organisation: string | null = null,
	alt: { nl: string[]; en: string[] } = { nl: [], en: [] }
): SearchEntry {
	const labels = [...new Set([normalizeText(label.nl), normalizeText(label.en)])].filter(Boolean);
	const altLabels = [...new Set([...alt.nl, ...alt.en].map(normalizeText))].filter((l) => l && !labels.includes(l));
	const words = [...new Set(labels.flatMap((l) => l.split(' ')))];
	const own = new Set(words);
	const altWords = [...new Set(altLabels.flatMap((l) => l.split(' ')))].filter((w) => !own.has(w));
	return { kind, id, labels, altLabels, words, altWords, organisation };
}

/** A snapshot's data without its memo: plain data, so a worker thread can build it and hand it over. */
export type SnapshotData = Omit<Snapshot, 'derive'>;

/** The indexes of one network version (no freezing: what crosses threads is copied anyway). */
export function snapshotData(meta: NetworkMeta, version: number, content: NetworkContent): SnapshotData {
	const linesByStation = new Map<string, Line[]>();
	for (const l of content.lines) for (const s of l.stops) push(linesByStation, s.station, l);
	const modulesBySkill = new Map<string, Module[]>();
	for (const m of content.modules) for (const t of m.teaches) push(modulesBySkill, t.skill, m);
	const stationsBySkill = new Map<string, Station[]>();
	for (const s of content.stations) for (const r of s.requires) push(stationsBySkill, r.skill, s);
	const curriculaByStation = new Map<string, Curriculum[]>();
	for (const c of content.curricula) for (const s of c.leadsTo) push(curriculaByStation, s, c);
	const searchEntries = [
		...content.stations.map((s) => entry('station', s.id, s.label, null, s.altLabels)),
		...content.skills.map((s) => entry('skill', s.id, s.label)),
		...content.modules.map((m) => entry('module', m.id, m.label, m.visibility === 'closed' ? (m.organisation ?? null) : null))
	];
	return {
		meta,
		version,
		content,
		stations: byId(content.stations),
		lines: byId(content.lines),
		skills: byId(content.skills),
		modules: byId(content.modules),
		salaryBands: byId(content.salaryBands),
		certificates: byId(content.certificates),
		regions: byId(content.regions),
		organisations: byId(content.organisations),
		learningTracks: byId(content.learningTracks),
		curricula: byId(content.curricula),
		linesByStation,
		modulesBySkill,
		stationsBySkill,
		curriculaByStation,
		searchEntries
	};
}

function withMemo(data: SnapshotData): Snapshot {
	const memo = new Map<string, unknown>();
	const snapshot: Snapshot = {
		...data,
		derive<T>(key: string, build: (s: Snapshot) => T): T {
			if (!memo.has(key)) memo.set(key, build(snapshot));
			return memo.get(key) as T;
		}
	};
	return Object.freeze(snapshot);
}

/** The snapshot of built data: its content frozen, with its memo. */
export function snapshotOf(data: SnapshotData): Snapshot {
	deepFreeze(data.content);
	return withMemo(data);
}

/** The same for data a worker thread built and handed over, frozen in slices of about `sliceMs` on this thread. */
export async function snapshotInSlices(data: SnapshotData, sliceMs = 3): Promise<Snapshot> {
	await deepFreezeInSlices(data.content, sliceMs);
	return withMemo(data);
}

export function buildSnapshot(meta: NetworkMeta, version: number, content: NetworkContent): Snapshot {
	return snapshotOf(snapshotData(meta, version, content));
}
