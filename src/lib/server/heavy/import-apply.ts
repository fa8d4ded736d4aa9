import { SuspectSourceError, type SourceGuardOptions, type Shrink } from '../import/guard';
import { SeedError, type SeedIssue } from '../seed/load';
import type { Editor } from '../services/network-edit/editor';
import { EditDenied, type Refusal } from '../services/network-edit/errors';
import { snapshotData, type SnapshotData } from '../services/snapshot';
import { applyPlan, planImport, readSeedUpload, type ImportPreview, type ImportStores, type UploadedFile } from '../services/seed-import';
import { ConflictError } from '../store/errors';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { SqliteUserStore } from '../store/sqlite/user-store';
import { readImportForm, type ImportFormField, type RawForm } from './import-form';

/**
 * An import applied in a worker thread of the heavy-task pool, on a connection of its own to the
 * embedded store's SQLite file (WAL: the request thread keeps reading meanwhile). Reading the
 * files, comparing them with the network, checking every change and the write — the whole
 * replace of the network in one transaction — all run there; the request thread only awaits it.
 */
export type UploadToApply = {
	editor: Editor;
	network: string;
	/** The embedded store's SQLite file (never ':memory:', which a worker cannot share). */
	databasePath: string;
	/**
	 * Also hand back the snapshot data of the network as stored after the write, for the
	 * request thread's cache (read and indexed here, so that thread need not do it again).
	 */
	snapshot?: boolean;
} & (
	| { files: UploadedFile[]; baseVersion: number; allowShrink: boolean }
	/** The confirm form's body as it arrived: bundle, baseVersion and allowShrink are read here. */
	| { form: RawForm }
);

/** What became of it, as plain data: the refusals the request thread answers with cross as values. */
export type UploadApplied =
	| { applied: { version: number; preview: ImportPreview }; snapshot: SnapshotData | null }
	| { issues: SeedIssue[] }
	| { missing: ImportFormField }
	| { denied: Refusal }
	| { conflict: string }
	| { suspect: { message: string; override: keyof SourceGuardOptions; shrink: Shrink | null } };

/** One connection per file and worker, kept while the worker lives (for planning an upload too). */
const connections = new Map<string, ImportStores>();
export function storesAt(path: string): ImportStores {
	let stores = connections.get(path);
	if (!stores) connections.set(path, (stores = { store: new SqliteGraphStore(path), users: new SqliteUserStore(path) }));
	return stores;
}

/** Runs in the worker. */
export async function applyUploadHere(input: UploadToApply): Promise<UploadApplied> {
	try {
		const form = 'form' in input ? await readImportForm(input.form, 'apply') : input;
		if ('missing' in form) return form;
		const stores = storesAt(input.databasePath);
		const seed = readSeedUpload(form.files);
		const plan = planImport(input.editor, input.network, await stores.store.readNetwork(input.network), seed);
		const applied = await applyPlan(stores, input.editor, plan, form.baseVersion, { allowShrink: form.allowShrink });
		const stored = input.snapshot ? await stores.store.readNetwork(input.network) : null;
		return { applied, snapshot: stored && snapshotData(stored.meta, stored.version, stored.content) };
	} catch (e) {
		if (e instanceof SeedError) return { issues: e.issues };
		if (e instanceof EditDenied) return { denied: e.refusal };
		if (e instanceof SuspectSourceError) return { suspect: { message: e.message, override: e.override, shrink: e.shrink } };
		if (e instanceof ConflictError) return { conflict: e.message };
		throw e;
	}
}

/**
 * On the request thread: the outcome as applyPlan would have ended, so the page answers exactly
 * as for an import applied there (the refusals thrown again as their errors), or the files' issues.
 */
export function appliedOrThrown(
	outcome: UploadApplied
): { version: number; preview: ImportPreview; snapshot: SnapshotData | null } | { issues: SeedIssue[] } | { missing: ImportFormField } {
	if ('denied' in outcome) throw new EditDenied(outcome.denied);
	if ('suspect' in outcome) throw new SuspectSourceError(outcome.suspect.message, outcome.suspect.override, outcome.suspect.shrink);
	if ('conflict' in outcome) throw new ConflictError(outcome.conflict);
	return 'applied' in outcome ? { ...outcome.applied, snapshot: outcome.snapshot } : outcome;
}
