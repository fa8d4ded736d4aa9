import { Date as Neo4jDate, DateTime, int, isDate, isDateTime, type Integer } from 'neo4j-driver';
import type { AdvisorLink, User } from '$lib/schemas/account';
import type { Plan, PlanComment, PlanRoute, PlanStatus } from '$lib/schemas/plan';
import { toInt, toNumber, type Props } from './mapping';

/**
 * Pure conversions between the user-side domain types and Neo4j property maps. Instants are
 * stored as Neo4j DateTime (UTC), calendar days as Neo4j Date, so Cypher can compare and sort
 * them (session sweeps, newest plans first) and a person browsing the graph reads real dates;
 * the domain keeps ISO strings (and a JS Date for session expiry), converted at this border.
 */

/** An instant as a UTC DateTime; millisecond precision, as much as a JS Date holds. */
export function toNeo4jDateTime(value: Date | string): DateTime<Integer> {
	const d = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(d.getTime())) throw new RangeError(`neo4j: '${String(value)}' is not a valid instant`);
	return new DateTime(
		int(d.getUTCFullYear()),
		int(d.getUTCMonth() + 1),
		int(d.getUTCDate()),
		int(d.getUTCHours()),
		int(d.getUTCMinutes()),
		int(d.getUTCSeconds()),
		int(d.getUTCMilliseconds() * 1_000_000),
		int(0)
	);
}

/** A DateTime read back as a JS Date. Sub-millisecond digits (written by hand in Cypher) are cut. */
export function dateFromNeo4j(value: unknown, what: string): Date {
	if (!isDateTime(value)) throw new TypeError(`neo4j: ${what} is not a DateTime (got ${describe(value)})`);
	return value.toStandardDate();
}

/** A DateTime read back as the ISO string the domain types use (`2024-03-05T10:11:12.345Z`). */
export function isoFromNeo4j(value: unknown, what: string): string {
	return dateFromNeo4j(value, what).toISOString();
}

/** A calendar day (YYYY-MM-DD) as a Neo4j Date; the domain schemas have validated it already. */
export function toNeo4jDate(day: string): Neo4jDate<Integer> {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) throw new RangeError(`neo4j: '${day}' is not a calendar day like 2024-03-31`);
	return new Neo4jDate(int(Number(m[1])), int(Number(m[2])), int(Number(m[3])));
}

export function dayFromNeo4j(value: unknown, what: string): string {
	if (!isDate(value)) throw new TypeError(`neo4j: ${what} is not a Date (got ${describe(value)})`);
	return value.toString();
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'object') return value.constructor?.name ?? 'object';
	return typeof value;
}

/** Emails compare case-insensitively; the lowered form is what the uniqueness constraint sees. */
export function emailKey(email: string): string {
	return email.trim().toLowerCase();
}

export function userToProps(ns: string, user: User, passwordHash: string): Props {
	return {
		ns,
		id: user.id,
		email: user.email,
		emailLower: emailKey(user.email),
		name: user.name,
		passwordHash,
		admin: user.admin,
		createdAt: toNeo4jDateTime(user.createdAt)
	};
}

export function userFromProps(p: Props): User {
	return {
		id: p.id as string,
		email: p.email as string,
		name: p.name as string,
		admin: p.admin === true,
		createdAt: isoFromNeo4j(p.createdAt, 'user createdAt')
	};
}

/**
 * The route is an opaque document to the store (the plan keeps its own copy of what the
 * network said when it was saved), so it is one JSON string rather than a subgraph.
 * Optional fields that are null are left out: Neo4j has no null properties.
 */
export function planToProps(ns: string, plan: Plan): Props {
	const props: Props = {
		ns,
		id: plan.id,
		createdBy: plan.createdBy,
		title: plan.title,
		status: plan.status,
		network: plan.network,
		networkVersion: toInt(plan.networkVersion),
		route: JSON.stringify(plan.route),
		createdAt: toNeo4jDateTime(plan.createdAt),
		updatedAt: toNeo4jDateTime(plan.updatedAt),
		revision: toInt(plan.revision)
	};
	if (plan.organisation !== null) props.organisation = plan.organisation;
	if (plan.acceptedAt !== null) props.acceptedAt = toNeo4jDateTime(plan.acceptedAt);
	return props;
}

/**
 * The properties an update sets. A null value makes `SET p += $changes` remove the property,
 * which is how a plan stops being shared or accepted.
 */
export function planChangesToProps(plan: Plan): Props {
	return {
		title: plan.title,
		status: plan.status,
		organisation: plan.organisation,
		acceptedAt: plan.acceptedAt === null ? null : toNeo4jDateTime(plan.acceptedAt),
		updatedAt: toNeo4jDateTime(plan.updatedAt),
		revision: toInt(plan.revision)
	};
}

export function planFromProps(p: Props, ownerId: string): Plan {
	return {
		id: p.id as string,
		ownerId,
		createdBy: p.createdBy as string,
		organisation: (p.organisation as string | undefined) ?? null,
		title: p.title as string,
		status: p.status as PlanStatus,
		network: p.network as string,
		networkVersion: toNumber(p.networkVersion, 'plan networkVersion'),
		route: JSON.parse(p.route as string) as PlanRoute,
		createdAt: isoFromNeo4j(p.createdAt, 'plan createdAt'),
		updatedAt: isoFromNeo4j(p.updatedAt, 'plan updatedAt'),
		acceptedAt: p.acceptedAt === undefined || p.acceptedAt === null ? null : isoFromNeo4j(p.acceptedAt, 'plan acceptedAt'),
		revision: toNumber(p.revision, 'plan revision')
	};
}

/** The comment's own properties; its plan and author are relationships. */
export function commentToProps(ns: string, c: PlanComment): Props {
	return { ns, id: c.id, body: c.body, createdAt: toNeo4jDateTime(c.createdAt) };
}

export function commentFromProps(p: Props, planId: string, authorId: string | null): PlanComment {
	return { id: p.id as string, planId, authorId, body: p.body as string, createdAt: isoFromNeo4j(p.createdAt, 'comment createdAt') };
}

export function linkFromRow(row: { advisorId: unknown; employeeId: unknown; organisation: unknown; createdAt: unknown }): AdvisorLink {
	return {
		advisorId: row.advisorId as string,
		employeeId: row.employeeId as string,
		organisation: row.organisation as string,
		createdAt: isoFromNeo4j(row.createdAt, 'advisor link createdAt')
	};
}
