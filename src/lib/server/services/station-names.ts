import type { SearchHit } from '$lib/schemas/api/network-views';
import type { Viewer } from '$lib/server/viewer';
import { search } from './network-views';
import { normalizeText } from './search-text';
import type { Snapshot } from './snapshot';

/**
 * How many stations a form lists in full. Above it (ESCO 3,007, O*NET 1,016) a list would be
 * megabytes of HTML that nobody scrolls, so the reader types a name, the browser suggests names
 * from the search API, and the server looks the typed name up (`stationNamed`).
 */
export const LISTED_STATIONS_MAX = 400;

export const listsStations = (snap: Snapshot): boolean => snap.content.stations.length <= LISTED_STATIONS_MAX;

/** A typed name longer than this is no station's name; it is not searched. */
const MAX_NAME_LENGTH = 200;
const SUGGESTIONS = 5;

export type NamedStation = { id: string } | { suggestions: SearchHit[] };

/**
 * The station a reader means by what they typed: an id as is; else the one station whose Dutch or
 * English name is the text (case and accents ignored); else the only station the search finds.
 * Otherwise the best few search hits, to choose from (none when nothing matches).
 */
export function stationNamed(snap: Snapshot, typed: string, viewer: Viewer): NamedStation {
	const text = typed.trim();
	if (snap.stations.has(text)) return { id: text };
	if (text.length > MAX_NAME_LENGTH) return { suggestions: [] };
	const hits = search(snap, text, viewer, { kinds: ['station'], limit: SUGGESTIONS + 1 });
	const wanted = normalizeText(text);
	const exact = hits.filter((h) => normalizeText(h.label.nl) === wanted || normalizeText(h.label.en) === wanted);
	if (exact.length === 1) return { id: exact[0]!.id };
	if (exact.length === 0 && hits.length === 1) return { id: hits[0]!.id };
	return { suggestions: (exact.length > 1 ? exact : hits).slice(0, SUGGESTIONS) };
}

/** A station field whose text names no one station, with the stations it might mean. */
export interface UnnamedStation {
	field: string;
	typed: string;
	/** Each suggestion with the page's query, that station in the field. */
	suggestions: { id: string; label: SearchHit['label']; query: string }[];
}

/**
 * The page's query with the station names typed in `fields` replaced by station ids (`changed`
 * when any was a name), or the first field whose text names no one station. Empty fields stay.
 */
export function withStationIds(
	query: URLSearchParams,
	fields: readonly string[],
	snap: Snapshot,
	viewer: Viewer
): { query: URLSearchParams; changed: boolean } | { unnamed: UnnamedStation } {
	const out = new URLSearchParams(query);
	let changed = false;
	for (const field of fields) {
		const typed = query.get(field);
		if (typed === null || typed.trim() === '' || snap.stations.has(typed)) continue;
		const named = stationNamed(snap, typed, viewer);
		if ('suggestions' in named) {
			const suggestions = named.suggestions.map((hit) => {
				const choice = new URLSearchParams(out);
				choice.set(field, hit.id);
				return { id: hit.id, label: hit.label, query: choice.toString() };
			});
			return { unnamed: { field, typed, suggestions } };
		}
		out.set(field, named.id);
		changed = true;
	}
	return { query: out, changed };
}

/** A typed name that means no one station, as a page shows it: beside its field, with a link for each station it might mean. */
export interface PageUnnamedStation {
	field: string;
	typed: string;
	suggestions: { label: SearchHit['label']; href: string }[];
}

/**
 * What a page with typed station fields makes of its query: on a network too big to list, the
 * link with ids to redirect to when every typed name means one station, or the field whose name
 * means no one station. On a network small enough to list (`listed`), nothing: its fields send ids.
 */
export function typedStations(
	url: URL,
	fields: readonly string[],
	snap: Snapshot,
	viewer: Viewer
): { listed: boolean; redirectTo: string | null; unnamed: PageUnnamedStation | null } {
	if (listsStations(snap)) return { listed: true, redirectTo: null, unnamed: null };
	const named = withStationIds(url.searchParams, fields, snap, viewer);
	if ('unnamed' in named) {
		const { field, typed, suggestions } = named.unnamed;
		return { listed: false, redirectTo: null, unnamed: { field, typed, suggestions: suggestions.map((s) => ({ label: s.label, href: `${url.pathname}?${s.query}` })) } };
	}
	return { listed: false, redirectTo: named.changed ? `${url.pathname}?${named.query}` : null, unnamed: null };
}
