import { int, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import {
	ENTITY_KINDS,
	ENTITY_NOUN,
	NetworkMeta,
	checkReferences,
	emptyNetwork,
	type EntityKind,
	type EntityOf,
	type NetworkContent
} from '../../../schemas';
import { ConflictError, InUseError, NotFoundError, ValidationError } from '../errors';
import type { Actor, AuditEntry, GraphStore, NetworkStamp, NetworkSummary, StoreHealth, StoredItem, StoredNetwork, WriteOptions } from '../types';
import { checkNamespace, type Neo4jAccess } from './access';
import { KIND_CYPHER, NETWORK_CYPHER, PURGE_CYPHER } from './cypher';
import { firstLine, safeUri } from './error-map';
import {
	auditFromProps,
	auditToProps,
	graphToItem,
	itemToGraph,
	metaFromProps,
	metaToProps,
	referencedIds,
	toNumber,
	type GraphItem,
	type Props,
	type RelRow
} from './mapping';
import { GRAPH_MODEL, kindOfLabel } from './model';
import { applySchema } from './schema';

/** Rows per UNWIND statement: big enough to keep round trips few, small enough for modest heaps. */
export const BATCH_SIZE = 1000;
/** How often readNetwork re-reads a network that changed underneath it before giving up. */
const READ_ATTEMPTS = 5;

export interface Neo4jStoreOptions {
	/**
	 * Keeps this store's networks apart from others in the same database by storing them
	 * under `<namespace>:<network id>` (":" never occurs in an id). For test runs against a
	 * shared server; the app uses none.
	 */
	namespace?: string;
	/** Directory searched first for schema.cypher (see schema.ts); the app passes SEED_DIR. */
	seedDir?: string;
}

interface LockedNetwork {
	version: number;
	auditSeq: number;
}

interface ReadItem<K extends EntityKind> {
	item: EntityOf<K>;
	revision: number;
	ord: number;
}

function chunks<T>(rows: T[], size = BATCH_SIZE): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
	return out;
}

function revisionConflict(kind: EntityKind, id: string, current: number, options: WriteOptions | undefined): void {
	const expected = options?.expectedRevision;
	if (expected === undefined || expected === current) return;
	const noun = ENTITY_NOUN[kind];
	if (current === 0) throw new ConflictError(`${noun} '${id}' no longer exists; someone deleted it meanwhile`);
	if (expected === 0) throw new ConflictError(`${noun} '${id}' already exists`);
	throw new ConflictError(
		`${noun} '${id}' was changed by someone else meanwhile (revision ${current}, you had ${expected}); reload and try again`
	);
}

/**
 * GraphStore on Neo4j. Items are nodes, references are relationships (see model.ts and the
 * "Graph model (Neo4j)" section of graph-seed/README.md). Each public write is one
 * executeWrite transaction that first locks the network node, so the version check, the
 * change, the version bump and the audit entry commit together or not at all.
 */
export class Neo4jGraphStore implements GraphStore {
	readonly kind = 'neo4j' as const;
	private readonly prefix: string;
	private readonly seedDir: string;

	constructor(
		private readonly access: Neo4jAccess,
		options: Neo4jStoreOptions = {}
	) {
		checkNamespace(options.namespace);
		this.prefix = options.namespace ? `${options.namespace}:` : '';
		this.seedDir = options.seedDir ?? 'graph-seed';
	}

	/** The namespace given at open, if any. */
	get namespace(): string | undefined {
		return this.prefix ? this.prefix.slice(0, -1) : undefined;
	}

	private key(network: string): string {
		return this.prefix + network;
	}

