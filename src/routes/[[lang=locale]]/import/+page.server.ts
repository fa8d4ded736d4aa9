import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { getApp } from '$lib/server/app';
import { deny } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import { SeedError, type Seed } from '$lib/server/seed/load';
import { editing, orDenied } from '$lib/server/services/network-edit/request';
import { seedBundle } from '$lib/server/services/seed-files';
import { SuspectSourceError } from '$lib/server/import/guard';
import { applyImport, hasChanges, previewImport, readSeedUpload, type UploadedFile } from '$lib/server/services/seed-import';
import { ConflictError } from '$lib/server/store/errors';
import type { Actions, PageServerLoad } from './$types';

/**
 * Import graph-seed files from the browser: upload (the full set of seed files, or one bundle
 * as exported) → preview of what is added, changed and removed → confirm. The confirm step
 * sends the validated bundle back and everything is checked again; the import applies only
 * to the version the preview was made on. Administrators and region editors may import; each
 * change is held to the same rules as editing it by hand.
 */
async function importer(event: RequestEvent) {
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const ctx = await editing(event, snap.meta.id);
	if (!ctx.editor.admin && !ctx.editor.regionEditor) deny(event, 403, 'editor.import.notAllowed');
	return { ...ctx, network: snap.meta.id };
}

export const load: PageServerLoad = async (event) => {
	const { snap, network, editor } = await importer(event);
	const applied = event.url.searchParams.get('applied');
	return { network, version: snap.version, admin: editor.admin, applied: applied ? Number(applied) : null };
};

async function uploads(data: FormData, field: string): Promise<UploadedFile[]> {
	const files = data.getAll(field).filter((f): f is File => typeof f === 'object' && f !== null && 'text' in f && f.size > 0);
	return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
}

type Problem = { file: string; item: string; field: string; message: string };

/** Every refusal has one shape, so the page reads it without guessing. */
function importFailure(status: number, message: string, problems: Problem[] = [], detail: string | null = null) {
	return fail(status, { message, problems, detail });
}

function invalidFiles(locale: 'nl' | 'en', e: SeedError) {
	const problems = e.issues.slice(0, 200).map((i) => ({ file: i.file, item: i.item, field: i.field, message: i.message }));
	return importFailure(400, translate(locale, 'editor.import.invalid', { count: e.issues.length }), problems);
}

export const actions: Actions = {
	preview: async (event) => {
		const { locale } = event.locals;
		const { editor, network } = await importer(event);
		const files = await uploads(await event.request.formData(), 'files');
		if (files.length === 0) return importFailure(400, translate(locale, 'editor.import.noFiles'));
		let seed: Seed;
		try {
			seed = readSeedUpload(files);
		} catch (e) {
			if (e instanceof SeedError) return invalidFiles(locale, e);
			throw e;
		}
		const { preview } = await previewImport(await getApp(), editor, network, seed);
		const refused = preview.refused.map((r) => ({ kind: r.kind, id: r.id, action: r.action, reason: translate(locale, r.refusal.reason, r.refusal.values) }));
		return { preview: { ...preview, refused }, changes: hasChanges(preview), bundle: seedBundle(seed.meta, preview.baseVersion, seed.content) };
	},

	apply: async (event) => {
		const { locale } = event.locals;
		const { editor, network } = await importer(event);
		const data = await event.request.formData();
		const bundle = data.get('bundle');
		const baseVersion = Number(data.get('baseVersion'));
		// The importer's explicit "yes, far fewer stations is what I mean" (a checkbox under the preview).
		const allowShrink = data.get('allowShrink') === 'yes';
		if (typeof bundle !== 'string' || !Number.isInteger(baseVersion)) return importFailure(400, translate(locale, 'editor.import.noFiles'));
		let seed: Seed;
		try {
			seed = readSeedUpload([{ name: 'bundle.yaml', text: bundle }]);
		} catch (e) {
			if (e instanceof SeedError) return invalidFiles(locale, e);
			throw e;
		}
		const app = await getApp();
		let version: number;
		try {
			({ version } = await orDenied(event, () => applyImport(app, editor, network, seed, baseVersion, { allowShrink })));
			app.snapshots.invalidate(network);
		} catch (e) {
			if (e instanceof SuspectSourceError && e.shrink) return importFailure(409, translate(locale, 'editor.import.shrinkRefused', { ...e.shrink }), [], e.message);
			if (e instanceof ConflictError) return importFailure(409, translate(locale, 'editor.import.changedMeanwhile'), [], e.message);
			throw e;
		}
		redirect(303, `${href(locale, '/import')}?applied=${version}`);
	}
};
