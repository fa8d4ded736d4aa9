import { Date as Neo4jDate, DateTime, int, isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanComment } from '$lib/schemas/plan';
import type { User } from '$lib/schemas/account';
import { parseConfig } from '../../config';
import { UnavailableError } from '../errors';
import { contractRoute } from '../user-contract';
import { checkNamespace } from './access';
import { openDriverCount } from './driver';
import { openNeo4jUserStore } from './index';
import { loadSchemaFile } from './schema';
import { USER_CYPHER, USER_LABELS, USER_PURGE_CYPHER, USER_REL_TYPES } from './user-cypher';
import {
	commentFromProps,
	commentToProps,
	dateFromNeo4j,
	dayFromNeo4j,
	isoFromNeo4j,
	linkFromRow,
	planChangesToProps,
	planFromProps,
	planToProps,
	toNeo4jDate,
	toNeo4jDateTime,
	userFromProps,
	userToProps
} from './user-mapping';

/** Runs without a server: the conversions and statements the user store relies on. */

const user: User = { id: 'abcdefghijklmnop', email: 'Anna.B@Example.nl', name: 'Anna', admin: true, createdAt: '2024-03-05T10:11:12.345Z' };
const plan: Plan = {
	id: 'plan0000000000000',
	ownerId: user.id,
	createdBy: 'advisor0000000000',
	organisation: 'acme',
	title: 'Welder to planner',
	status: 'accepted',
	network: 'seed',
	networkVersion: 7,
	route: contractRoute(),
	createdAt: '2024-01-01T08:00:00.001Z',
	updatedAt: '2024-01-02T08:00:00.999Z',
	acceptedAt: '2024-01-02T08:00:00.999Z',
	revision: 3
};

/** What the driver hands back: temporal fields and integers as Integer, like values off the wire. */
function fromWire(d: DateTime<number> | DateTime): DateTime {
	return new DateTime(
		int(d.year),
		int(d.month),
		int(d.day),
		int(d.hour),
		int(d.minute),
		int(d.second),
		int(d.nanosecond),
		int(d.timeZoneOffsetSeconds ?? 0)
	);
}

describe('neo4j user mapping: dates', () => {
	it('stores instants as UTC DateTime and reads back the same millisecond', () => {
		const dt = toNeo4jDateTime('2024-03-05T12:11:12.345+02:00');
		expect(dt.toString()).toBe('2024-03-05T10:11:12.345000000Z');
		expect(isoFromNeo4j(fromWire(dt), 'x')).toBe('2024-03-05T10:11:12.345Z');
		const expiry = new Date(Date.UTC(2030, 11, 31, 23, 59, 59, 999));
		expect(dateFromNeo4j(fromWire(toNeo4jDateTime(expiry)), 'x').getTime()).toBe(expiry.getTime());
	});

	it('reads a DateTime written with another offset as the same instant', () => {
		const amsterdam = new DateTime(int(2024), int(6), int(1), int(12), int(0), int(0), int(0), int(7200));
		expect(isoFromNeo4j(amsterdam, 'x')).toBe('2024-06-01T10:00:00.000Z');
	});

	it('stores calendar days as Neo4j Date and reads back the same text', () => {
		const d = toNeo4jDate('2023-06-15');
		expect(d).toBeInstanceOf(Neo4jDate);
		expect(dayFromNeo4j(new Neo4jDate(int(2023), int(6), int(15)), 'x')).toBe('2023-06-15');
		expect(dayFromNeo4j(toNeo4jDate('0999-01-02'), 'x')).toBe('0999-01-02');
	});

	it('refuses values of the wrong type with the field named', () => {
		expect(() => toNeo4jDate('15-06-2023')).toThrow(/'15-06-2023' is not a calendar day/);
		expect(() => toNeo4jDateTime('yesterday')).toThrow(/'yesterday' is not a valid instant/);
		expect(() => isoFromNeo4j('2024-01-01T00:00:00Z', 'plan createdAt')).toThrow('neo4j: plan createdAt is not a DateTime (got string)');
		expect(() => dayFromNeo4j(null, 'progress doneOn')).toThrow('neo4j: progress doneOn is not a Date (got null)');
	});
});

