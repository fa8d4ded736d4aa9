import { isDeepStrictEqual } from 'node:util';
import type { EntityKind, EntityOf, Station } from '$lib/schemas';
import type { Editor } from './editor';
import { refusal, type Refusal } from './errors';
import { seesModule } from './visibility';

/**
 * The editing rules, one place for the editor pages, the API and imports.
 *
 * - Administrators edit everything.
 * - Region editors answer for the regions their organisations map (organisation.region).
 *   A station is in their reach when it is mapped in one of those regions, or in no region at
 *   all (not yet claimed by anyone). A station mapped in several regions is shared: a region
 *   editor of any of them may edit it, but may add or remove only their own regions on it, and
 *   may delete it only when every region it is mapped in is theirs.
 * - A line is edited by a region editor when every stop, before and after the change, is a
 *   station in their reach.
 * - The shared catalogue (skills, certificates, salary bands, modules, learning tracks) is
 *   edited by every region editor. A closed module is edited only by members of its
 *   organisation, and a module may be closed only to an organisation the editor belongs to.
 * - Schools (the school role) edit curricula of their own school only; nothing else.
 * - A region editor may note demand on a region they edit; regions and organisations are
 *   otherwise created, changed and removed by administrators.
 */

const CATALOGUE: ReadonlySet<EntityKind> = new Set(['skills', 'certificates', 'salaryBands', 'modules', 'learningTracks']);

/** Is this station within what the person edits? */
export function stationInReach(editor: Editor, station: Pick<Station, 'regions'>): boolean {
	if (editor.admin) return true;
	if (!editor.regionEditor) return false;
	return station.regions.length === 0 || station.regions.some((r) => editor.regions.has(r));
}

/** Looks up whether a station id is in reach; an unknown id counts as in reach, the reference check reports it. */
export type ReachOf = (station: string) => boolean;

/**
 * May this person change this kind of item, and this item as it is now (`before`, null when
 * creating)? Asked before anything they sent is read, so a refusal says nothing about their input.
 */
export function refuseTouch<K extends EntityKind>(editor: Editor, kind: K, id: string, before: EntityOf<K> | null, reachOf: ReachOf): Refusal | null {
	if (editor.admin) return null;
	if (!editor.regionEditor && editor.schools.size === 0) return refusal(403, 'editor.denied.noRole');
	switch (kind) {
		case 'stations': {
			if (!editor.regionEditor) return refusal(403, 'editor.denied.regionEditorsOnly', { kind });
			const station = before as EntityOf<'stations'> | null;
			if (station && !stationInReach(editor, station)) return refusal(403, 'editor.denied.stationRegion', { id });
			return null;
		}
		case 'lines': {
			if (!editor.regionEditor) return refusal(403, 'editor.denied.regionEditorsOnly', { kind });
			const line = before as EntityOf<'lines'> | null;
			const outside = line?.stops.find((s) => !reachOf(s.station));
			return outside ? refusal(403, 'editor.denied.lineStop', { id, station: outside.station }) : null;
		}
		case 'curricula': {
			const curriculum = before as EntityOf<'curricula'> | null;
			if (editor.schools.size === 0) return refusal(403, 'editor.denied.schoolsOnly');
			return curriculum && !editor.schools.has(curriculum.school) ? refusal(403, 'editor.denied.otherSchool', { id }) : null;
		}
		case 'regions':
			if (!before || !editor.regions.has(id)) return refusal(403, 'editor.denied.adminOnly', { kind });
			return null;
		case 'organisations':
			return refusal(403, 'editor.denied.adminOnly', { kind });
		default:
			if (!CATALOGUE.has(kind) || !editor.regionEditor) return refusal(403, 'editor.denied.regionEditorsOnly', { kind });
			return null;
	}
}

/** May the item become `after`? Asked once `after` is valid and its references exist. */
export function refuseResult<K extends EntityKind>(editor: Editor, kind: K, before: EntityOf<K> | null, after: EntityOf<K>, reachOf: ReachOf): Refusal | null {
	if (editor.admin) return null;
	switch (kind) {
		case 'stations': {
			const was = before as EntityOf<'stations'> | null;
			const now = after as EntityOf<'stations'>;
			// Other regions' claims on a shared station are theirs to make or drop.
			const others = (regions: string[]) => [...new Set(regions.filter((r) => !editor.regions.has(r)))].sort().join(',');
			if (others(was?.regions ?? []) !== others(now.regions)) return refusal(403, 'editor.denied.otherRegions', { id: now.id });
			return null;
		}
		case 'lines': {
			const outside = (after as EntityOf<'lines'>).stops.find((s) => !reachOf(s.station));
			return outside ? refusal(403, 'editor.denied.lineStop', { id: after.id, station: outside.station }) : null;
		}
		case 'modules': {
			const m = after as EntityOf<'modules'>;
			return seesModule(editor, m) ? null : refusal(403, 'editor.denied.closedModule', { organisation: m.organisation ?? '' });
		}
		case 'curricula': {
			const c = after as EntityOf<'curricula'>;
			return editor.schools.has(c.school) ? null : refusal(403, 'editor.denied.otherSchool', { id: c.id });
		}
		case 'regions': {
			// A region's name and province are the administrators'; its editors note demand only.
			const withoutDemand = (r: EntityOf<'regions'> | null) => r && { ...r, demand: [] };
			const same = isDeepStrictEqual(withoutDemand(before as EntityOf<'regions'> | null), withoutDemand(after as EntityOf<'regions'>));
			return same ? null : refusal(403, 'editor.denied.regionDemandOnly', { id: after.id });
		}
		default:
			return null;
	}
}

/** May this person delete the item? Touching it is not enough for a shared station. */
export function refuseDelete<K extends EntityKind>(editor: Editor, kind: K, before: EntityOf<K>, reachOf: ReachOf): Refusal | null {
	const touch = refuseTouch(editor, kind, before.id, before, reachOf);
	if (touch || editor.admin) return touch;
	if (kind === 'regions') return refusal(403, 'editor.denied.adminOnly', { kind });
	if (kind === 'stations' && (before as EntityOf<'stations'>).regions.some((r) => !editor.regions.has(r)))
		return refusal(403, 'editor.denied.sharedStation', { id: before.id });
	return null;
}
