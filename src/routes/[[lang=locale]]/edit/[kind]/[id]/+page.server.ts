import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import type { EntityKind, LocalizedText } from '$lib/schemas';
import { Id } from '$lib/schemas/common';
import { deny } from '$lib/server/auth/guards';
import { mapLayout } from '$lib/server/services/map-layout';
import { EditConflict, KIND_SLUGS } from '$lib/server/services/network-edit';
import { changedFields } from '$lib/server/services/network-edit/changed-fields';
import { orDenied } from '$lib/server/services/network-edit/request';
import type { Snapshot } from '$lib/server/services/snapshot';
import { InUseError, NotFoundError, ValidationError } from '$lib/server/store/errors';
import { fieldMessages } from '../../field-errors';
import { FormFieldError, MAX_FORM_FIELDS, MAX_FORM_ROWS, arrange, decodeForm, encodeForm, parseArrange } from '../../form-codec';
import { editPage, formChoices, type EditPage } from '../../editing.server';
import type { Actions, PageServerLoad } from './$types';

/** `new` opens an empty form; any other id must be an item this person may see. */
const NEW = 'new';

function itemId(page: EditPage, raw: string, locale: 'nl' | 'en'): string {
	if (!Id.safeParse(raw).success) error(404, translate(locale, 'editor.notFound', { kind: page.kind, id: raw }));
	return raw;
}

function labelOf(snap: Snapshot, kind: EntityKind, id: string): LocalizedText | null {
	return ((snap[kind] as ReadonlyMap<string, { label: LocalizedText }>).get(id)?.label ?? null) as LocalizedText | null;
}

function notFoundPage<T>(page: EditPage, id: string, locale: 'nl' | 'en', read: () => Promise<T>): Promise<T> {
	return read().catch((e) => {
		if (e instanceof NotFoundError) error(404, translate(locale, 'editor.notFound', { kind: page.kind, id }));
		throw e;
	});
}

export const load: PageServerLoad = async (event) => {
	const { locale } = event.locals;
	const page = await editPage(event);
	const { kind, slug, snap, editor, service, network } = page;
	const choices = formChoices(kind, snap, editor);
	if (event.params.id === NEW) {
		const refused = service.creationRefusal(editor, kind);
		if (refused) deny(event, refused.status, refused.reason, refused.values);
		return { kind, slug, network, isNew: true, id: null, revision: 0, version: snap.version, values: {}, choices, title: null, usedBy: null, editRefusal: null, deleteRefusal: null, history: [] };
	}
	const id = itemId(page, event.params.id, locale);
	const view = await notFoundPage(page, id, locale, () => service.read(editor, network, kind, id));
	const history = await service.history(editor, network, kind, id);
	const message = (r: typeof view.editRefusal) => (r ? translate(locale, r.reason, r.values) : null);
	return {
		kind,
		slug,
		network,
		isNew: false,
		id,
		revision: view.revision,
		version: view.version,
		values: encodeForm(view.item),
		title: (view.item as { label: LocalizedText }).label,
		choices,
		usedBy: {
			items: view.usedBy.items.map((u) => ({ ...u, slug: KIND_SLUGS[u.kind], label: labelOf(snap, u.kind, u.id) })),
			hidden: view.usedBy.hidden
		},
		editRefusal: message(view.editRefusal),
		deleteRefusal: message(view.deleteRefusal),
		history
	};
};

