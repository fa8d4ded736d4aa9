import type { EntityKind, EntityOf, NetworkContent, NetworkMeta } from '$lib/schemas';

/** Who made a change, as recorded in the audit log. */
export interface Actor {
	/** User id, or null for the system (seed, CLI import). */
	userId: string | null;
	label: string;
}

export interface NetworkSummary extends NetworkMeta {
	version: number;
	updatedAt: string;
}

export type NetworkStamp = Pick<NetworkSummary, 'id' | 'version' | 'updatedAt'>;

export interface StoredNetwork {
	meta: NetworkMeta;
	version: number;
	content: NetworkContent;
}

export interface StoredItem<K extends EntityKind = EntityKind> {
	item: EntityOf<K>;
	/** Bumped on every change of this item; used for "someone else saved first" checks. */
	revision: number;
}

export interface AuditEntry {
	seq: number;
	network: string;
	at: string;
	actor: Actor;
	action: 'create' | 'update' | 'delete' | 'replace';
	kind: EntityKind | null;
	itemId: string | null;
	before: unknown;
	after: unknown;
	/** The network version this change produced. */
	version: number;
}

export interface WriteOptions {
	/** Refuse the write (ConflictError) unless the network is still at this version. */
	expectedNetworkVersion?: number;
	/** Refuse the write (ConflictError) unless the item is still at this revision (0 = must not exist). */
	expectedRevision?: number;
}

export interface StoreHealth {
	ok: boolean;
	store: 'embedded' | 'neo4j';
	detail: string;
}

/**
 * The network store. Every write is atomic, bumps the network version by one and appends to
 * the audit log in the same transaction. Content handed in is already validated by the
 * caller's zod schemas and reference checks (see services/network-edit); the store guards
 * atomicity and versions, not domain rules.
 */
export interface GraphStore {
	readonly kind: 'embedded' | 'neo4j';
	/** Creates or upgrades the schema; safe to run at every start. */
	migrate(): Promise<void>;
	health(): Promise<StoreHealth>;
	close(): Promise<void>;

	listNetworks(): Promise<NetworkSummary[]>;
	/** Each network's id, version and last change, without its meta: what rendered pages are kept per (cheap, asked per request). */
	networkStamps(): Promise<NetworkStamp[]>;
	/** Cheap: called on every request to decide whether a cached snapshot is stale. */
	networkVersion(network: string): Promise<number | null>;
	readNetwork(network: string): Promise<StoredNetwork | null>;
	/** Replaces a whole network (creating it if new) in one transaction: all or nothing. */
	replaceNetwork(meta: NetworkMeta, content: NetworkContent, actor: Actor, options?: WriteOptions): Promise<number>;
	deleteNetwork(network: string, actor: Actor): Promise<void>;

	getItem<K extends EntityKind>(network: string, kind: K, id: string): Promise<StoredItem<K> | null>;
	/** Creates or updates one item; returns the new network version and item revision. */
	putItem<K extends EntityKind>(
		network: string,
		kind: K,
		item: EntityOf<K>,
		actor: Actor,
		options?: WriteOptions
	): Promise<{ version: number; revision: number }>;
	deleteItem(network: string, kind: EntityKind, id: string, actor: Actor, options?: WriteOptions): Promise<number>;

	audit(network: string, filter?: { limit?: number; kind?: EntityKind; itemId?: string }): Promise<AuditEntry[]>;
}
