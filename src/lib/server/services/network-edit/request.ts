import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '../../app';
import { deny, requireAccount } from '../../auth/guards';
import type { Snapshot } from '../snapshot';
import { editorOf, type Editor } from './editor';
import { EditDenied } from './errors';
import { NetworkEditService } from './service';

export interface Editing {
	editor: Editor;
	service: NetworkEditService;
	snap: Snapshot;
}

/** The signed-in editor (401 otherwise) and the editing service for one network. */
export async function editing(event: RequestEvent, network: string): Promise<Editing> {
	const account = requireAccount(event);
	const app = await getApp();
	const snap = await app.snapshots.get(network);
	return { editor: editorOf(account, snap.content), service: new NetworkEditService(app.store, app.snapshots, app.users), snap };
}

/**
 * Runs rule-checked work; a refusal becomes this request's kind of refusal (JSON for the API,
 * an error page otherwise). Like auth's refuseDenied, but editing refusals name the item
 * (station, line, region), so their message values travel along.
 */
export async function orDenied<T>(event: RequestEvent, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof EditDenied) deny(event, e.refusal.status, e.refusal.reason, e.refusal.values);
		throw e;
	}
}