function revisionOf(data: FormData): number {
	const n = Number(data.get('revision'));
	return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Fields the form carries besides the item's own. */
const CONTROL_FIELDS = ['revision', 'pinHere', 'arrange', 'confirm'];

function draftOf(page: EditPage, data: FormData, id: string | null, locale: 'nl' | 'en'): Record<string, unknown> {
	let draft: Record<string, unknown>;
	try {
		draft = decodeForm(page.kind, data, CONTROL_FIELDS);
	} catch (e) {
		if (e instanceof FormFieldError)
			error(400, translate(locale, `input.${e.reason}`, { field: e.field, max: e.reason === 'tooManyFields' ? MAX_FORM_FIELDS : MAX_FORM_ROWS }));
		throw e;
	}
	if (id) draft.id = id;
	return draft;
}

/**
 * Whoever may not make this change is refused before their form is read: decoding a posted form
 * is work only those who may edit get to cause, and a refusal then says nothing about the input.
 */
async function refuseBeforeReading(event: RequestEvent, page: EditPage, id: string | null, change: 'edit' | 'delete'): Promise<void> {
	const { locale } = event.locals;
	const refused =
		id === null
			? page.service.creationRefusal(page.editor, page.kind)
			: await notFoundPage(page, id, locale, () => page.service.read(page.editor, page.network, page.kind, id)).then((view) =>
					change === 'edit' ? view.editRefusal : view.deleteRefusal
				);
	if (refused) deny(event, refused.status, refused.reason, refused.values);
}

/** "Pin here" takes the station's place on today's map, so the layout keeps it there from now on. */
async function pinAtMapPosition(snap: Snapshot, draft: Record<string, unknown>): Promise<void> {
	const placed = (await mapLayout(snap, 'nl')).stations.find((s) => s.id === draft.id);
	if (placed) {
		draft.position = { x: placed.x, y: placed.y };
		draft.pinned = true;
	}
}

function conflictView(e: EditConflict, draft: Record<string, unknown>) {
	const theirs = (e.current?.item ?? null) as Record<string, unknown> | null;
	return {
		revision: e.current?.revision ?? 0,
		deleted: !theirs,
		by: e.lastChange?.actor.label ?? null,
		at: e.lastChange?.at ?? null,
		fields: theirs ? changedFields(theirs, draft).map((field) => ({ field, theirs: theirs[field] ?? null, yours: draft[field] ?? null })) : []
	};
}

function editUrl(locale: 'nl' | 'en', page: EditPage, id: string, query: string, url: URL): string {
	const network = url.searchParams.get('network');
	return `${href(locale, `/edit/${page.slug}/${id}`)}?${query}${network ? `&network=${encodeURIComponent(network)}` : ''}`;
}

export const actions: Actions = {
	save: async (event) => {
		const { locale } = event.locals;
		const page = await editPage(event);
		const isNew = event.params.id === NEW;
		const id = isNew ? null : itemId(page, event.params.id, locale);
		await refuseBeforeReading(event, page, id, 'edit');
		const data = await event.request.formData();
		const draft = draftOf(page, data, id, locale);
		if (page.kind === 'stations' && data.get('pinHere') && typeof draft.id === 'string') await pinAtMapPosition(page.snap, draft);
		const revision = isNew ? 0 : revisionOf(data);
		try {
			await orDenied(event, () => page.service.save(page.editor, page.network, page.kind, draft, revision));
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { errors: fieldMessages(e.issues, locale), values: encodeForm(draft), revision });
			if (e instanceof EditConflict) return fail(409, { conflict: conflictView(e, draft), values: encodeForm(draft), revision: e.current?.revision ?? 0, errors: {} });
			if (e instanceof NotFoundError) error(404, translate(locale, 'editor.notFound', { kind: page.kind, id: String(draft.id) }));
			throw e;
		}
		redirect(303, editUrl(locale, page, String(draft.id), 'saved=1', event.url));
	},

	/** Moves, adds or removes a row without saving; the form comes back with the rows rearranged. */
	arrange: async (event) => {
		const { locale } = event.locals;
		const page = await editPage(event);
		const id = event.params.id === NEW ? null : itemId(page, event.params.id, locale);
		await refuseBeforeReading(event, page, id, 'edit');
		const data = await event.request.formData();
		const op = parseArrange(String(data.get('arrange') ?? ''));
		const draft = draftOf(page, data, id, locale);
		if (!op) return fail(400, { values: encodeForm(draft), revision: revisionOf(data), errors: {} });
		const arranged = arrange(draft, op);
		// The first stop of a line has no hop months: whichever stop comes first loses them.
		const stops = arranged.stops as { months?: unknown }[] | undefined;
		if (page.kind === 'lines' && stops?.[0]) delete stops[0].months;
		return { values: encodeForm(arranged), revision: revisionOf(data), blankRows: op.op === 'add' ? 2 : 1, arranged: true };
	},

	/** Deletes after the reader confirmed; an item still in use is refused with its users. */
	delete: async (event) => {
		const { locale } = event.locals;
		const page = await editPage(event);
		const id = itemId(page, event.params.id, locale);
		await refuseBeforeReading(event, page, id, 'delete');
		const data = await event.request.formData();
		if (data.get('confirm') !== 'yes') return fail(400, { deleteMessage: translate(locale, 'editor.deleteUnconfirmed'), errors: {} });
		try {
			await orDenied(event, () => page.service.remove(page.editor, page.network, page.kind, id, revisionOf(data) || undefined));
		} catch (e) {
			if (e instanceof InUseError)
				return fail(409, { deleteMessage: translate(locale, 'editor.inUse', { kind: page.kind, id, count: e.users.length }), errors: {} });
			if (e instanceof EditConflict) return fail(409, { deleteMessage: translate(locale, 'editor.deleteConflict'), errors: {} });
			if (e instanceof NotFoundError) error(404, translate(locale, 'editor.notFound', { kind: page.kind, id }));
			throw e;
		}
		const network = event.url.searchParams.get('network');
		redirect(303, `${href(locale, `/edit/${page.slug}`)}?deleted=${encodeURIComponent(id)}${network ? `&network=${encodeURIComponent(network)}` : ''}`);
	}
};
