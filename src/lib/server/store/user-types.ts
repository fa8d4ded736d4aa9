import type { AdvisorLink, Membership, User } from '$lib/schemas/account';
import type { ModuleProgress, Plan, PlanComment, PlanStatus } from '$lib/schemas/plan';
import type { Profile } from '$lib/schemas/profile';
import type { StoreHealth } from './types';

export interface NewUser {
	email: string;
	name: string;
	passwordHash: string;
	admin?: boolean;
}

export interface UserCredentials {
	user: User;
	passwordHash: string;
}

/** A session as stored: `id` is the SHA-256 of the cookie token, never the token itself. */
export interface StoredSession {
	id: string;
	userId: string;
	expiresAt: Date;
}

export interface MemberEntry extends Membership {
	user: User;
}

/**
 * What in the accounts still names an organisation. Organisations live in the network, so no
 * foreign key keeps these apart from a deleted one; the editing service asks before deleting.
 */
export interface OrganisationUse {
	memberships: number;
	advisorLinks: number;
	/** Plans shared with the organisation. */
	plans: number;
}

export type NewPlan = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'acceptedAt' | 'revision'>;

export interface PlanPatch {
	title?: string;
	status?: PlanStatus;
	organisation?: string | null;
}

/**
 * One counter of the sign-in limits (src/lib/server/auth/rate-limit.ts): how many hits since it
 * last restarted, and when the last one was. Keys are opaque to the store (the caller hashes them).
 */
export interface AuthCounter {
	hits: number;
	lastAt: Date;
}

export interface UserSearch {
	query: string;
	offset: number;
	limit: number;
}

export interface PlanFilter {
	ownerIds?: readonly string[];
	organisation?: string;
}

/**
 * People, their sessions, memberships, profiles and plans. Like GraphStore, every adapter
 * (embedded SQLite, Neo4j) passes the same contract suite (user-contract.ts).
 *
 * The store keeps data consistent (unique emails, cascades when a user or plan goes, revision
 * checks) but decides nothing about who may do what: that is the guards' and plan service's job.
 * Unknown ids on updates raise NotFoundError; a taken email or a stale revision ConflictError.
 */
export interface UserStore {
	readonly kind: 'embedded' | 'neo4j';
	migrate(): Promise<void>;
	health(): Promise<StoreHealth>;
	close(): Promise<void>;

	createUser(input: NewUser): Promise<User>;
	getUser(id: string): Promise<User | null>;
	getUsers(ids: readonly string[]): Promise<User[]>;
	/** Emails compare case-insensitively. */
	findCredentials(email: string): Promise<UserCredentials | null>;
	listUsers(): Promise<User[]>;
	/**
	 * One page of the users whose name or email contains `query` (any case; '' matches everyone),
	 * in listUsers' order, with how many match in all: administration at the size of a sector.
	 */
	searchUsers(filter: UserSearch): Promise<{ users: User[]; total: number }>;
	updateUser(id: string, patch: { name?: string; admin?: boolean }): Promise<User>;
	setPasswordHash(id: string, passwordHash: string): Promise<void>;
	/** Removes the user with their sessions, memberships, profile, links and own plans. */
	deleteUser(id: string): Promise<void>;

	createSession(session: StoredSession): Promise<void>;
	getSession(id: string): Promise<{ session: StoredSession; user: User } | null>;
	setSessionExpiry(id: string, expiresAt: Date): Promise<void>;
	deleteSession(id: string): Promise<void>;
	deleteUserSessions(userId: string): Promise<void>;
	deleteExpiredSessions(now: Date): Promise<number>;

	/**
	 * Counters behind the sign-in limits, kept here so every app instance on the store sees the
	 * same counts. The store only counts; the limits decide what a count means.
	 */
	authCounters(keys: readonly string[]): Promise<Map<string, AuthCounter>>;
	/**
	 * Adds one hit, atomically also against other instances, and returns the counter. A counter
	 * whose last hit is more than `restartAfterMs` before `at` starts again from one.
	 */
	bumpAuthCounter(key: string, at: Date, restartAfterMs: number): Promise<AuthCounter>;
	deleteAuthCounter(key: string): Promise<void>;
	/** Forgets the counters whose key starts with `prefix` and whose last hit is before `before`. */
	deleteAuthCountersBefore(prefix: string, before: Date): Promise<number>;

	memberships(userId: string): Promise<Membership[]>;
	members(organisation: string): Promise<MemberEntry[]>;
	/** Idempotent: granting a role twice keeps one membership. */
	addMembership(userId: string, membership: Membership): Promise<void>;
	/**
	 * Also ends the advisor links that rested on the membership, in the same transaction: those
	 * the user made as advisor when no advisor role there is left, and those naming the user as
	 * employee when no membership there is left. Rejoining later restores no access.
	 */
	removeMembership(userId: string, membership: Membership): Promise<void>;
	/** Counts memberships, advisor links and shared plans that name the organisation. */
	organisationUse(organisation: string): Promise<OrganisationUse>;

	profile(userId: string): Promise<Profile>;
	/** Creates or updates the level of one skill. */
	setProfileSkill(userId: string, skill: string, level: number): Promise<void>;
	removeProfileSkill(userId: string, skill: string): Promise<void>;
	setProfileCertificate(userId: string, certificate: string, obtainedOn: string): Promise<void>;
	removeProfileCertificate(userId: string, certificate: string): Promise<void>;

	linkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<AdvisorLink>;
	unlinkEmployee(advisorId: string, employeeId: string, organisation: string): Promise<void>;
	/** Links by advisor, by employee, or both. */
	advisorLinks(filter: { advisorId?: string; employeeId?: string }): Promise<AdvisorLink[]>;

	createPlan(plan: NewPlan): Promise<Plan>;
	getPlan(id: string): Promise<Plan | null>;
	/** Newest first. */
	listPlans(filter: PlanFilter): Promise<Plan[]>;
	/** Refuses with ConflictError unless the plan is still at `expectedRevision` (when given). */
	updatePlan(id: string, patch: PlanPatch, expectedRevision?: number): Promise<Plan>;
	deletePlan(id: string): Promise<void>;

	addComment(planId: string, authorId: string, body: string): Promise<PlanComment>;
	/** Oldest first: a conversation. */
	comments(planId: string): Promise<PlanComment[]>;

	/** Marks a module of a plan done on a day, or not done with `null`. */
	setModuleDone(planId: string, module: string, doneOn: string | null): Promise<void>;
	progress(planId: string): Promise<ModuleProgress[]>;
}