	private read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
		return this.access.read(op, work);
	}

	private write<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
		return this.access.write(op, work);
	}

	async migrate(): Promise<void> {
		await applySchema(this.access, this.seedDir);
	}

	async health(): Promise<StoreHealth> {
		const { target } = this.access;
		const where = `${safeUri(target.uri)}, database '${target.database}'`;
		try {
			const info = await this.access.driver.getServerInfo({ database: target.database });
			const networks = await this.read('health', async (tx) => {
				const res = await tx.run(NETWORK_CYPHER.list, { prefix: this.prefix });
				return res.records.length;
			});
			return { ok: true, store: 'neo4j', detail: `${info.agent ?? 'neo4j'} at ${where}, ${networks} network(s)` };
		} catch (e) {
			return { ok: false, store: 'neo4j', detail: `${where}: ${firstLine(e instanceof Error ? e.message : String(e))}` };
		}
	}

	async close(): Promise<void> {
		await this.access.close();
	}

	async listNetworks(): Promise<NetworkSummary[]> {
		return this.read('listNetworks', async (tx) => {
			const res = await tx.run(NETWORK_CYPHER.list, { prefix: this.prefix });
			return res.records.map((r) => {
				const props = r.get('props') as Props;
				const id = (props.id as string).slice(this.prefix.length);
				return { ...metaFromProps(id, props), version: toNumber(props.version, 'version'), updatedAt: props.updatedAt as string };
			});
		});
	}

	/** The network nodes carry their meta anyway; asked at most every poll interval (see storeGeneration). */
	async networkStamps(): Promise<NetworkStamp[]> {
		return (await this.listNetworks()).map(({ id, version, updatedAt }) => ({ id, version, updatedAt }));
	}

	async networkVersion(network: string): Promise<number | null> {
		return this.read('networkVersion', async (tx) => {
			const res = await tx.run(NETWORK_CYPHER.version, { network: this.key(network) });
			const v = res.records[0]?.get('version');
			return v === undefined || v === null ? null : toNumber(v, 'version');
		});
	}

	async readNetwork(network: string): Promise<StoredNetwork | null> {
		const key = this.key(network);
		// Neo4j reads are read-committed, not snapshots: a write committing between the per-kind
		// queries would mix two versions. Every write bumps the audit counter, so an unchanged
		// counter at the end proves the content belongs to the version read at the start.
		for (let attempt = 1; ; attempt++) {
			const result = await this.read('readNetwork', async (tx) => {
				const head = await tx.run(NETWORK_CYPHER.read, { network: key });
				const props = head.records[0]?.get('props') as Props | undefined;
				if (!props) return null;
				const content: NetworkContent = emptyNetwork();
				for (const kind of ENTITY_KINDS) {
					const res = await tx.run(KIND_CYPHER[kind].readAll, { network: key });
					(content[kind] as unknown[]) = res.records.map((r) => this.itemFromRecord(kind, r).item);
				}
				const tail = await tx.run(NETWORK_CYPHER.read, { network: key });
				const after = tail.records[0]?.get('props') as Props | undefined;
				const stable = after !== undefined && String(after.auditSeq) === String(props.auditSeq);
				return { stable, network: { meta: metaFromProps(network, props), version: toNumber(props.version, 'version'), content } };
			});
			if (result === null) return null;
			if (result.stable) return result.network;
			if (attempt >= READ_ATTEMPTS)
				throw new ConflictError(`network '${network}' kept changing while it was read (${READ_ATTEMPTS} attempts); try again`);
		}
	}

	private itemFromRecord<K extends EntityKind>(kind: K, record: Neo4jRecord): ReadItem<K> {
		const props = record.get('props') as Props;
		const rels: Record<string, RelRow[]> = {};
		for (const rel of GRAPH_MODEL[kind].rels) rels[rel.field] = record.get(rel.field) as RelRow[];
		return { item: graphToItem(kind, props, rels), revision: toNumber(props.revision, 'revision'), ord: toNumber(props.ord, 'ord') };
	}

	private async readItem<K extends EntityKind>(tx: ManagedTransaction, kind: K, key: string, id: string): Promise<ReadItem<K> | null> {
		const res = await tx.run(KIND_CYPHER[kind].readOne, { network: key, id });
		const record = res.records[0];
		return record ? this.itemFromRecord(kind, record) : null;
	}

	async getItem<K extends EntityKind>(network: string, kind: K, id: string): Promise<StoredItem<K> | null> {
		return this.read('getItem', async (tx) => {
			const found = await this.readItem(tx, kind, this.key(network), id);
			return found ? { item: found.item, revision: found.revision } : null;
		});
	}

	/**
	 * Locks the network node and checks the expected version. Must be the first statement of
	 * every write transaction: everything after it runs while other writers of the network wait.
	 */
	private async lock(tx: ManagedTransaction, network: string, options: WriteOptions | undefined, create: boolean): Promise<LockedNetwork> {
		const key = this.key(network);
		const res = await tx.run(create ? NETWORK_CYPHER.lockOrCreate : NETWORK_CYPHER.lock, { network: key });
		const record = res.records[0];
		if (!record) throw new NotFoundError(`network '${network}' does not exist`);
		const version = toNumber(record.get('version'), 'version');
		if (options?.expectedNetworkVersion !== undefined && options.expectedNetworkVersion !== version)
			throw new ConflictError(
				`network '${network}' changed meanwhile (version ${version}, expected ${options.expectedNetworkVersion}); reload and try again`
			);
		let auditSeq = record.get('auditSeq') as unknown;
		if (auditSeq === null || auditSeq === undefined) {
			const last = await tx.run(NETWORK_CYPHER.lastAuditSeq, { network: key });
			auditSeq = last.records[0]?.get('seq') ?? 0;
		}
		return { version, auditSeq: toNumber(auditSeq, 'audit seq') };
	}

	/**
	 * Bumps the version, releases the lock marker and appends the audit entry. With `meta`
	 * the network node's properties are set as a whole, so optional meta fields can go away.
	 */
	private async commitChange(
		tx: ManagedTransaction,
		network: string,
		locked: LockedNetwork,
		entry: Omit<AuditEntry, 'seq' | 'at' | 'network' | 'version'>,
		meta?: NetworkMeta
	): Promise<number> {
		const key = this.key(network);
		const version = locked.version + 1;
		const seq = locked.auditSeq + 1;
		const at = new Date().toISOString();
		if (meta)
			await tx.run(NETWORK_CYPHER.finish, {
				network: key,
				props: { ...metaToProps(key, meta), version: int(version), updatedAt: at, auditSeq: int(seq) }
			});
		else await tx.run(NETWORK_CYPHER.bump, { network: key, version: int(version), updatedAt: at, auditSeq: int(seq) });
		await this.writeAudit(tx, key, { ...entry, seq, at, version });
		return version;
	}

	private async writeAudit(tx: ManagedTransaction, key: string, entry: Omit<AuditEntry, 'network'>): Promise<void> {
		await tx.run(NETWORK_CYPHER.audit, { props: auditToProps(key, entry) });
	}

	private async createRels(tx: ManagedTransaction, kind: EntityKind, key: string, graphs: GraphItem[]): Promise<void> {
		for (const rel of GRAPH_MODEL[kind].rels) {
			const rows = graphs.flatMap((g) => g.rels[rel.field]!.map((r) => ({ from: g.props.id, to: r.to, props: r.props })));
			for (const batch of chunks(rows)) {
				const res = await tx.run(KIND_CYPHER[kind].createRels[rel.field]!, { network: key, rows: batch });
				const created = toNumber(res.records[0]?.get('created') ?? 0, 'created');
				// References were checked under the network lock, so a shortfall is a bug, not a race.
				if (created !== batch.length)
					throw new Error(`neo4j: created ${created} of ${batch.length} ${rel.type} relationships for ${kind}; a referenced item is missing`);
			}
		}
	}

	/** The graph cannot hold a reference to nothing, so one is refused instead of silently dropped. */
	private async checkTargets(tx: ManagedTransaction, network: string, kind: EntityKind, graph: GraphItem): Promise<void> {
		const issues: { field: string; message: string }[] = [];
		for (const ref of referencedIds(kind, graph)) {
			const res = await tx.run(KIND_CYPHER[ref.target].missing, { network: this.key(network), ids: [...new Set(ref.ids)] });
			for (const id of (res.records[0]?.get('missing') as string[] | undefined) ?? [])
				issues.push({ field: ref.field, message: `unknown ${ENTITY_NOUN[ref.target]} '${id}'` });
		}
		if (issues.length)
			throw new ValidationError(
				`${ENTITY_NOUN[kind]} '${String(graph.props.id)}' refers to items missing from network '${network}': ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
				issues
			);
	}

	async replaceNetwork(meta: NetworkMeta, content: NetworkContent, actor: Actor, options?: WriteOptions): Promise<number> {
		const m = NetworkMeta.parse(meta);
		// The graph cannot hold a reference to nothing; refused below, after the version check,
		// so a stale writer hears "changed meanwhile" first, as from every adapter.
		const problems = checkReferences(content);
		const invalid =
			problems.length === 0
				? null
				: new ValidationError(
						`network '${m.id}' has ${problems.length} broken reference(s) or duplicate id(s), e.g. ${ENTITY_NOUN[problems[0]!.kind]} '${problems[0]!.id}' ${problems[0]!.field}: ${problems[0]!.message}`,
						problems.map((p) => ({ field: `${p.kind}.${p.id}.${p.field}`, message: p.message }))
					);
		// Converted before the transaction: pure work, and executeWrite may run the function again on a retry.
		const graphs = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, invalid ? [] : content[kind].map((item) => itemToGraph(kind, item))])) as Record<
			EntityKind,
			GraphItem[]
		>;
		const key = this.key(m.id);
		const counts = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, content[kind].length]));

		return this.write('replaceNetwork', async (tx) => {
			const locked = await this.lock(tx, m.id, options, true);
			if (invalid) throw invalid;
			const version = int(locked.version + 1);
			for (const kind of ENTITY_KINDS) {
				const drop = KIND_CYPHER[kind].dropAllRels;
				if (drop) await tx.run(drop, { network: key });
			}
			// MERGE keeps the nodes of unchanged ids (and their element ids) across a replace.
			for (const kind of ENTITY_KINDS) {
				const rows = graphs[kind].map((g, ord) => ({ props: { ...g.props, network: key, ord: int(ord), revision: version } }));
				for (const batch of chunks(rows)) await tx.run(KIND_CYPHER[kind].upsert, { network: key, rows: batch });
				// Whatever this replace did not write still carries an older revision.
				await tx.run(KIND_CYPHER[kind].deleteStale, { network: key, version });
			}
			for (const kind of ENTITY_KINDS) await this.createRels(tx, kind, key, graphs[kind]);
			return this.commitChange(tx, m.id, locked, { actor, action: 'replace', kind: null, itemId: null, before: null, after: counts }, m);
		});
	}

	async deleteNetwork(network: string, actor: Actor): Promise<void> {
		const key = this.key(network);
		await this.write('deleteNetwork', async (tx) => {
			const locked = await this.lock(tx, network, undefined, false);
			for (const kind of ENTITY_KINDS) await tx.run(KIND_CYPHER[kind].deleteAll, { network: key });
			await tx.run(NETWORK_CYPHER.remove, { network: key });
			// The audit entry outlives the network; its numbering resumes if the id is used again.
			await this.writeAudit(tx, key, {
				seq: locked.auditSeq + 1,
				at: new Date().toISOString(),
				actor,
				action: 'delete',
				kind: null,
				itemId: null,
				before: null,
				after: null,
				version: locked.version + 1
			});
		});
	}

	async putItem<K extends EntityKind>(
		network: string,
		kind: K,
		item: EntityOf<K>,
		actor: Actor,
		options?: WriteOptions
	): Promise<{ version: number; revision: number }> {
		const graph = itemToGraph(kind, item);
		const key = this.key(network);
		const st = KIND_CYPHER[kind];
		return this.write('putItem', async (tx) => {
			const locked = await this.lock(tx, network, options, false);
			const existing = await this.readItem(tx, kind, key, item.id);
			revisionConflict(kind, item.id, existing?.revision ?? 0, options);
			await this.checkTargets(tx, network, kind, graph);
			const revision = (existing?.revision ?? 0) + 1;
			let ord = existing?.ord;
			if (ord === undefined) {
				const res = await tx.run(st.nextOrd, { network: key });
				ord = toNumber(res.records[0]?.get('ord') ?? 0, 'ord');
			}
			if (existing && st.dropItemRels) await tx.run(st.dropItemRels, { network: key, id: item.id });
			await tx.run(st.upsert, { network: key, rows: [{ props: { ...graph.props, network: key, ord: int(ord), revision: int(revision) } }] });
			await this.createRels(tx, kind, key, [graph]);
			const version = await this.commitChange(tx, network, locked, {
				actor,
				action: existing ? 'update' : 'create',
				kind,
				itemId: item.id,
				before: existing ? existing.item : null,
				after: item
			});
			return { version, revision };
		});
	}

	async deleteItem(network: string, kind: EntityKind, id: string, actor: Actor, options?: WriteOptions): Promise<number> {
		const key = this.key(network);
		const st = KIND_CYPHER[kind];
		return this.write('deleteItem', async (tx) => {
			const locked = await this.lock(tx, network, options, false);
			const existing = await this.readItem(tx, kind, key, id);
			if (!existing) throw new NotFoundError(`${ENTITY_NOUN[kind]} '${id}' does not exist in network '${network}'`);
			revisionConflict(kind, id, existing.revision, options);
			const refs = await tx.run(st.referrers, { network: key, id });
			const users = refs.records.flatMap((r) => {
				const k = (r.get('labels') as string[]).map(kindOfLabel).find((x) => x !== undefined);
				return k ? [{ kind: k, id: r.get('id') as string }] : [];
			});
			// Deleting would cut the relationships of the items that point here, changing them unseen.
			if (users.length)
				throw new InUseError(
					`${ENTITY_NOUN[kind]} '${id}' is still used by ${users.map((u) => `${ENTITY_NOUN[u.kind]} '${u.id}'`).join(', ')}`,
					users
				);
			await tx.run(st.deleteOne, { network: key, id });
			return this.commitChange(tx, network, locked, { actor, action: 'delete', kind, itemId: id, before: existing.item, after: null });
		});
	}

	async audit(network: string, filter: { limit?: number; kind?: EntityKind; itemId?: string } = {}): Promise<AuditEntry[]> {
		const limit = Math.max(0, Math.floor(filter.limit ?? 100));
		return this.read('audit', async (tx) => {
			const res = await tx.run(NETWORK_CYPHER.readAudit, {
				network: this.key(network),
				kind: filter.kind ?? null,
				itemId: filter.itemId ?? null,
				limit: int(limit)
			});
			return res.records.map((r) => auditFromProps(network, r.get('props') as Props));
		});
	}

	/** Test clean-up: removes everything stored under this store's namespace. Refuses without one. */
	async dropNamespace(): Promise<void> {
		if (!this.prefix) throw new Error('neo4j: dropNamespace() needs a namespace; it never wipes un-namespaced data');
		for (const statement of PURGE_CYPHER) await this.write('dropNamespace', (tx) => tx.run(statement, { prefix: this.prefix }));
	}
}
