import { ENTITY_NOUN, referencesTo, type EntityKind, type EntityOf } from '$lib/schemas';
import { ConflictError, InUseError, NotFoundError } from '../../store/errors';
import type { AuditEntry, GraphStore } from '../../store/types';
import type { OrganisationUse } from '../../store/user-types';
import type { Snapshot } from '../snapshot';
import { changedFields } from './changed-fields';
import type { Editor } from './editor';
import { EditConflict, EditDenied, type Refusal } from './errors';
import { alreadyExists, checkItemReferences, parseItem } from './item-checks';
import { refuseOrganisationInUse, type OrganisationAccounts } from './organisation-use';
import { refuseDelete, refuseResult, refuseTouch, stationInReach, type ReachOf } from './permissions';
import { hiddenItems, isHidden, redactUsers, visibleContent, type HiddenItems, type UsedBy } from './visibility';

/** Where the service reads the current network; the app's SnapshotCache is one. */
export interface SnapshotSource {
	get(network: string): Promise<Snapshot>;
	invalidate(network?: string): void;
}

export interface ItemView<K extends EntityKind = EntityKind> {
	kind: K;
	item: EntityOf<K>;
	revision: number;
	/** The network version the view was read at. */
	version: number;
	usedBy: UsedBy;
	/** For an organisation: what in the accounts names it (it cannot be deleted while any does). */
	accountUse: OrganisationUse | null;
	/** Null when this person may edit the item, else why not. */
	editRefusal: Refusal | null;
	deleteRefusal: Refusal | null;
}

export interface HistoryEntry {
	at: string;
	by: string;
	action: AuditEntry['action'];
	version: number;
	/** Top-level fields that differ between before and after. */
	fields: string[];
	before: unknown;
	after: unknown;
}

/** A write lost a race with an unrelated write elsewhere in the network; it is checked again on the new version. */
const ATTEMPTS = 4;

function lookup<K extends EntityKind>(snap: Snapshot, kind: K, id: string): EntityOf<K> | null {
	return ((snap[kind] as ReadonlyMap<string, EntityOf<K>>).get(id) ?? null) as EntityOf<K> | null;
}

function notFound(kind: EntityKind, id: string, network: string): NotFoundError {
	return new NotFoundError(`${ENTITY_NOUN[kind]} '${id}' does not exist in network '${network}'`);
}

/**
 * The one way the app changes single network items, so the embedded and the Neo4j store behave
 * the same: the item is validated with its zod schema, its references are checked against the
 * network it lands in, deleting an item still in use is refused with its users, the editing
 * rules (permissions.ts) are asked before and after, and the write names both the item revision
 * the editor started from and the network version it was checked against.
 */
export class NetworkEditService {
	constructor(
		private readonly store: GraphStore,
		private readonly snapshots: SnapshotSource,
		private readonly accounts: OrganisationAccounts
	) {}

	private reach(editor: Editor, snap: Snapshot): ReachOf {
		return (id) => {
			const s = snap.stations.get(id);
			return !s || stationInReach(editor, s);
		};
	}

	/** The item as stored, with its revision and users, for an editor page or GET; hidden items do not exist. */
	async read<K extends EntityKind>(editor: Editor, network: string, kind: K, id: string): Promise<ItemView<K>> {
		const snap = await this.snapshots.get(network);
		const hidden = hiddenItems(editor, snap.content);
		const stored = await this.store.getItem(network, kind, id);
		if (!stored || isHidden(hidden, kind, id)) throw notFound(kind, id, network);
		const reachOf = this.reach(editor, snap);
		return {
			kind,
			item: stored.item,
			revision: stored.revision,
			version: snap.version,
			usedBy: redactUsers(hidden, referencesTo(snap.content, kind, id)),
			accountUse: kind === 'organisations' ? await this.accounts.organisationUse(id) : null,
			editRefusal: refuseTouch(editor, kind, id, stored.item, reachOf),
			deleteRefusal: refuseDelete(editor, kind, stored.item, reachOf)
		};
	}

	/**
	 * Creates (expectedRevision 0) or updates an item. Throws ValidationError (bad field or
	 * unknown reference), EditDenied, EditConflict (someone saved or deleted it first) or
	 * NotFoundError (updating what is not there for this person).
	 */
	async save<K extends EntityKind>(
		editor: Editor,
		network: string,
		kind: K,
		raw: unknown,
		expectedRevision: number
	): Promise<{ item: EntityOf<K>; version: number; revision: number }> {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' ? rawId : '';
		for (let attempt = 1; ; attempt++) {
			const snap = await this.snapshots.get(network);
			const hidden = hiddenItems(editor, snap.content);
			const existing = id ? lookup(snap, kind, id) : null;
			const before = existing && !isHidden(hidden, kind, id) ? existing : null;
			const reachOf = this.reach(editor, snap);
			this.refuse(refuseTouch(editor, kind, id, before, reachOf));
			// An item hidden from this person does not exist for them, whatever they send: as when reading it.
			if (existing && !before) throw notFound(kind, id, network);
			const item = parseItem(kind, raw);
			if (expectedRevision === 0 && existing) throw alreadyExists(kind, item.id);
			if (expectedRevision > 0 && !before) {
				throw await this.conflict(network, kind, item.id, `${ENTITY_NOUN[kind]} '${item.id}' was deleted meanwhile`);
			}
			checkItemReferences(visibleContent(editor, snap.content), kind, item);
			this.refuse(refuseResult(editor, kind, before, item, reachOf));
			try {
				const written = await this.store.putItem(network, kind, item, editor.actor, { expectedRevision, expectedNetworkVersion: snap.version });
				return { item, ...written };
			} catch (e) {
				await this.afterConflict(e, network, kind, item.id, expectedRevision, attempt);
			} finally {
				this.snapshots.invalidate(network);
			}
		}
	}

