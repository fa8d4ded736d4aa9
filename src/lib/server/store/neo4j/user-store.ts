import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { AdvisorLink, Membership, MemberRole, User } from '$lib/schemas/account';
import type { ModuleProgress, Plan, PlanComment } from '$lib/schemas/plan';
import type { Profile } from '$lib/schemas/profile';
import { ConflictError, NotFoundError } from '../errors';
import type { StoreHealth } from '../types';
import { newRecordId } from '../user-ids';
import type { AuthCounter, MemberEntry, NewPlan, NewUser, OrganisationUse, PlanFilter, PlanPatch, StoredSession, UserCredentials, UserSearch, UserStore } from '../user-types';
import { checkNamespace, type Neo4jAccess } from './access';
import { firstLine, safeUri } from './error-map';
import { toInt, toNumber, type Props } from './mapping';
import { applySchema } from './schema';
import { USER_CYPHER as Q, USER_PURGE_CYPHER } from './user-cypher';
import {
	commentFromProps,
	commentToProps,
	dateFromNeo4j,
	dayFromNeo4j,
	emailKey,
	linkFromRow,
	planChangesToProps,
	planFromProps,
	planToProps,
	toNeo4jDate,
	toNeo4jDateTime,
	userFromProps,
	userToProps
} from './user-mapping';

export interface Neo4jUserStoreOptions {
	/**
	 * Keeps this store's people, sessions and plans apart from others in the same database
	 * (every node carries it as `ns`). For test runs against a shared server; the app uses none.
	 */
	namespace?: string;
	/** Directory searched first for schema.cypher (see schema.ts); the app passes SEED_DIR. */
	seedDir?: string;
}

const now = () => new Date().toISOString();

function counterFromRecord(r: Neo4jRecord): AuthCounter {
	return { hits: toNumber(r.get('hits'), 'hits'), lastAt: new Date(toNumber(r.get('lastAt'), 'lastAt')) };
}

function planFromRecord(r: Neo4jRecord): Plan {
	return planFromProps(r.get('props') as Props, r.get('ownerId') as string);
}

/**
 * UserStore on Neo4j, so several app instances share accounts, sessions and plans (the graph
 * model is described in user-cypher.ts and graph-seed/README.md). Every public method is one
 * managed transaction; what must not interleave with another instance's write takes the write
 * lock of the user or plan first, since Neo4j reads are read-committed.
 */
export class Neo4jUserStore implements UserStore {
	readonly kind = 'neo4j' as const;
	private readonly ns: string;
	private readonly seedDir: string;

	constructor(
		private readonly access: Neo4jAccess,
		options: Neo4jUserStoreOptions = {}
	) {
		checkNamespace(options.namespace);
		this.ns = options.namespace ?? '';
		this.seedDir = options.seedDir ?? 'graph-seed';
	}

	/** The namespace given at open, if any. */
	get namespace(): string | undefined {
		return this.ns || undefined;
	}

