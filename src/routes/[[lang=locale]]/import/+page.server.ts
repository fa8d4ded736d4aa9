import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { getApp, type AppContext } from '$lib/server/app';
import { deny } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import { appliedOrThrown } from '$lib/server/heavy/import-apply';
import { rawForm, readImportForm, type ImportFormField, type RawForm } from '$lib/server/heavy/import-form';
import { HeavyPoolBusy, heavyPool } from '$lib/server/heavy/pool';
import type { UploadPlan } from '$lib/server/heavy/tasks';
import { SuspectSourceError } from '$lib/server/import/guard';
import type { SeedIssue } from '$lib/server/seed/load';
import type { Editor } from '$lib/server/services/network-edit/editor';
import { editing, orDenied } from '$lib/server/services/network-edit/request';
import { applyPlan, checkAccounts, hasChanges, type UploadedFile } from '$lib/server/services/seed-import';
import { ConflictError } from '$lib/server/store/errors';
import type { Actions, PageServerLoad } from './$types';

/**
 * Import graph-seed files from the browser: upload (the full set of seed files, or one bundle
 * as exported) → preview of what is added, changed and removed → confirm. The confirm step
 * sends the validated bundle back and everything is checked again; the import applies only
 * to the version the preview was made on. Administrators and region editors may import; each
 * change is held to the same rules as editing it by hand. Reading and comparing the files runs
 * in the heavy-task pool (worker threads), and so does applying it to the embedded store, so a
 * large upload never stalls other requests.
 */
async function importer(event: RequestEvent) {
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const ctx = await editing(event, snap.meta.id);
	if (!ctx.editor.admin && !ctx.editor.regionEditor) deny(event, 403, 'editor.import.notAllowed');
	return { ...ctx, network: snap.meta.id };
}

export const load: PageServerLoad = async (event) => {
	const { snap, network, editor } = await importer(event);
	heavyPool().warm();
	const applied = event.url.searchParams.get('applied');
	return { network, version: snap.version, admin: editor.admin, applied: applied ? Number(applied) : null };
};

type Problem = { file: string; item: string; field: string; message: string };

/** Every refusal has one shape, so the page reads it without guessing. */
function importFailure(status: number, message: string, problems: Problem[] = [], detail: string | null = null) {
	return fail(status, { message, problems, detail });
}

function invalidFiles(locale: 'nl' | 'en', issues: SeedIssue[]) {
	const problems = issues.slice(0, 200).map((i) => ({ file: i.file, item: i.item, field: i.field, message: i.message }));
	return importFailure(400, translate(locale, 'editor.import.invalid', { count: issues.length }), problems);
}

/** A form without the files (or the bundle, or its version): 400, the detail naming the field. */
function missingField(locale: 'nl' | 'en', field: ImportFormField) {
	return importFailure(400, translate(locale, 'editor.import.noFiles'), [], field);
}

/**
 * Reads and compares the files off the request thread, against the network as stored now; the
 * form's body goes to the worker as it arrived (its bytes transferred), and is read there.
 */
async function planUpload(editor: Editor, network: string, files: UploadedFile[] | RawForm, bundle: boolean): Promise<UploadPlan> {
	const app = await getApp();
	// On the embedded store the worker reads the network from the SQLite file itself.
	const stored = inWorker(app) ? { databasePath: app.config.DATABASE_PATH } : await app.store.readNetwork(network);
	return heavyPool().run('planUpload', { files, editor, network, stored, bundle }, Array.isArray(files) ? [] : [files.body]);
}

/** A worker can open the embedded store's file (not an in-memory database, nor Neo4j through this thread's driver). */
function inWorker(app: AppContext): boolean {
	return app.config.GRAPH_STORE === 'embedded' && app.config.DATABASE_PATH !== ':memory:';
}

/**
 * Applies an upload off the request thread. On the embedded store all of it runs in a worker:
 * reading the form, the write (its own connection to the SQLite file), and reading and indexing
 * the network again for this thread's snapshot cache. On Neo4j, whose write waits on the
 * network rather than the CPU, this thread reads the form, the worker plans and this thread writes.
 */
async function applyUpload(app: AppContext, editor: Editor, network: string, form: RawForm) {
	if (inWorker(app))
		return appliedOrThrown(await heavyPool().run('applyUpload', { form, editor, network, databasePath: app.config.DATABASE_PATH, snapshot: true }, [form.body]));
	const read = await readImportForm(form, 'apply');
	if ('missing' in read) return read;
	const planned = await planUpload(editor, network, read.files, false);
	if (!('plan' in planned)) return planned;
	return { ...(await applyPlan(app, editor, planned.plan, read.baseVersion, { allowShrink: read.allowShrink })), snapshot: null };
}

/** The plan, or null when the pool is full: the page then answers 503 instead of queueing without bound. */
async function unlessBusy<T>(work: Promise<T>): Promise<T | null> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof HeavyPoolBusy) return null;
		throw e;
	}
}

export const actions: Actions = {
	preview: async (event) => {
		const { locale } = event.locals;
		// Permission first: the body is read only for someone who may import.
		const { editor, network } = await importer(event);
		const planned = await unlessBusy(planUpload(editor, network, await rawForm(event.request), true));
		if (!planned) return importFailure(503, translate(locale, 'editor.import.busy'));
		if ('missing' in planned) return missingField(locale, planned.missing);
		if ('issues' in planned) return invalidFiles(locale, planned.issues);
		const preview = await checkAccounts((await getApp()).users, planned.plan.preview);
		const refused = preview.refused.map((r) => ({ kind: r.kind, id: r.id, action: r.action, reason: translate(locale, r.refusal.reason, r.refusal.values) }));
		return { preview: { ...preview, refused }, changes: hasChanges(preview), bundle: planned.bundle ?? '' };
	},

	apply: async (event) => {
		const { locale } = event.locals;
		const { editor, network } = await importer(event);
		// The bundle, the version previewed and the importer's explicit "yes, far fewer stations is
		// what I mean" (a checkbox under the preview) are read from the body off the request thread.
		const form = await rawForm(event.request);
		const app = await getApp();
		let version: number;
		try {
			const applied = await unlessBusy(orDenied(event, () => applyUpload(app, editor, network, form)));
			if (!applied) return importFailure(503, translate(locale, 'editor.import.busy'));
			if ('missing' in applied) return missingField(locale, applied.missing);
			if ('issues' in applied) return invalidFiles(locale, applied.issues);
			({ version } = applied);
			if (applied.snapshot) await app.snapshots.install(network, applied.snapshot);
			else app.snapshots.invalidate(network);
		} catch (e) {
			if (e instanceof SuspectSourceError && e.shrink) return importFailure(409, translate(locale, 'editor.import.shrinkRefused', { ...e.shrink }), [], e.message);
			if (e instanceof ConflictError) return importFailure(409, translate(locale, 'editor.import.changedMeanwhile'), [], e.message);
			throw e;
		}
		redirect(303, `${href(locale, '/import')}?applied=${version}`);
	}
};
