import { pageSnapshot } from '$lib/server/http/page';
import { KIND_SLUGS, canEditAnything } from '$lib/server/services/network-edit';
import { editing } from '$lib/server/services/network-edit/request';
import { EDITOR_KINDS } from './editing.server';
import type { PageServerLoad } from './$types';

/** Where editing starts: what this person may edit, and the kinds with their counts. */
export const load: PageServerLoad = async (event) => {
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const { editor, service } = await editing(event, snap.meta.id);
	const label = (id: string, map: ReadonlyMap<string, { label: { nl: string; en: string } }>) => map.get(id)?.label ?? { nl: id, en: id };
	return {
		canEdit: canEditAnything(editor),
		admin: editor.admin,
		regionEditor: editor.regionEditor,
		regions: [...editor.regions].map((id) => ({ id, label: label(id, snap.regions) })),
		schools: [...editor.schools].map((id) => ({ id, label: label(id, snap.organisations) })),
		kinds: EDITOR_KINDS.map((kind) => ({ kind, slug: KIND_SLUGS[kind], count: snap.content[kind].length, canCreate: service.creationRefusal(editor, kind) === null })),
		version: snap.version
	};
};
