import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ENTITY_KINDS, ENTITY_NOUN, checkReferences, emptyNetwork, type EntityKind, type EntityOf, type NetworkContent, type NetworkMeta } from '$lib/schemas';
import { guardShrink, shrinkOf, type Shrink, type SourceGuardOptions } from '../import/guard';
import { META_FILE, SEED_FILES, SeedError, loadSeedDirectory, type Seed, type SeedIssue } from '../seed/load';
import { ConflictError } from '../store/errors';
import type { GraphStore, StoredNetwork } from '../store/types';
import { changedFields } from './network-edit/changed-fields';
import type { Editor } from './network-edit/editor';
import { EditDenied, refusal, type Refusal } from './network-edit/errors';
import { describeUse, inUseByAccounts, type OrganisationAccounts } from './network-edit/organisation-use';
import { refuseDelete, refuseResult, refuseTouch, stationInReach, type ReachOf } from './network-edit/permissions';
import { hiddenItems, isHidden, visibleContent } from './network-edit/visibility';
import { filesFromBundle, looksLikeBundle } from './seed-files';

/**
 * Imports graph-seed files all or nothing: the files are validated as a whole seed
 * (loadSeedDirectory: file, item, field), compared with the stored network per kind and id,
 * every change is put to the same editing rules as a single edit, and the result replaces
 * the network in one transaction on the version the preview was made on.
 *
 * Someone who may not see every closed module imports against the network as they see it:
 * what is hidden from them is neither shown, nor changed, nor removed; it is carried over.
 */

export interface UploadedFile {
	name: string;
	text: string;
}

const SEED_FILE_NAMES = new Set<string>([META_FILE, ...Object.values(SEED_FILES)]);
const KIND_OF_FILE = new Map<string, string>(ENTITY_KINDS.map((k) => [SEED_FILES[k], k]));