	private read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
		return this.access.read(op, work);
	}

	private write<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>, conflict?: string): Promise<T> {
		return this.access.write(op, work, conflict);
	}

	private async run(tx: ManagedTransaction, statement: string, params: Props = {}): Promise<Neo4jRecord[]> {
		return (await tx.run(statement, { ns: this.ns, ...params })).records;
	}

	/** Runs a write that matches its subject first; no row back means the subject does not exist. */
	private async mustMatch(tx: ManagedTransaction, what: string, statement: string, params: Props): Promise<Neo4jRecord> {
		const [record] = await this.run(tx, statement, params);
		if (!record) throw new NotFoundError(`${what} does not exist`);
		return record;
	}

	async migrate(): Promise<void> {
		await applySchema(this.access, this.seedDir);
	}

	async health(): Promise<StoreHealth> {
		const { target } = this.access;
		const where = `${safeUri(target.uri)}, database '${target.database}'`;
		try {
			const info = await this.access.driver.getServerInfo({ database: target.database });
			await this.read('health', (tx) => this.run(tx, Q.health));
			return { ok: true, store: 'neo4j', detail: `users and plans in ${info.agent ?? 'neo4j'} at ${where}` };
		} catch (e) {
			return { ok: false, store: 'neo4j', detail: `${where}: ${firstLine(e instanceof Error ? e.message : String(e))}` };
		}
	}

	async close(): Promise<void> {
		await this.access.close();
	}

	// --- users ---

	async createUser(input: NewUser): Promise<User> {
		const user: User = { id: newRecordId(), email: input.email, name: input.name, admin: input.admin ?? false, createdAt: now() };
		const props = userToProps(this.ns, user, input.passwordHash);
		// Two sign-ups with one email may race on different instances; the (ns, emailLower)
		// constraint lets exactly one commit, and the other hears why.
		await this.write('createUser', (tx) => this.run(tx, Q.createUser, { props }), `email '${input.email}' is already registered`);
		return user;
	}

	async getUser(id: string): Promise<User | null> {
		const [r] = await this.read('getUser', (tx) => this.run(tx, Q.getUser, { id }));
		return r ? userFromProps(r.get('user') as Props) : null;
	}

	async getUsers(ids: readonly string[]): Promise<User[]> {
		if (ids.length === 0) return [];
		const records = await this.read('getUsers', (tx) => this.run(tx, Q.getUsers, { ids: [...ids] }));
		return records.map((r) => userFromProps(r.get('user') as Props));
	}

	async findCredentials(email: string): Promise<UserCredentials | null> {
		const [r] = await this.read('findCredentials', (tx) => this.run(tx, Q.findCredentials, { emailLower: emailKey(email) }));
		return r ? { user: userFromProps(r.get('user') as Props), passwordHash: r.get('passwordHash') as string } : null;
	}

	async listUsers(): Promise<User[]> {
		const records = await this.read('listUsers', (tx) => this.run(tx, Q.listUsers));
		return records.map((r) => userFromProps(r.get('user') as Props));
	}

	async searchUsers({ query, offset, limit }: UserSearch): Promise<{ users: User[]; total: number }> {
		const [r] = await this.read('searchUsers', (tx) =>
			this.run(tx, Q.searchUsers, { query: query.trim().toLowerCase(), offset: toInt(offset), limit: toInt(limit) })
		);
		return { users: (r!.get('users') as Props[]).map(userFromProps), total: toNumber(r!.get('total'), 'total') };
	}

	async updateUser(id: string, patch: { name?: string; admin?: boolean }): Promise<User> {
		const r = await this.write('updateUser', (tx) =>
			this.mustMatch(tx, `user '${id}'`, Q.updateUser, { id, name: patch.name ?? null, admin: patch.admin ?? null })
		);
		return userFromProps(r.get('user') as Props);
	}

	async setPasswordHash(id: string, passwordHash: string): Promise<void> {
		await this.write('setPasswordHash', (tx) => this.mustMatch(tx, `user '${id}'`, Q.setPasswordHash, { id, passwordHash }));
	}

	async deleteUser(id: string): Promise<void> {
		await this.write('deleteUser', async (tx) => {
			const r = await this.mustMatch(tx, `user '${id}'`, Q.lockUserPlans, { id });
			await this.run(tx, Q.deletePlans, { ids: r.get('plans') as string[] });
			await this.run(tx, Q.deleteUserSessions, { userId: id });
			await this.run(tx, Q.deleteUser, { id });
		});
	}

	// --- sessions ---

	async createSession(session: StoredSession): Promise<void> {
		await this.write(
			'createSession',
			(tx) =>
				this.mustMatch(tx, `user '${session.userId}'`, Q.createSession, {
					id: session.id,
					userId: session.userId,
					expiresAt: toNeo4jDateTime(session.expiresAt)
				}),
			'a session with this id already exists'
		);
	}

	async getSession(id: string): Promise<{ session: StoredSession; user: User } | null> {
		// Every request asks, on whichever instance it lands; see Neo4jAccess.readLatest.
		const [r] = await this.access.readLatest('getSession', (tx) => this.run(tx, Q.getSession, { id }));
		if (!r) return null;
		const user = userFromProps(r.get('user') as Props);
		return { session: { id, userId: user.id, expiresAt: dateFromNeo4j(r.get('expiresAt'), 'session expiresAt') }, user };
	}

	async setSessionExpiry(id: string, expiresAt: Date): Promise<void> {
		await this.write('setSessionExpiry', (tx) => this.mustMatch(tx, 'session', Q.setSessionExpiry, { id, expiresAt: toNeo4jDateTime(expiresAt) }));
	}

	async deleteSession(id: string): Promise<void> {
		await this.write('deleteSession', (tx) => this.run(tx, Q.deleteSession, { id }));
	}

	async deleteUserSessions(userId: string): Promise<void> {
		await this.write('deleteUserSessions', (tx) => this.run(tx, Q.deleteUserSessions, { userId }));
	}

	async deleteExpiredSessions(at: Date): Promise<number> {
		const [r] = await this.write('deleteExpiredSessions', (tx) => this.run(tx, Q.deleteExpiredSessions, { now: toNeo4jDateTime(at) }));
		return toNumber(r?.get('deleted') ?? 0, 'deleted sessions');
	}

	// --- sign-in limit counters (times as epoch milliseconds, Integers) ---

	async authCounters(keys: readonly string[]): Promise<Map<string, AuthCounter>> {
		const found = new Map<string, AuthCounter>();
		if (keys.length === 0) return found;
		const records = await this.read('authCounters', (tx) => this.run(tx, Q.authCounters, { keys: [...new Set(keys)] }));
		for (const r of records) found.set(r.get('key') as string, counterFromRecord(r));
		return found;
	}

	async bumpAuthCounter(key: string, at: Date, restartAfterMs: number): Promise<AuthCounter> {
		const [r] = await this.write('bumpAuthCounter', (tx) =>
			this.run(tx, Q.bumpAuthCounter, { key, at: toInt(at.getTime()), restartAfterMs: toInt(restartAfterMs) })
		);
		return counterFromRecord(r!);
	}

	async deleteAuthCounter(key: string): Promise<void> {
		await this.write('deleteAuthCounter', (tx) => this.run(tx, Q.deleteAuthCounter, { key }));
	}

	async deleteAuthCountersBefore(prefix: string, before: Date): Promise<number> {
		const [r] = await this.write('deleteAuthCountersBefore', (tx) => this.run(tx, Q.deleteAuthCountersBefore, { prefix, before: toInt(before.getTime()) }));
		return toNumber(r?.get('deleted') ?? 0, 'deleted counters');
	}

	// --- memberships ---

	async memberships(userId: string): Promise<Membership[]> {
		const records = await this.read('memberships', (tx) => this.run(tx, Q.memberships, { userId }));
		return records.map((r) => ({ organisation: r.get('organisation') as string, role: r.get('role') as MemberRole }));
	}

	async members(organisation: string): Promise<MemberEntry[]> {
		const records = await this.read('members', (tx) => this.run(tx, Q.members, { organisation }));
		return records.map((r) => ({
			organisation: r.get('organisation') as string,
			role: r.get('role') as MemberRole,
			user: userFromProps(r.get('user') as Props)
		}));
	}

	async addMembership(userId: string, m: Membership): Promise<void> {
		await this.write('addMembership', (tx) =>
			this.mustMatch(tx, `user '${userId}'`, Q.addMembership, { userId, organisation: m.organisation, role: m.role })
		);
	}

	async removeMembership(userId: string, m: Membership): Promise<void> {
		const params = { userId, organisation: m.organisation, role: m.role };
		await this.write('removeMembership', async (tx) => {
			await this.run(tx, Q.removeMembership, params);
			await this.run(tx, Q.endLinksAsAdvisor, params);
			await this.run(tx, Q.endLinksAsEmployee, params);
		});
	}

	async organisationUse(organisation: string): Promise<OrganisationUse> {
		const [r] = await this.read('organisationUse', (tx) => this.run(tx, Q.organisationUse, { organisation }));
		return {
			memberships: toNumber(r?.get('memberships') ?? 0, 'memberships'),
			advisorLinks: toNumber(r?.get('advisorLinks') ?? 0, 'advisor links'),
			plans: toNumber(r?.get('plans') ?? 0, 'plans')
		};
	}

	// --- profile ---

	async profile(userId: string): Promise<Profile> {
		return this.read('profile', async (tx) => {
			const skills = await this.run(tx, Q.profileSkills, { userId });
			const certificates = await this.run(tx, Q.profileCertificates, { userId });
			return {
				skills: skills.map((r) => ({ skill: r.get('skill') as string, level: toNumber(r.get('level'), 'skill level') })),
				certificates: certificates.map((r) => ({
					certificate: r.get('certificate') as string,
					obtainedOn: dayFromNeo4j(r.get('obtainedOn'), 'certificate obtainedOn')
				}))
			};
		});
	}

	async setProfileSkill(userId: string, skill: string, level: number): Promise<void> {
		await this.write('setProfileSkill', (tx) => this.mustMatch(tx, `user '${userId}'`, Q.setProfileSkill, { userId, skill, level: toInt(level) }));
	}

	async removeProfileSkill(userId: string, skill: string): Promise<void> {
		await this.write('removeProfileSkill', (tx) => this.run(tx, Q.removeProfileSkill, { userId, skill }));
	}

	async setProfileCertificate(userId: string, certificate: string, obtainedOn: string): Promise<void> {
		await this.write('setProfileCertificate', (tx) =>
			this.mustMatch(tx, `user '${userId}'`, Q.setProfileCertificate, { userId, certificate, obtainedOn: toNeo4jDate(obtainedOn) })
		);
	}

	async removeProfileCertificate(userId: string, certificate: string): Promise<void> {
		await this.write('removeProfileCertificate', (tx) => this.run(tx, Q.removeProfileCertificate, { userId, certificate }));
	}

	// --- advisor links ---

	async linkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<AdvisorLink> {
		const createdAt = toNeo4jDateTime(now());
		const r = await this.write('linkEmployee', (tx) =>
			this.mustMatch(tx, `user '${advisorId}' or '${employeeId}'`, Q.linkEmployee, { advisorId, employeeId, organisation, createdAt })
		);
		return linkFromRow(r.toObject() as Parameters<typeof linkFromRow>[0]);
	}

	async unlinkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<void> {
		await this.write('unlinkEmployee', (tx) => this.run(tx, Q.unlinkEmployee, { advisorId, employeeId, organisation }));
	}

	async advisorLinks(filter: { advisorId?: string; employeeId?: string }): Promise<AdvisorLink[]> {
		const advisorId = filter.advisorId ?? null;
		const employeeId = filter.employeeId ?? null;
		const statement = advisorId !== null ? Q.linksByAdvisor : employeeId !== null ? Q.linksByEmployee : Q.allLinks;
		const records = await this.read('advisorLinks', (tx) => this.run(tx, statement, { advisorId, employeeId }));
		return records.map((r) => linkFromRow(r.toObject() as Parameters<typeof linkFromRow>[0]));
	}

	// --- plans ---

	async createPlan(plan: NewPlan): Promise<Plan> {
		const at = now();
		const stored: Plan = { ...plan, id: newRecordId(), createdAt: at, updatedAt: at, acceptedAt: plan.status === 'accepted' ? at : null, revision: 1 };
		const props = planToProps(this.ns, stored);
		await this.write('createPlan', async (tx) => {
			await this.mustMatch(tx, `user '${plan.ownerId}'`, Q.createPlan, { ownerId: plan.ownerId, props });
			await this.run(tx, Q.linkPlanMaker, { id: stored.id, createdBy: stored.createdBy });
		});
		return stored;
	}

	async getPlan(id: string): Promise<Plan | null> {
		const [r] = await this.read('getPlan', (tx) => this.run(tx, Q.getPlan, { id }));
		return r ? planFromRecord(r) : null;
	}

	async listPlans(filter: PlanFilter): Promise<Plan[]> {
		if (filter.ownerIds && filter.ownerIds.length === 0) return [];
		const organisation = filter.organisation ?? null;
		const statement = filter.ownerIds ? Q.plansByOwners : organisation !== null ? Q.plansByOrganisation : Q.allPlans;
		const records = await this.read('listPlans', (tx) => this.run(tx, statement, { ownerIds: filter.ownerIds ? [...filter.ownerIds] : null, organisation }));
		return records.map(planFromRecord);
	}

	async updatePlan(id: string, patch: PlanPatch, expectedRevision?: number): Promise<Plan> {
		return this.write('updatePlan', async (tx) => {
			const current = planFromRecord(await this.mustMatch(tx, `plan '${id}'`, Q.lockPlan, { id }));
			if (expectedRevision !== undefined && expectedRevision !== current.revision)
				throw new ConflictError(`plan '${id}' changed meanwhile (revision ${current.revision}, expected ${expectedRevision}); reload and try again`);
			const at = now();
			const status = patch.status ?? current.status;
			const next: Plan = {
				...current,
				title: patch.title ?? current.title,
				status,
				organisation: patch.organisation === undefined ? current.organisation : patch.organisation,
				acceptedAt: status !== 'accepted' ? null : current.status === 'accepted' ? current.acceptedAt : at,
				updatedAt: at,
				revision: current.revision + 1
			};
			const [r] = await this.run(tx, Q.updatePlan, { id, changes: planChangesToProps(next) });
			return planFromRecord(r!);
		});
	}

	async deletePlan(id: string): Promise<void> {
		await this.write('deletePlan', async (tx) => {
			const [r] = await this.run(tx, Q.deletePlans, { ids: [id] });
			if (toNumber(r?.get('deleted') ?? 0, 'deleted plans') === 0) throw new NotFoundError(`plan '${id}' does not exist`);
		});
	}

	async addComment(planId: string, authorId: string, body: string): Promise<PlanComment> {
		const comment: PlanComment = { id: newRecordId(), planId, authorId, body, createdAt: now() };
		const props = commentToProps(this.ns, comment);
		await this.write('addComment', (tx) => this.mustMatch(tx, `plan '${planId}' or user '${authorId}'`, Q.addComment, { planId, authorId, props }));
		return comment;
	}

	async comments(planId: string): Promise<PlanComment[]> {
		const records = await this.read('comments', (tx) => this.run(tx, Q.comments, { planId }));
		return records.map((r) => commentFromProps(r.get('props') as Props, r.get('planId') as string, (r.get('authorId') as string | null) ?? null));
	}

	async setModuleDone(planId: string, module: string, doneOn: string | null): Promise<void> {
		if (doneOn === null) {
			await this.write('setModuleDone', (tx) => this.run(tx, Q.setModuleNotDone, { planId, module }));
			return;
		}
		await this.write('setModuleDone', (tx) => this.mustMatch(tx, `plan '${planId}'`, Q.setModuleDone, { planId, module, doneOn: toNeo4jDate(doneOn) }));
	}

	async progress(planId: string): Promise<ModuleProgress[]> {
		const records = await this.read('progress', (tx) => this.run(tx, Q.progress, { planId }));
		return records.map((r) => ({ module: r.get('module') as string, doneOn: dayFromNeo4j(r.get('doneOn'), 'progress doneOn') }));
	}

	/** Test clean-up: removes everything stored under this store's namespace. Refuses without one. */
	async dropNamespace(): Promise<void> {
		if (!this.ns) throw new Error('neo4j: dropNamespace() needs a namespace; it never wipes un-namespaced data');
		for (const statement of USER_PURGE_CYPHER) await this.write('dropNamespace', (tx) => this.run(tx, statement));
	}
}
