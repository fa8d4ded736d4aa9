/**
 * Schema migrations for the embedded store, applied in order and recorded in
 * schema_migrations. Never edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
	{
		version: 1,
		name: 'networks, items and audit',
		sql: `
			CREATE TABLE networks (
				id TEXT PRIMARY KEY,
				meta TEXT NOT NULL,
				version INTEGER NOT NULL,
				updated_at TEXT NOT NULL
			);
			-- Items are stored as validated JSON documents; relations live inside them
			-- (station.requires, line.stops ...) the way the zod schemas describe them.
			CREATE TABLE items (
				network TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
				kind TEXT NOT NULL,
				id TEXT NOT NULL,
				ord INTEGER NOT NULL,
				revision INTEGER NOT NULL,
				data TEXT NOT NULL,
				PRIMARY KEY (network, kind, id)
			) WITHOUT ROWID;
			CREATE INDEX items_order ON items(network, kind, ord);
			CREATE TABLE audit (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				network TEXT NOT NULL,
				at TEXT NOT NULL,
				actor_id TEXT,
				actor_label TEXT NOT NULL,
				action TEXT NOT NULL,
				kind TEXT,
				item_id TEXT,
				before TEXT,
				after TEXT,
				version INTEGER NOT NULL
			);
			CREATE INDEX audit_item ON audit(network, kind, item_id);
		`
	}
];
