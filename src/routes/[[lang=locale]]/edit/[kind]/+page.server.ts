import { z } from 'zod';
import type { EntityKind, LocalizedText } from '$lib/schemas';
import { hiddenItems } from '$lib/server/services/network-edit';
import { normalizeText } from '$lib/server/services/search-text';
import { editPage } from '../editing.server';
import type { PageServerLoad } from './$types';

const ListQuery = z.object({ q: z.string().trim().max(200).catch('') });

/** The items of one kind, with whether this person may edit each; closed modules they may not see are left out. */
export const load: PageServerLoad = async (event) => {
	const { kind, slug, snap, editor, service } = await editPage(event);
	const { q } = ListQuery.parse({ q: event.url.searchParams.get('q') ?? '' });
	const hidden = hiddenItems(editor, snap.content);
	type Item = { id: string; label: LocalizedText; regions?: string[]; school?: string };
	const all = (snap.content[kind as EntityKind] as Item[]).filter(
		(i) => !(kind === 'modules' && hidden.modules.has(i.id)) && !(kind === 'learningTracks' && hidden.learningTracks.has(i.id))
	);
	const needle = normalizeText(q);
	const shown = needle ? all.filter((i) => normalizeText(`${i.id} ${i.label.nl} ${i.label.en}`).includes(needle)) : all;
	const editable = service.editable(editor, snap, kind, shown as never[]);
	const creation = service.creationRefusal(editor, kind);
	return {
		kind,
		slug,
		q,
		canCreate: creation === null,
		deleted: event.url.searchParams.get('deleted'),
		items: shown.map((i) => ({
			id: i.id,
			label: i.label,
			detail: kind === 'stations' ? (i.regions ?? []).map((r) => snap.regions.get(r)?.label ?? { nl: r, en: r }) : kind === 'curricula' && i.school ? [snap.organisations.get(i.school)?.label ?? { nl: i.school, en: i.school }] : [],
			editable: editable.has(i.id)
		})),
		editableCount: shown.filter((i) => editable.has(i.id)).length
	};
};
