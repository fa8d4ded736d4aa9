import { threadId } from 'node:worker_threads';
import { layout, type LayoutInput, type LayoutOptions, type LayoutResult } from '$lib/engine/layout';
import { SeedError, type SeedIssue } from '../seed/load';
import type { Editor } from '../services/network-edit/editor';
import { seedBundle } from '../services/seed-files';
import { planImport, readSeedUpload, type ImportPlan, type UploadedFile } from '../services/seed-import';
import type { StoredNetwork } from '../store/types';
import { applyUploadHere, storesAt, type UploadApplied, type UploadToApply } from './import-apply';
import { packBundle, readImportForm, type ImportFormField, type RawForm } from './import-form';

/**
 * The work the heavy-task pool runs in its worker threads: plain data in, plain data out, no
 * request. Planning an upload gets the network as read by the request thread; applying an import
 * to the embedded store opens its own connection to the SQLite file (import-apply.ts).
 */

export interface UploadToPlan {
	/** The files, or the preview form's body as it arrived (read here, off the request thread). */
	files: UploadedFile[] | RawForm;
	editor: Editor;
	network: string;
	/**
	 * The network as stored when the request read it; or, on the embedded store, its SQLite file,
	 * and the worker reads the network itself (no read and no copy of it on the request thread).
	 */
	stored: StoredNetwork | null | { databasePath: string };
	/** Also return the validated files as one bundle, packed, for the preview's confirm step. */
	bundle: boolean;
}

export type UploadPlan = { issues: SeedIssue[] } | { missing: ImportFormField } | { plan: ImportPlan; bundle: string | null };

export const HEAVY_TASKS = {
	/** Which thread runs the pool's work (for its spec and the bench). */
	threadId(): number {
		return threadId;
	},

	/** Lays out a map (the whole network or a local one); the previous layout to anchor on comes as plain data. */
	layout({ input, options }: { input: LayoutInput; options: LayoutOptions }): LayoutResult {
		return layout(input, options);
	},

	/** Reads uploaded graph-seed files (YAML, zod, references) and compares them with the stored network. */
	async planUpload(input: UploadToPlan): Promise<UploadPlan> {
		try {
			const form = Array.isArray(input.files) ? { files: input.files } : await readImportForm(input.files, 'preview');
			if ('missing' in form) return form;
			const seed = readSeedUpload(form.files);
			const stored = input.stored && 'databasePath' in input.stored ? await storesAt(input.stored.databasePath).store.readNetwork(input.network) : input.stored;
			const plan = planImport(input.editor, input.network, stored, seed);
			return { plan, bundle: input.bundle ? packBundle(seedBundle(seed.meta, plan.preview.baseVersion, seed.content)) : null };
		} catch (e) {
			if (e instanceof SeedError) return { issues: e.issues };
			throw e;
		}
	},

	/** Reads, checks and applies an upload to the embedded store, write included. */
	applyUpload(input: UploadToApply): Promise<UploadApplied> {
		return applyUploadHere(input);
	}
} satisfies Record<string, (input: never) => unknown>;

export type HeavyTask = keyof typeof HEAVY_TASKS;
export type HeavyInput<T extends HeavyTask> = Parameters<(typeof HEAVY_TASKS)[T]>[0];
export type HeavyOutput<T extends HeavyTask> = Awaited<ReturnType<(typeof HEAVY_TASKS)[T]>>;
