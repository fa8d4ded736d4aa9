import type Database from 'better-sqlite3';
import type { AdvisorLink, Membership, MemberRole, User } from '$lib/schemas/account';
import type { ModuleProgress, Plan, PlanComment, PlanRoute, PlanStatus } from '$lib/schemas/plan';
import type { Profile } from '$lib/schemas/profile';
import { ConflictError, NotFoundError } from '../errors';
import type { StoreHealth } from '../types';
import { newRecordId } from '../user-ids';
import type { AuthCounter, MemberEntry, NewPlan, NewUser, OrganisationUse, PlanFilter, PlanPatch, StoredSession, UserCredentials, UserSearch, UserStore } from '../user-types';
import { applyMigrations, openDatabase } from './graph-store';
import { statementCache } from './statements';
import { USER_MIGRATIONS } from './user-migrations';

type Row = Record<string, unknown>;

const USER_COLUMNS = 'id, email, name, admin, created_at';

function toUser(r: Row): User {
	return { id: r.id as string, email: r.email as string, name: r.name as string, admin: r.admin === 1, createdAt: r.created_at as string };
}

function toPlan(r: Row): Plan {
	return {
		id: r.id as string,
		ownerId: r.owner_id as string,
		createdBy: r.created_by as string,
		organisation: (r.organisation as string | null) ?? null,
		title: r.title as string,
		status: r.status as PlanStatus,
		network: r.network as string,
		networkVersion: r.network_version as number,
		route: JSON.parse(r.route as string) as PlanRoute,
		createdAt: r.created_at as string,
		updatedAt: r.updated_at as string,
		acceptedAt: (r.accepted_at as string | null) ?? null,
		revision: r.revision as number
	};
}

function toComment(r: Row): PlanComment {
	return {
		id: r.id as string,
		planId: r.plan_id as string,
		authorId: (r.author_id as string | null) ?? null,
		body: r.body as string,
		createdAt: r.created_at as string
	};
}

function toLink(r: Row): AdvisorLink {
	return {
		advisorId: r.advisor_id as string,
		employeeId: r.employee_id as string,
		organisation: r.organisation as string,
		createdAt: r.created_at as string
	};
}

