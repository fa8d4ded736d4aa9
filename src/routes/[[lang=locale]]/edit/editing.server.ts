import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { EntityKind, LocalizedText } from '$lib/schemas';
import { pageSnapshot } from '$lib/server/http/page';
import { hiddenItems, kindOfSlug, seesModule, type Editor } from '$lib/server/services/network-edit';
import { editing, type Editing } from '$lib/server/services/network-edit/request';
import type { Snapshot } from '$lib/server/services/snapshot';

/** The kinds with an editor page; the rest (regions, organisations...) are edited through the API or imports. */
export const EDITOR_KINDS = ['stations', 'lines', 'skills', 'modules', 'learningTracks', 'curricula'] as const satisfies readonly EntityKind[];
export type EditorKind = (typeof EDITOR_KINDS)[number];

export interface EditPage extends Editing {
	kind: EditorKind;
	slug: string;
	network: string;
}

/** The kind in the URL, the network the reader is looking at, and who edits it (sign-in first). */
export async function editPage(event: RequestEvent): Promise<EditPage> {
	const { locale } = event.locals;
	const slug = event.params.kind ?? '';
	const kind = kindOfSlug(slug);
	if (!kind || !(EDITOR_KINDS as readonly EntityKind[]).includes(kind)) error(404, translate(locale, 'editor.unknownKind', { kind: slug }));
	const snap = await pageSnapshot(event.url, locale);
	return { ...(await editing(event, snap.meta.id)), kind: kind as EditorKind, slug, network: snap.meta.id };
}

export interface Choice {
	id: string;
	label: LocalizedText;
}

const choice = (i: { id: string; label: LocalizedText }): Choice => ({ id: i.id, label: i.label });

/** What a kind's form offers to pick from; closed modules only for those who may see them. */
export function formChoices(kind: EditorKind, snap: Snapshot, editor: Editor) {
	const c = snap.content;
	const memberOf = new Set(editor.viewer.organisations);
	switch (kind) {
		case 'stations':
			return { skills: c.skills.map(choice), regions: c.regions.map(choice), certificates: c.certificates.map(choice), salaryBands: c.salaryBands.map(choice) };
		case 'lines':
			return { stations: c.stations.map(choice) };
		case 'modules':
			return {
				skills: c.skills.map(choice),
				certificates: c.certificates.map(choice),
				organisations: c.organisations.filter((o) => editor.admin || memberOf.has(o.id)).map(choice)
			};
		case 'learningTracks': {
			const hidden = hiddenItems(editor, c);
			return { modules: c.modules.filter((m) => !hidden.modules.has(m.id) && seesModule(editor, m)).map(choice) };
		}
		case 'curricula':
			return {
				skills: c.skills.map(choice),
				stations: c.stations.map(choice),
				regions: c.regions.map(choice),
				schools: c.organisations.filter((o) => o.kind === 'school' && (editor.admin || editor.schools.has(o.id))).map(choice)
			};
		default:
			return {};
	}
}
export type FormChoices = Partial<Record<'skills' | 'regions' | 'certificates' | 'salaryBands' | 'stations' | 'modules' | 'organisations' | 'schools', Choice[]>>;