describe('neo4j user mapping: records', () => {
	it('round-trips a user, keeping the hash out of the domain object', () => {
		const props = userToProps('', user, 'argon-hash');
		expect(props).toMatchObject({ ns: '', emailLower: 'anna.b@example.nl', passwordHash: 'argon-hash', admin: true });
		const back = userFromProps({ ...props, createdAt: fromWire(props.createdAt as DateTime) });
		// The email as given (the app lowercases it first); only the key is lowered here.
		expect(back).toEqual(user);
	});

	it('round-trips a plan with its route as one JSON string and whole numbers as Integers', () => {
		const props = planToProps('ns1', plan);
		expect(typeof props.route).toBe('string');
		expect(isInt(props.networkVersion)).toBe(true);
		expect(isInt(props.revision)).toBe(true);
		const wire = { ...props, createdAt: fromWire(props.createdAt as DateTime), updatedAt: fromWire(props.updatedAt as DateTime), acceptedAt: fromWire(props.acceptedAt as DateTime) };
		expect(planFromProps(wire, plan.ownerId)).toEqual(plan);
	});

	it('leaves null fields out of a new plan and sends them as null in an update, which removes them', () => {
		const privateDraft: Plan = { ...plan, organisation: null, status: 'proposed', acceptedAt: null };
		const props = planToProps('', privateDraft);
		expect(props).not.toHaveProperty('organisation');
		expect(props).not.toHaveProperty('acceptedAt');
		expect(planFromProps(props, plan.ownerId)).toEqual(privateDraft);
		expect(planChangesToProps(privateDraft)).toMatchObject({ organisation: null, acceptedAt: null, status: 'proposed' });
	});

	it('reads a comment whose author is gone and an advisor link', () => {
		const c: PlanComment = { id: 'comment000000000', planId: plan.id, authorId: user.id, body: 'Yes.', createdAt: '2024-02-02T02:02:02.002Z' };
		const props = commentToProps('', c);
		expect(props).not.toHaveProperty('authorId');
		expect(commentFromProps(props, plan.id, null)).toEqual({ ...c, authorId: null });
		expect(
			linkFromRow({ advisorId: 'a'.repeat(16), employeeId: 'e'.repeat(16), organisation: 'acme', createdAt: toNeo4jDateTime('2024-01-01T00:00:00.000Z') })
		).toEqual({ advisorId: 'a'.repeat(16), employeeId: 'e'.repeat(16), organisation: 'acme', createdAt: '2024-01-01T00:00:00.000Z' });
	});
});

describe('neo4j user statements and schema', () => {
	const statements = Object.entries(USER_CYPHER);

	it('use only the labels and relationship types of the user model', () => {
		const labels = new Set<string>(USER_LABELS);
		const types = new Set<string>(USER_REL_TYPES);
		for (const [name, s] of [...statements, ...USER_PURGE_CYPHER.map((p, i) => [`purge ${i}`, p] as const)]) {
			for (const m of s.matchAll(/\(\w*:(\w+)/g)) expect(labels, name).toContain(m[1]);
			for (const m of s.matchAll(/\[\w*:([\w|]+)/g)) for (const t of m[1]!.split('|')) expect(types, name).toContain(t);
			expect(s, name).not.toMatch(/\$\{|undefined/);
		}
	});

	it('scope every statement to the namespace', () => {
		// createUser writes a whole property map, which carries `ns` (userToProps).
		for (const [name, s] of statements) if (name !== 'createUser') expect(s, name).toMatch(/ns: \$ns\b/);
		for (const s of USER_PURGE_CYPHER) expect(s).toContain('{ns: $ns}');
	});

	it('answer "no such user or plan" with no row, never with an aggregate over nothing', () => {
		// An aggregate without a grouping key returns one row even when MATCH found nothing, which
		// would hide a missing subject from the store's NotFoundError check.
		const countsOnPurpose = new Set(['deleteExpiredSessions', 'deletePlans', 'deleteAuthCountersBefore', 'health']);
		for (const [name, s] of statements) {
			const ret = /RETURN ([^\n]+)(?![\s\S]*RETURN)/.exec(s)?.[1] ?? '';
			if (!/\b(collect|count)\(/.test(ret) || countsOnPurpose.has(name)) continue;
			expect(ret.split(',').some((item) => !/\b(collect|count)\(/.test(item)), `${name}: ${ret}`).toBe(true);
		}
	});

	it('are backed by uniqueness constraints in schema.cypher', () => {
		const flat = loadSchemaFile('graph-seed').statements.map((s) => s.replace(/\s+/g, ' '));
		const has = (fragment: string) => expect(flat.some((s) => s.includes(fragment)), fragment).toBe(true);
		has('FOR (n:User) REQUIRE n.id IS UNIQUE');
		has('FOR (n:User) REQUIRE (n.ns, n.emailLower) IS UNIQUE');
		has('FOR (n:Session) REQUIRE (n.ns, n.id) IS UNIQUE');
		has('FOR (n:Plan) REQUIRE n.id IS UNIQUE');
		has('FOR (n:PlanComment) REQUIRE n.id IS UNIQUE');
		for (const ref of ['OrgRef', 'SkillRef', 'CertificateRef', 'ModuleRef']) has(`FOR (n:${ref}) REQUIRE (n.ns, n.id) IS UNIQUE`);
		// MERGE on the plan counter is only safe under a constraint.
		has('FOR (n:Counter) REQUIRE (n.ns, n.name) IS UNIQUE');
		has('FOR (n:Session) ON (n.expiresAt)');
		// MERGE on a sign-in limit counter too.
		has('FOR (n:AuthCounter) REQUIRE (n.ns, n.key) IS UNIQUE');
		has('FOR (n:AuthCounter) ON (n.lastAt)');
	});

	it('refuses a namespace that is not a lowercase slug', () => {
		expect(() => checkNamespace('Bad Name')).toThrow("neo4j: namespace 'Bad Name' must be a lowercase slug");
		expect(() => checkNamespace('vu-1.a_b')).not.toThrow();
		expect(() => checkNamespace(undefined)).not.toThrow();
	});
});

describe('opening the neo4j user store without a server', () => {
	it('stops with one clear line and leaves no driver open', async () => {
		// Port 1 on loopback refuses at once: the real driver failing, no server needed.
		const config = parseConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret' });
		const error = await openNeo4jUserStore(config).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(UnavailableError);
		expect((error as Error).message).toBe('neo4j: cannot reach bolt://127.0.0.1:1 (ServiceUnavailable: connect ECONNREFUSED 127.0.0.1:1)');
		expect(openDriverCount()).toBe(0);
	});
});