function isConstraint(e: unknown, code: string): boolean {
	return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/**
 * Runs a write whose foreign keys point at users or plans; a missing parent becomes the same
 * NotFoundError every adapter raises, instead of a driver-specific constraint error.
 */
function referencing<T>(what: string, write: () => T): T {
	try {
		return write();
	} catch (e) {
		if (isConstraint(e, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw new NotFoundError(`${what} does not exist`);
		throw e;
	}
}

const now = () => new Date().toISOString();

/** The embedded user store: its own tables and migrations table in the app's SQLite file. */
export class SqliteUserStore implements UserStore {
	readonly kind = 'embedded' as const;
	readonly db: Database.Database;
	/** The statements of every request, prepared once. */
	private readonly hot: (sql: string) => Database.Statement;

	constructor(readonly path: string) {
		this.db = openDatabase(path);
		this.hot = statementCache(this.db);
	}

	async migrate(): Promise<void> {
		applyMigrations(this.db, USER_MIGRATIONS, 'user_schema_migrations');
	}

	async health(): Promise<StoreHealth> {
		try {
			this.hot('SELECT count(*) FROM users').get();
			return { ok: true, store: 'embedded', detail: `sqlite ${this.path}` };
		} catch (e) {
			return { ok: false, store: 'embedded', detail: (e as Error).message };
		}
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
	}

	private userRow(id: string): User | null {
		const r = this.hot(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as Row | undefined;
		return r ? toUser(r) : null;
	}

	private mustChange(result: Database.RunResult, what: string): void {
		if (result.changes === 0) throw new NotFoundError(`${what} does not exist`);
	}

	async createUser(input: NewUser): Promise<User> {
		const user: User = { id: newRecordId(), email: input.email, name: input.name, admin: input.admin ?? false, createdAt: now() };
		try {
			this.db
				.prepare('INSERT INTO users (id, email, name, password_hash, admin, created_at) VALUES (?, ?, ?, ?, ?, ?)')
				.run(user.id, user.email, user.name, input.passwordHash, user.admin ? 1 : 0, user.createdAt);
		} catch (e) {
			if (isConstraint(e, 'SQLITE_CONSTRAINT_UNIQUE')) throw new ConflictError(`email '${input.email}' is already registered`);
			throw e;
		}
		return user;
	}

	async getUser(id: string): Promise<User | null> {
		return this.userRow(id);
	}

	async getUsers(ids: readonly string[]): Promise<User[]> {
		if (ids.length === 0) return [];
		const rows = this.db
			.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT value FROM json_each(?)) ORDER BY lower(name), email`)
			.all(JSON.stringify(ids)) as Row[];
		return rows.map(toUser);
	}

	async findCredentials(email: string): Promise<UserCredentials | null> {
		const r = this.db.prepare(`SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = ?`).get(email.trim()) as Row | undefined;
		return r ? { user: toUser(r), passwordHash: r.password_hash as string } : null;
	}

	async listUsers(): Promise<User[]> {
		return (this.db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(name), email`).all() as Row[]).map(toUser);
	}

	async searchUsers({ query, offset, limit }: UserSearch): Promise<{ users: User[]; total: number }> {
		// instr, not LIKE: a typed % or _ is a character to find, not a wildcard.
		const where = `WHERE ? = '' OR instr(lower(name), ?) > 0 OR instr(lower(email), ?) > 0`;
		const needle = query.trim().toLowerCase();
		const args = [needle, needle, needle];
		const total = (this.db.prepare(`SELECT count(*) AS n FROM users ${where}`).get(...args) as { n: number }).n;
		const rows = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users ${where} ORDER BY lower(name), email LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
		return { users: rows.map(toUser), total };
	}

	async updateUser(id: string, patch: { name?: string; admin?: boolean }): Promise<User> {
		const result = this.db
			.prepare('UPDATE users SET name = coalesce(?, name), admin = coalesce(?, admin) WHERE id = ?')
			.run(patch.name ?? null, patch.admin === undefined ? null : patch.admin ? 1 : 0, id);
		this.mustChange(result, `user '${id}'`);
		return this.userRow(id)!;
	}

	async setPasswordHash(id: string, passwordHash: string): Promise<void> {
		this.mustChange(this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id), `user '${id}'`);
	}

	async deleteUser(id: string): Promise<void> {
		this.mustChange(this.db.prepare('DELETE FROM users WHERE id = ?').run(id), `user '${id}'`);
	}

	async createSession(session: StoredSession): Promise<void> {
		referencing(`user '${session.userId}'`, () =>
			this.db.prepare('INSERT INTO sessions (id, user_id, expires_at) VALUES (?, ?, ?)').run(session.id, session.userId, session.expiresAt.getTime())
		);
	}

	async getSession(id: string): Promise<{ session: StoredSession; user: User } | null> {
		const r = this
			.hot(
				`SELECT s.id AS session_id, s.user_id, s.expires_at, u.id, u.email, u.name, u.admin, u.created_at
				 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?`
			)
			.get(id) as Row | undefined;
		if (!r) return null;
		return { session: { id: r.session_id as string, userId: r.user_id as string, expiresAt: new Date(r.expires_at as number) }, user: toUser(r) };
	}

	async setSessionExpiry(id: string, expiresAt: Date): Promise<void> {
		this.mustChange(this.db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?').run(expiresAt.getTime(), id), 'session');
	}

	async deleteSession(id: string): Promise<void> {
		this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
	}

	async deleteUserSessions(userId: string): Promise<void> {
		this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
	}

	async deleteExpiredSessions(at: Date): Promise<number> {
		return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(at.getTime()).changes;
	}

	async authCounters(keys: readonly string[]): Promise<Map<string, AuthCounter>> {
		const read = this.db.prepare('SELECT hits, last_at FROM auth_counters WHERE key = ?');
		const found = new Map<string, AuthCounter>();
		for (const key of new Set(keys)) {
			const r = read.get(key) as Row | undefined;
			if (r) found.set(key, { hits: r.hits as number, lastAt: new Date(r.last_at as number) });
		}
		return found;
	}

	async bumpAuthCounter(key: string, at: Date, restartAfterMs: number): Promise<AuthCounter> {
		// One statement, so two processes on the file cannot both read the old count.
		const r = this.db
			.prepare(
				`INSERT INTO auth_counters (key, hits, last_at) VALUES (@key, 1, @at)
				ON CONFLICT (key) DO UPDATE SET
					hits = CASE WHEN last_at < @at - @restartAfterMs THEN 1 ELSE hits + 1 END,
					last_at = max(last_at, @at)
				RETURNING hits, last_at`
			)
			.get({ key, at: at.getTime(), restartAfterMs }) as Row;
		return { hits: r.hits as number, lastAt: new Date(r.last_at as number) };
	}

	async deleteAuthCounter(key: string): Promise<void> {
		this.db.prepare('DELETE FROM auth_counters WHERE key = ?').run(key);
	}

	async deleteAuthCountersBefore(prefix: string, before: Date): Promise<number> {
		// substr rather than LIKE: a key may hold % or _.
		return this.db
			.prepare('DELETE FROM auth_counters WHERE last_at < ? AND substr(key, 1, ?) = ?')
			.run(before.getTime(), prefix.length, prefix).changes;
	}

	async memberships(userId: string): Promise<Membership[]> {
		const rows = this.db.prepare('SELECT organisation, role FROM memberships WHERE user_id = ? ORDER BY organisation, role').all(userId) as Row[];
		return rows.map((r) => ({ organisation: r.organisation as string, role: r.role as MemberRole }));
	}

	async members(organisation: string): Promise<MemberEntry[]> {
		const rows = this.db
			.prepare(
				`SELECT m.organisation, m.role, ${USER_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')}
				 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation = ? ORDER BY lower(u.name), u.email, m.role`
			)
			.all(organisation) as Row[];
		return rows.map((r) => ({ organisation: r.organisation as string, role: r.role as MemberRole, user: toUser(r) }));
	}

	async addMembership(userId: string, m: Membership): Promise<void> {
		referencing(`user '${userId}'`, () =>
			this.db.prepare('INSERT OR IGNORE INTO memberships (user_id, organisation, role) VALUES (?, ?, ?)').run(userId, m.organisation, m.role)
		);
	}

	async removeMembership(userId: string, m: Membership): Promise<void> {
		const params = { user: userId, organisation: m.organisation, role: m.role };
		this.db.transaction(() => {
			this.db.prepare('DELETE FROM memberships WHERE user_id = @user AND organisation = @organisation AND role = @role').run(params);
			this.db
				.prepare(
					`DELETE FROM advisor_links WHERE organisation = @organisation AND advisor_id = @user
					 AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = @user AND organisation = @organisation AND role = 'advisor')`
				)
				.run(params);
			this.db
				.prepare(
					`DELETE FROM advisor_links WHERE organisation = @organisation AND employee_id = @user
					 AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = @user AND organisation = @organisation)`
				)
				.run(params);
		})();
	}

	async organisationUse(organisation: string): Promise<OrganisationUse> {
		const count = (sql: string) => (this.db.prepare(sql).get(organisation) as { n: number }).n;
		return {
			memberships: count('SELECT count(*) AS n FROM memberships WHERE organisation = ?'),
			advisorLinks: count('SELECT count(*) AS n FROM advisor_links WHERE organisation = ?'),
			plans: count('SELECT count(*) AS n FROM plans WHERE organisation = ?')
		};
	}

	async profile(userId: string): Promise<Profile> {
		const skills = this.db.prepare('SELECT skill, level FROM profile_skills WHERE user_id = ? ORDER BY skill').all(userId) as Row[];
		const certificates = this.db
			.prepare('SELECT certificate, obtained_on FROM profile_certificates WHERE user_id = ? ORDER BY certificate')
			.all(userId) as Row[];
		return {
			skills: skills.map((r) => ({ skill: r.skill as string, level: r.level as number })),
			certificates: certificates.map((r) => ({ certificate: r.certificate as string, obtainedOn: r.obtained_on as string }))
		};
	}

	async setProfileSkill(userId: string, skill: string, level: number): Promise<void> {
		referencing(`user '${userId}'`, () =>
			this.db
				.prepare('INSERT INTO profile_skills (user_id, skill, level) VALUES (?, ?, ?) ON CONFLICT(user_id, skill) DO UPDATE SET level = excluded.level')
				.run(userId, skill, level)
		);
	}

	async removeProfileSkill(userId: string, skill: string): Promise<void> {
		this.db.prepare('DELETE FROM profile_skills WHERE user_id = ? AND skill = ?').run(userId, skill);
	}

	async setProfileCertificate(userId: string, certificate: string, obtainedOn: string): Promise<void> {
		referencing(`user '${userId}'`, () =>
			this.db
				.prepare(
					`INSERT INTO profile_certificates (user_id, certificate, obtained_on) VALUES (?, ?, ?)
					 ON CONFLICT(user_id, certificate) DO UPDATE SET obtained_on = excluded.obtained_on`
				)
				.run(userId, certificate, obtainedOn)
		);
	}

	async removeProfileCertificate(userId: string, certificate: string): Promise<void> {
		this.db.prepare('DELETE FROM profile_certificates WHERE user_id = ? AND certificate = ?').run(userId, certificate);
	}

	async linkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<AdvisorLink> {
		return referencing(`user '${advisorId}' or '${employeeId}'`, () =>
			this.db.transaction(() => {
				this.db
					.prepare('INSERT OR IGNORE INTO advisor_links (advisor_id, employee_id, organisation, created_at) VALUES (?, ?, ?, ?)')
					.run(advisorId, employeeId, organisation, now());
				const r = this.db
					.prepare('SELECT * FROM advisor_links WHERE advisor_id = ? AND employee_id = ? AND organisation = ?')
					.get(advisorId, employeeId, organisation) as Row;
				return toLink(r);
			})()
		);
	}

	async unlinkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<void> {
		this.db.prepare('DELETE FROM advisor_links WHERE advisor_id = ? AND employee_id = ? AND organisation = ?').run(advisorId, employeeId, organisation);
	}

	async advisorLinks(filter: { advisorId?: string; employeeId?: string }): Promise<AdvisorLink[]> {
		const rows = this.db
			.prepare(
				`SELECT * FROM advisor_links
				 WHERE (@advisor IS NULL OR advisor_id = @advisor) AND (@employee IS NULL OR employee_id = @employee)
				 ORDER BY organisation, created_at, advisor_id, employee_id`
			)
			.all({ advisor: filter.advisorId ?? null, employee: filter.employeeId ?? null }) as Row[];
		return rows.map(toLink);
	}

	private planRow(id: string): Plan | null {
		const r = this.db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as Row | undefined;
		return r ? toPlan(r) : null;
	}

	async createPlan(plan: NewPlan): Promise<Plan> {
		const at = now();
		const stored: Plan = {
			...plan,
			id: newRecordId(),
			createdAt: at,
			updatedAt: at,
			acceptedAt: plan.status === 'accepted' ? at : null,
			revision: 1
		};
		referencing(`user '${plan.ownerId}'`, () =>
			this.db
				.prepare(
					`INSERT INTO plans (id, owner_id, created_by, organisation, title, status, network, network_version, route, created_at, updated_at, accepted_at, revision)
					 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				)
				.run(
					stored.id,
					stored.ownerId,
					stored.createdBy,
					stored.organisation,
					stored.title,
					stored.status,
					stored.network,
					stored.networkVersion,
					JSON.stringify(stored.route),
					stored.createdAt,
					stored.updatedAt,
					stored.acceptedAt,
					stored.revision
				)
		);
		return stored;
	}

	async getPlan(id: string): Promise<Plan | null> {
		return this.planRow(id);
	}

	async listPlans(filter: PlanFilter): Promise<Plan[]> {
		const rows = this.db
			.prepare(
				`SELECT * FROM plans
				 WHERE (@owners IS NULL OR owner_id IN (SELECT value FROM json_each(@owners))) AND (@organisation IS NULL OR organisation = @organisation)
				 ORDER BY created_at DESC, rowid DESC`
			)
			.all({ owners: filter.ownerIds ? JSON.stringify(filter.ownerIds) : null, organisation: filter.organisation ?? null }) as Row[];
		return rows.map(toPlan);
	}

	async updatePlan(id: string, patch: PlanPatch, expectedRevision?: number): Promise<Plan> {
		return this.db.transaction(() => {
			const current = this.planRow(id);
			if (!current) throw new NotFoundError(`plan '${id}' does not exist`);
			if (expectedRevision !== undefined && expectedRevision !== current.revision)
				throw new ConflictError(`plan '${id}' changed meanwhile (revision ${current.revision}, expected ${expectedRevision}); reload and try again`);
			const at = now();
			const status = patch.status ?? current.status;
			const acceptedAt = status !== 'accepted' ? null : current.status === 'accepted' ? current.acceptedAt : at;
			const organisation = patch.organisation === undefined ? current.organisation : patch.organisation;
			this.db
				.prepare('UPDATE plans SET title = ?, status = ?, organisation = ?, accepted_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?')
				.run(patch.title ?? current.title, status, organisation, acceptedAt, at, id);
			return this.planRow(id)!;
		})();
	}

	async deletePlan(id: string): Promise<void> {
		this.mustChange(this.db.prepare('DELETE FROM plans WHERE id = ?').run(id), `plan '${id}'`);
	}

	async addComment(planId: string, authorId: string, body: string): Promise<PlanComment> {
		const comment: PlanComment = { id: newRecordId(), planId, authorId, body, createdAt: now() };
		referencing(`plan '${planId}' or user '${authorId}'`, () =>
			this.db
				.prepare('INSERT INTO plan_comments (id, plan_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)')
				.run(comment.id, planId, authorId, body, comment.createdAt)
		);
		return comment;
	}

	async comments(planId: string): Promise<PlanComment[]> {
		const rows = this.db.prepare('SELECT * FROM plan_comments WHERE plan_id = ? ORDER BY created_at, rowid').all(planId) as Row[];
		return rows.map(toComment);
	}

	async setModuleDone(planId: string, module: string, doneOn: string | null): Promise<void> {
		if (doneOn === null) {
			this.db.prepare('DELETE FROM plan_progress WHERE plan_id = ? AND module = ?').run(planId, module);
			return;
		}
		referencing(`plan '${planId}'`, () =>
			this.db
				.prepare('INSERT INTO plan_progress (plan_id, module, done_on) VALUES (?, ?, ?) ON CONFLICT(plan_id, module) DO UPDATE SET done_on = excluded.done_on')
				.run(planId, module, doneOn)
		);
	}

	async progress(planId: string): Promise<ModuleProgress[]> {
		const rows = this.db.prepare('SELECT module, done_on FROM plan_progress WHERE plan_id = ? ORDER BY module').all(planId) as Row[];
		return rows.map((r) => ({ module: r.module as string, doneOn: r.done_on as string }));
	}
}