	/**
	 * Deletes an item no other item uses, and an organisation no account names; InUseError names
	 * the users (those this person may see).
	 */
	async remove(editor: Editor, network: string, kind: EntityKind, id: string, expectedRevision?: number): Promise<{ version: number }> {
		for (let attempt = 1; ; attempt++) {
			const snap = await this.snapshots.get(network);
			const hidden = hiddenItems(editor, snap.content);
			const before = lookup(snap, kind, id);
			if (!before || isHidden(hidden, kind, id)) {
				if (expectedRevision !== undefined && !before) throw await this.conflict(network, kind, id, `${ENTITY_NOUN[kind]} '${id}' was deleted meanwhile`);
				throw notFound(kind, id, network);
			}
			this.refuse(refuseDelete(editor, kind, before, this.reach(editor, snap)));
			const users = referencesTo(snap.content, kind, id);
			if (users.length > 0) throw inUse(kind, id, users, hidden);
			if (kind === 'organisations') await refuseOrganisationInUse(this.accounts, id);
			try {
				const version = await this.store.deleteItem(network, kind, id, editor.actor, { expectedRevision, expectedNetworkVersion: snap.version });
				return { version };
			} catch (e) {
				await this.afterConflict(e, network, kind, id, expectedRevision, attempt);
			} finally {
				this.snapshots.invalidate(network);
			}
		}
	}

	/** Why this person may not create this kind of item, or null when they may. */
	creationRefusal(editor: Editor, kind: EntityKind): Refusal | null {
		return refuseTouch(editor, kind, '', null, () => true);
	}

	/** For lists: which of these items this person may edit (hidden ones are left out by the caller). */
	editable<K extends EntityKind>(editor: Editor, snap: Snapshot, kind: K, items: readonly EntityOf<K>[]): Set<string> {
		const reachOf = this.reach(editor, snap);
		return new Set(items.filter((i) => refuseTouch(editor, kind, i.id, i, reachOf) === null).map((i) => i.id));
	}

	/** Who changed the item when, and how; for those who may edit it (the audit names people). */
	async history(editor: Editor, network: string, kind: EntityKind, id: string, limit = 50): Promise<HistoryEntry[]> {
		const view = await this.read(editor, network, kind, id);
		if (view.editRefusal) return [];
		const entries = await this.store.audit(network, { kind, itemId: id, limit });
		return entries.map((e) => ({
			at: e.at,
			by: e.actor.label,
			action: e.action,
			version: e.version,
			fields: changedFields(e.before, e.after),
			before: e.before,
			after: e.after
		}));
	}

	private refuse(r: Refusal | null): void {
		if (r) throw new EditDenied(r);
	}

	private async conflict(network: string, kind: EntityKind, id: string, message: string): Promise<EditConflict> {
		const [current, [last]] = await Promise.all([this.store.getItem(network, kind, id), this.store.audit(network, { kind, itemId: id, limit: 1 })]);
		return new EditConflict(message, kind, id, current, last ?? null);
	}

	/**
	 * A refused write is the editor's conflict when the item moved on since they loaded it;
	 * otherwise some other item changed between our checks and the write, and it is checked again.
	 */
	private async afterConflict(e: unknown, network: string, kind: EntityKind, id: string, expectedRevision: number | undefined, attempt: number): Promise<void> {
		if (!(e instanceof ConflictError)) throw e;
		const current = await this.store.getItem(network, kind, id);
		if (expectedRevision !== undefined && (current?.revision ?? 0) !== expectedRevision)
			throw await this.conflict(
				network,
				kind,
				id,
				current
					? `${ENTITY_NOUN[kind]} '${id}' was changed by someone else meanwhile (revision ${current.revision}, you started from ${expectedRevision}); compare and save again`
					: `${ENTITY_NOUN[kind]} '${id}' was deleted meanwhile`
			);
		if (attempt >= ATTEMPTS) throw new ConflictError(`network '${network}' is changing quickly; try again`);
	}
}

function inUse(kind: EntityKind, id: string, users: { kind: EntityKind; id: string }[], hidden: HiddenItems): InUseError {
	const used = redactUsers(hidden, users);
	const named = used.items.map((u) => `${ENTITY_NOUN[u.kind]} '${u.id}'`);
	if (used.hidden > 0) named.push(`${used.hidden} item(s) you cannot see`);
	return new InUseError(`${ENTITY_NOUN[kind]} '${id}' is still used by ${named.join(', ')}; change those first`, used.items);
}