/** Reads uploaded seed files (the full set) or one bundle; SeedError lists every problem and nothing is returned. */
export function readSeedUpload(files: readonly UploadedFile[]): Seed {
	const single = files.length === 1 ? files[0]! : null;
	// A single file not named like a seed file is read as a bundle, so a YAML error in it is reported with its line.
	const bundle = single && (!SEED_FILE_NAMES.has(basename(single.name)) || looksLikeBundle(single.text)) ? single : null;
	let byName: Record<string, string>;
	if (bundle) byName = filesFromBundle(bundle.name, bundle.text);
	else {
		const unknown = files.filter((f) => !SEED_FILE_NAMES.has(basename(f.name)));
		if (unknown.length)
			throw new SeedError(unknown.map((f) => ({ file: f.name, item: '-', field: '-', message: `is not a graph-seed file (expected ${[...SEED_FILE_NAMES].join(', ')} or one bundle)` })));
		byName = Object.fromEntries(files.map((f) => [basename(f.name), f.text]));
	}
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-import-'));
	try {
		for (const [name, text] of Object.entries(byName)) writeFileSync(join(dir, name), text);
		return loadSeedDirectory(dir);
	} catch (e) {
		if (bundle && e instanceof SeedError) throw new SeedError(e.issues.map((i): SeedIssue => ({ ...i, file: `${bundle.name} › ${KIND_OF_FILE.get(i.file) ?? 'network'}` })));
		throw e;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export interface KindChanges {
	kind: EntityKind;
	added: string[];
	changed: { id: string; fields: string[] }[];
	removed: string[];
	unchanged: number;
}

export interface ImportPreview {
	network: string;
	/** The stored version the preview compares with (0: the network is new). Applying needs it unchanged. */
	baseVersion: number;
	metaChanged: boolean;
	kinds: KindChanges[];
	totals: { added: number; changed: number; removed: number };
	/** Changes the importer may not make; any of them stops the import. */
	refused: { kind: EntityKind | null; id: string; action: 'add' | 'change' | 'remove'; refusal: Refusal }[];
	/**
	 * What would break: items hidden from the importer still using something the files remove,
	 * and organisations the files remove that accounts still name (see previewImport).
	 */
	problems: string[];
	/** Set when the network would keep less than half its stations: applying then needs allowShrink. */
	shrink: Shrink | null;
}

/** What an import reads besides the files: the network, and the accounts that name its organisations. */
export interface ImportStores {
	store: GraphStore;
	users: OrganisationAccounts;
}

export interface ImportPlan {
	preview: ImportPreview;
	meta: NetworkMeta;
	content: NetworkContent;
}

function reachOf(editor: Editor, current: NetworkContent, next: NetworkContent): ReachOf {
	const now = new Map(current.stations.map((s) => [s.id, s]));
	const then = new Map(next.stations.map((s) => [s.id, s]));
	return (id) => [now.get(id), then.get(id)].every((s) => !s || stationInReach(editor, s));
}

/** Compares the seed with the stored network as this editor sees it, and checks every change. */
export function planImport(editor: Editor, network: string, stored: StoredNetwork | null, seed: Seed): ImportPlan {
	const current = stored?.content ?? emptyNetwork();
	const hidden = hiddenItems(editor, current);
	const seen = visibleContent(editor, current);
	const meta: NetworkMeta = { ...seed.meta, id: network };
	const reach = reachOf(editor, current, seed.content);
	const refused: ImportPreview['refused'] = [];
	const kinds: KindChanges[] = [];
	const merged = {} as NetworkContent;
	for (const kind of ENTITY_KINDS) {
		const before = new Map((seen[kind] as EntityOf<EntityKind>[]).map((i) => [i.id, i]));
		const after = seed.content[kind] as EntityOf<EntityKind>[];
		const changes: KindChanges = { kind, added: [], changed: [], removed: [], unchanged: 0 };
		for (const item of after) {
			const was = before.get(item.id);
			if (isHidden(hidden, kind, item.id)) {
				refused.push({ kind, id: item.id, action: 'change', refusal: refusal(403, 'editor.denied.hiddenItem', { id: item.id }) });
				continue;
			}
			if (!was) changes.added.push(item.id);
			else if (isDeepStrictEqual(was, item)) {
				changes.unchanged++;
				continue;
			} else changes.changed.push({ id: item.id, fields: changedFields(was, item) });
			const r = refuseTouch(editor, kind, item.id, was ?? null, reach) ?? refuseResult(editor, kind, was ?? null, item, reach);
			if (r) refused.push({ kind, id: item.id, action: was ? 'change' : 'add', refusal: r });
		}
		const incoming = new Set(after.map((i) => i.id));
		for (const [id, was] of before) {
			if (incoming.has(id)) continue;
			changes.removed.push(id);
			const r = refuseDelete(editor, kind, was, reach);
			if (r) refused.push({ kind, id, action: 'remove', refusal: r });
		}
		kinds.push(changes);
		const carried = (current[kind] as EntityOf<EntityKind>[]).filter((i) => isHidden(hidden, kind, i.id));
		(merged as Record<EntityKind, unknown[]>)[kind] = [...after, ...carried];
	}
	const metaChanged = !!stored && !isDeepStrictEqual(stored.meta, meta);
	if (metaChanged && !editor.admin) refused.push({ kind: null, id: network, action: 'change', refusal: refusal(403, 'editor.denied.networkMeta') });
	const problems = checkReferences(merged)
		.filter((i) => isHidden(hidden, i.kind, i.id))
		.map((i) => `${i.message.replace(/^unknown /, '')} is still used by a ${ENTITY_NOUN[i.kind]} you cannot see`);
	const totals = {
		added: kinds.reduce((n, k) => n + k.added.length, 0),
		changed: kinds.reduce((n, k) => n + k.changed.length, 0),
		removed: kinds.reduce((n, k) => n + k.removed.length, 0)
	};
	const shrink = shrinkOf(current.stations.length, merged.stations.length);
	return { preview: { network, baseVersion: stored?.version ?? 0, metaChanged, kinds, totals, refused, problems: [...new Set(problems)], shrink }, meta, content: merged };
}

/**
 * planImport on the network as stored now, with the organisations the files remove checked
 * against the accounts: one that memberships, advisor links or shared plans still name cannot
 * go (as when deleting it by hand), so it is listed among the problems.
 */
export async function previewImport(stores: ImportStores, editor: Editor, network: string, seed: Seed): Promise<ImportPlan> {
	const plan = planImport(editor, network, await stores.store.readNetwork(network), seed);
	await checkAccounts(stores.users, plan.preview);
	return plan;
}

/** Adds to the preview's problems each organisation it removes that accounts still name. */
export async function checkAccounts(users: OrganisationAccounts, preview: ImportPreview): Promise<ImportPreview> {
	const removed = preview.kinds.find((k) => k.kind === 'organisations')?.removed ?? [];
	for (const id of removed) {
		const use = await users.organisationUse(id);
		const problem = `organisation '${id}' is still used by ${describeUse(use)}; revoke the memberships and unshare the plans first`;
		if (inUseByAccounts(use) && !preview.problems.includes(problem)) preview.problems.push(problem);
	}
	return preview;
}

export function hasChanges(p: ImportPreview): boolean {
	return p.metaChanged || p.totals.added + p.totals.changed + p.totals.removed > 0;
}

/**
 * Applies a previewed import: planned again on what is stored now, refused when that is no
 * longer the version the preview showed, when any change is not the editor's to make, when it
 * would break something, or when the network would lose more than half its stations and the
 * importer did not say that is intended (`allowShrink`; SuspectSourceError otherwise).
 */
export async function applyImport(
	stores: ImportStores,
	editor: Editor,
	network: string,
	seed: Seed,
	baseVersion: number,
	options: Pick<SourceGuardOptions, 'allowShrink'> = {}
): Promise<{ version: number; preview: ImportPreview }> {
	return applyPlan(stores, editor, planImport(editor, network, await stores.store.readNetwork(network), seed), baseVersion, options);
}

/**
 * applyImport for a plan made elsewhere (the /import page plans in a worker thread) on the
 * network as read just before: the write still names `baseVersion`, so a change made since
 * is refused by the store.
 */
export async function applyPlan(
	stores: ImportStores,
	editor: Editor,
	plan: ImportPlan,
	baseVersion: number,
	options: Pick<SourceGuardOptions, 'allowShrink'> = {}
): Promise<{ version: number; preview: ImportPreview }> {
	const network = plan.preview.network;
	await checkAccounts(stores.users, plan.preview);
	const version = plan.preview.baseVersion;
	if (version !== baseVersion)
		throw new ConflictError(`network '${network}' changed since the preview (now version ${version}, the preview showed version ${baseVersion}); preview the import again`);
	const first = plan.preview.refused[0];
	if (first) throw new EditDenied(first.refusal);
	if (plan.preview.problems.length) throw new ConflictError(`the import would break what it leaves behind: ${plan.preview.problems.join('; ')}`);
	if (!hasChanges(plan.preview)) return { version, preview: plan.preview };
	const shrink = plan.preview.shrink;
	if (shrink) guardShrink(network, shrink.before, shrink.after, options);
	const written = await stores.store.replaceNetwork(plan.meta, plan.content, editor.actor, { expectedNetworkVersion: baseVersion });
	return { version: written, preview: plan.preview };
}
