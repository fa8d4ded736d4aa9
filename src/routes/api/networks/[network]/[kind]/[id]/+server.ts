import { json, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { ENTITY_NOUN, type EntityKind } from '$lib/schemas';
import { Id } from '$lib/schemas/common';
import { ItemConflictBody, ItemDeleteQuery, ItemDeletedResponse, ItemPutRequest, ItemResponse, ItemSavedResponse } from '$lib/schemas/api/network-items';
import { ApiError, answer, api, readJson } from '$lib/server/http/api';
import { EditConflict, kindOfSlug } from '$lib/server/services/network-edit';
import { editing, orDenied } from '$lib/server/services/network-edit/request';
import { ValidationError } from '$lib/server/store/errors';
import type { RequestHandler } from './$types';

/**
 * One network item for editors: GET {item, revision, usedBy, history}, PUT {revision, item}
 * (revision 0 creates), DELETE ?revision=. Every call is checked against the editing rules;
 * a save over someone else's newer save answers 409 with what is stored now.
 */

const Params = z.object({ network: Id, id: Id });

function target(event: RequestEvent<{ network: string; kind: string; id: string }>): { network: string; kind: EntityKind; id: string } {
	const kind = kindOfSlug(event.params.kind);
	if (!kind) throw new ApiError(404, 'not-found', `there is no kind of item '${event.params.kind}'`, 'kind');
	const p = Params.safeParse(event.params);
	if (!p.success) throw new ApiError(404, 'not-found', `'${event.params.id}' is not an item id`, 'id');
	return { ...p.data, kind };
}

/** Validation problems name the field inside the body, as the caller sent it. */
function inBody(e: unknown): never {
	if (e instanceof ValidationError)
		throw new ApiError(400, 'invalid', e.message, `item.${e.issues[0]?.field}`, e.issues.map((i) => ({ field: `item.${i.field}`, message: i.message })));
	throw e;
}

export const GET: RequestHandler = api(async (event) => {
	const { network, kind, id } = target(event);
	const { editor, service } = await editing(event, network);
	const view = await service.read(editor, network, kind, id);
	return answer(ItemResponse, {
		kind,
		id,
		item: view.item,
		revision: view.revision,
		version: view.version,
		usedBy: view.accountUse ? { ...view.usedBy, accounts: view.accountUse } : view.usedBy,
		mayEdit: view.editRefusal === null,
		mayDelete: view.deleteRefusal === null,
		history: await service.history(editor, network, kind, id)
	});
});

export const PUT: RequestHandler = api(async (event) => {
	const { network, kind, id } = target(event);
	const { editor, service } = await editing(event, network);
	const body = ItemPutRequest.safeParse(await readJson(event.request));
	if (!body.success) {
		const issue = body.error.issues[0]!;
		const field = issue.path.map(String).join('.') || 'body';
		throw new ApiError(400, 'invalid', `${field}: ${issue.message}`, field);
	}
	if (body.data.item.id !== id) throw new ApiError(400, 'invalid', `item.id must be '${id}', the ${ENTITY_NOUN[kind]} in the URL`, 'item.id');
	try {
		const saved = await orDenied(event, () => service.save(editor, network, kind, body.data.item, body.data.revision));
		return json(answer(ItemSavedResponse, saved), { status: body.data.revision === 0 ? 201 : 200 });
	} catch (e) {
		return conflictResponse(e) ?? inBody(e);
	}
});

export const DELETE: RequestHandler = api({ query: ItemDeleteQuery }, async (event, q) => {
	const { network, kind, id } = target(event);
	const { editor, service } = await editing(event, network);
	try {
		return answer(ItemDeletedResponse, await orDenied(event, () => service.remove(editor, network, kind, id, q.revision)));
	} catch (e) {
		return conflictResponse(e) ?? inBody(e);
	}
});

/** A conflict carries the stored version, so a client can show both and let its user decide. */
function conflictResponse(e: unknown): Response | null {
	if (!(e instanceof EditConflict)) return null;
	return json(
		answer(ItemConflictBody, {
			error: { status: 409, code: 'conflict', message: e.message },
			current: e.current ? { item: e.current.item, revision: e.current.revision } : null,
			savedBy: e.lastChange ? { by: e.lastChange.actor.label, at: e.lastChange.at } : null
		}),
		{ status: 409 }
	);
}
