/**
 * Schema of the user store, recorded in user_schema_migrations so it evolves independently of
 * the network tables in the same SQLite file. Never edit a released migration: add a new one.
 */
export const USER_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
	{
		version: 1,
		name: 'users, sessions, memberships, profiles, advisor links and plans',
		sql: `
			CREATE TABLE users (
				id TEXT PRIMARY KEY,
				email TEXT NOT NULL UNIQUE COLLATE NOCASE,
				name TEXT NOT NULL,
				password_hash TEXT NOT NULL,
				admin INTEGER NOT NULL DEFAULT 0,
				created_at TEXT NOT NULL
			);
			CREATE TABLE sessions (
				id TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				expires_at INTEGER NOT NULL
			);
			CREATE INDEX sessions_user ON sessions(user_id);
			-- Organisations live in the network (GraphStore), possibly in another database,
			-- so they are referenced by id without a foreign key.
			CREATE TABLE memberships (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				organisation TEXT NOT NULL,
				role TEXT NOT NULL,
				PRIMARY KEY (user_id, organisation, role)
			) WITHOUT ROWID;
			CREATE INDEX memberships_organisation ON memberships(organisation);
			CREATE TABLE profile_skills (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				skill TEXT NOT NULL,
				level INTEGER NOT NULL,
				PRIMARY KEY (user_id, skill)
			) WITHOUT ROWID;
			CREATE TABLE profile_certificates (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				certificate TEXT NOT NULL,
				obtained_on TEXT NOT NULL,
				PRIMARY KEY (user_id, certificate)
			) WITHOUT ROWID;
			CREATE TABLE advisor_links (
				advisor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				employee_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				organisation TEXT NOT NULL,
				created_at TEXT NOT NULL,
				PRIMARY KEY (advisor_id, employee_id, organisation)
			) WITHOUT ROWID;
			CREATE INDEX advisor_links_employee ON advisor_links(employee_id);
			CREATE TABLE plans (
				id TEXT PRIMARY KEY,
				owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_by TEXT NOT NULL,
				organisation TEXT,
				title TEXT NOT NULL,
				status TEXT NOT NULL,
				network TEXT NOT NULL,
				network_version INTEGER NOT NULL,
				route TEXT NOT NULL,
				created_at TEXT NOT NULL,
				updated_at TEXT NOT NULL,
				accepted_at TEXT,
				revision INTEGER NOT NULL
			);
			CREATE INDEX plans_owner ON plans(owner_id);
			CREATE INDEX plans_organisation ON plans(organisation);
			CREATE TABLE plan_comments (
				id TEXT PRIMARY KEY,
				plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
				author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
				body TEXT NOT NULL,
				created_at TEXT NOT NULL
			);
			CREATE INDEX plan_comments_plan ON plan_comments(plan_id);
			CREATE TABLE plan_progress (
				plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
				module TEXT NOT NULL,
				done_on TEXT NOT NULL,
				PRIMARY KEY (plan_id, module)
			) WITHOUT ROWID;
		`
	},
	{
		version: 2,
		name: 'sign-in limit counters',
		sql: `
			CREATE TABLE auth_counters (
				key TEXT PRIMARY KEY,
				hits INTEGER NOT NULL,
				last_at INTEGER NOT NULL
			) WITHOUT ROWID;
			CREATE INDEX auth_counters_last_at ON auth_counters(last_at);
		`
	}
];
