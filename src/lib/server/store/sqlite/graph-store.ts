import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTITY_KINDS, NetworkMeta, emptyNetwork, type EntityKind, type EntityOf, type NetworkContent } from '$lib/schemas';
import { ConflictError, NotFoundError } from '../errors';
import type { Actor, AuditEntry, GraphStore, NetworkStamp, NetworkSummary, StoreHealth, StoredItem, StoredNetwork, WriteOptions } from '../types';
import { MIGRATIONS } from './migrations';
import { statementCache } from './statements';

type Row = Record<string, unknown>;

/** Opens (and creates) the SQLite file with the settings every embedded store needs. */
export function openDatabase(path: string): Database.Database {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	// WAL lets page loads read while an editor writes; NORMAL sync is safe with WAL.
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	return db;
}

export function applyMigrations(db: Database.Database, migrations: typeof MIGRATIONS, table = 'schema_migrations'): void {
	db.exec(`CREATE TABLE IF NOT EXISTS ${table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
	const applied = new Set((db.prepare(`SELECT version FROM ${table}`).all() as { version: number }[]).map((r) => r.version));
	const record = db.prepare(`INSERT INTO ${table} (version, name, applied_at) VALUES (?, ?, ?)`);
	for (const m of migrations) {
		if (applied.has(m.version)) continue;
		db.transaction(() => {
			db.exec(m.sql);
			record.run(m.version, m.name, new Date().toISOString());
		})();
	}
}

export class SqliteGraphStore implements GraphStore {
	readonly kind = 'embedded' as const;
	readonly db: Database.Database;
	/** The statements of every request, prepared once. */
	private readonly hot: (sql: string) => Database.Statement;

	constructor(readonly path: string) {
		this.db = openDatabase(path);
		this.hot = statementCache(this.db);
	}

	async migrate(): Promise<void> {
		applyMigrations(this.db, MIGRATIONS);
	}

	async health(): Promise<StoreHealth> {
		try {
			this.hot('SELECT 1').get();
			return { ok: true, store: 'embedded', detail: `sqlite ${this.path}` };
		} catch (e) {
			return { ok: false, store: 'embedded', detail: (e as Error).message };
		}
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
	}

	async listNetworks(): Promise<NetworkSummary[]> {
		const rows = this.hot('SELECT meta, version, updated_at FROM networks ORDER BY id').all() as Row[];
		return rows.map((r) => ({ ...(JSON.parse(r.meta as string) as NetworkMeta), version: r.version as number, updatedAt: r.updated_at as string }));
	}

	async networkStamps(): Promise<NetworkStamp[]> {
		const rows = this.hot('SELECT id, version, updated_at FROM networks ORDER BY id').all() as Row[];
		return rows.map((r) => ({ id: r.id as string, version: r.version as number, updatedAt: r.updated_at as string }));
	}

	async networkVersion(network: string): Promise<number | null> {
		return this.version(network);
	}

	private version(network: string): number | null {
		const row = this.hot('SELECT version FROM networks WHERE id = ?').get(network) as Row | undefined;
		return row ? (row.version as number) : null;
	}

	async readNetwork(network: string): Promise<StoredNetwork | null> {
		// One read transaction so the content matches the version we report.
		return this.db.transaction(() => {
			const row = this.db.prepare('SELECT meta, version FROM networks WHERE id = ?').get(network) as Row | undefined;
			if (!row) return null;
			const content = emptyNetwork();
			const items = this.db.prepare('SELECT kind, data FROM items WHERE network = ? ORDER BY kind, ord').all(network) as Row[];
			for (const r of items) (content[r.kind as EntityKind] as unknown[]).push(JSON.parse(r.data as string));
			return { meta: JSON.parse(row.meta as string) as NetworkMeta, version: row.version as number, content };
		})();
	}

	/** Checks the expected network version and returns the next one; runs inside a write transaction. */
	private nextVersion(network: string, options: WriteOptions | undefined, mustExist: boolean): number {
		const current = this.version(network);
		if (current === null && mustExist) throw new NotFoundError(`network '${network}' does not exist`);
		if (options?.expectedNetworkVersion !== undefined && options.expectedNetworkVersion !== (current ?? 0))
			throw new ConflictError(
				`network '${network}' changed meanwhile (version ${current ?? 0}, expected ${options.expectedNetworkVersion}); reload and try again`
			);
		return (current ?? 0) + 1;
	}

	private setVersion(network: string, version: number): void {
		this.db.prepare('UPDATE networks SET version = ?, updated_at = ? WHERE id = ?').run(version, new Date().toISOString(), network);
	}

	private record(entry: Omit<AuditEntry, 'seq' | 'at'>): void {
		this.db
			.prepare(
				`INSERT INTO audit (network, at, actor_id, actor_label, action, kind, item_id, before, after, version)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				entry.network,
				new Date().toISOString(),
				entry.actor.userId,
				entry.actor.label,
				entry.action,
				entry.kind,
				entry.itemId,
				entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
				entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
				entry.version
			);
	}

	async replaceNetwork(meta: NetworkMeta, content: NetworkContent, actor: Actor, options?: WriteOptions): Promise<number> {
		const m = NetworkMeta.parse(meta);
		return this.db.transaction(() => {
			const version = this.nextVersion(m.id, options, false);
			const now = new Date().toISOString();
			this.db
				.prepare('INSERT INTO networks (id, meta, version, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET meta = excluded.meta')
				.run(m.id, JSON.stringify(m), version, now);
			this.db.prepare('DELETE FROM items WHERE network = ?').run(m.id);
			const insert = this.db.prepare('INSERT INTO items (network, kind, id, ord, revision, data) VALUES (?, ?, ?, ?, ?, ?)');
			const counts: Record<string, number> = {};
			for (const kind of ENTITY_KINDS) {
				content[kind].forEach((item, ord) => insert.run(m.id, kind, item.id, ord, version, JSON.stringify(item)));
				counts[kind] = content[kind].length;
			}
			this.setVersion(m.id, version);
			this.record({ network: m.id, actor, action: 'replace', kind: null, itemId: null, before: null, after: counts, version });
			return version;
		})();
	}

	async deleteNetwork(network: string, actor: Actor): Promise<void> {
		this.db.transaction(() => {
			const version = this.nextVersion(network, undefined, true);
			this.db.prepare('DELETE FROM networks WHERE id = ?').run(network);
			this.record({ network, actor, action: 'delete', kind: null, itemId: null, before: null, after: null, version });
		})();
	}

	async getItem<K extends EntityKind>(network: string, kind: K, id: string): Promise<StoredItem<K> | null> {
		const row = this.db.prepare('SELECT data, revision FROM items WHERE network = ? AND kind = ? AND id = ?').get(network, kind, id) as
			| Row
			| undefined;
		return row ? { item: JSON.parse(row.data as string) as EntityOf<K>, revision: row.revision as number } : null;
	}

	private checkRevision(kind: EntityKind, id: string, current: number, options: WriteOptions | undefined): void {
		if (options?.expectedRevision !== undefined && options.expectedRevision !== current)
			throw new ConflictError(
				current === 0
					? `${kind} '${id}' no longer exists; it was deleted meanwhile`
					: options.expectedRevision === 0
						? `${kind} '${id}' already exists`
						: `${kind} '${id}' was changed by someone else meanwhile (revision ${current}, expected ${options.expectedRevision}); reload and try again`
			);
	}

	async putItem<K extends EntityKind>(
		network: string,
		kind: K,
		item: EntityOf<K>,
		actor: Actor,
		options?: WriteOptions
	): Promise<{ version: number; revision: number }> {
		return this.db.transaction(() => {
			const version = this.nextVersion(network, options, true);
			const existing = this.db.prepare('SELECT data, revision FROM items WHERE network = ? AND kind = ? AND id = ?').get(network, kind, item.id) as
				| Row
				| undefined;
			this.checkRevision(kind, item.id, (existing?.revision as number | undefined) ?? 0, options);
			const revision = ((existing?.revision as number | undefined) ?? 0) + 1;
			if (existing) {
				this.db
					.prepare('UPDATE items SET data = ?, revision = ? WHERE network = ? AND kind = ? AND id = ?')
					.run(JSON.stringify(item), revision, network, kind, item.id);
			} else {
				const ord = (this.db.prepare('SELECT COALESCE(MAX(ord), -1) + 1 AS n FROM items WHERE network = ? AND kind = ?').get(network, kind) as Row).n;
				this.db
					.prepare('INSERT INTO items (network, kind, id, ord, revision, data) VALUES (?, ?, ?, ?, ?, ?)')
					.run(network, kind, item.id, ord, revision, JSON.stringify(item));
			}
			this.setVersion(network, version);
			this.record({
				network,
				actor,
				action: existing ? 'update' : 'create',
				kind,
				itemId: item.id,
				before: existing ? JSON.parse(existing.data as string) : null,
				after: item,
				version
			});
			return { version, revision };
		})();
	}

	async deleteItem(network: string, kind: EntityKind, id: string, actor: Actor, options?: WriteOptions): Promise<number> {
		return this.db.transaction(() => {
			const version = this.nextVersion(network, options, true);
			const existing = this.db.prepare('SELECT data, revision FROM items WHERE network = ? AND kind = ? AND id = ?').get(network, kind, id) as
				| Row
				| undefined;
			if (!existing) throw new NotFoundError(`${kind} '${id}' does not exist in network '${network}'`);
			this.checkRevision(kind, id, existing.revision as number, options);
			this.db.prepare('DELETE FROM items WHERE network = ? AND kind = ? AND id = ?').run(network, kind, id);
			this.setVersion(network, version);
			this.record({ network, actor, action: 'delete', kind, itemId: id, before: JSON.parse(existing.data as string), after: null, version });
			return version;
		})();
	}

	async audit(network: string, filter: { limit?: number; kind?: EntityKind; itemId?: string } = {}): Promise<AuditEntry[]> {
		const where = ['network = ?'];
		const args: unknown[] = [network];
		if (filter.kind) (where.push('kind = ?'), args.push(filter.kind));
		if (filter.itemId) (where.push('item_id = ?'), args.push(filter.itemId));
		args.push(filter.limit ?? 100);
		const rows = this.db.prepare(`SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`).all(...args) as Row[];
		return rows.map((r) => ({
			seq: r.seq as number,
			network: r.network as string,
			at: r.at as string,
			actor: { userId: (r.actor_id as string | null) ?? null, label: r.actor_label as string },
			action: r.action as AuditEntry['action'],
			kind: (r.kind as EntityKind | null) ?? null,
			itemId: (r.item_id as string | null) ?? null,
			before: r.before === null ? null : JSON.parse(r.before as string),
			after: r.after === null ? null : JSON.parse(r.after as string),
			version: r.version as number
		}));
	}
}
