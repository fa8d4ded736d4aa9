/**
 * Every statement the Neo4j user store runs. Labels and relationship types are fixed here;
 * all values (ids, emails, dates, the namespace) are parameters.
 *
 * The graph (documented in graph-seed/README.md, "Graph model (Neo4j)"):
 *
 *   (:Session)-[:OF]->(:User)
 *   (:User)-[:MEMBER_OF {role}]->(:OrgRef)
 *   (:User)-[:HAS_SKILL {level}]->(:SkillRef)
 *   (:User)-[:HAS_CERTIFICATE {obtainedOn}]->(:CertificateRef)
 *   (:User)-[:ADVISES {organisation, createdAt}]->(:User)
 *   (:Plan)-[:OWNED_BY]->(:User), (:Plan)-[:MADE_BY]->(:User)
 *   (:PlanComment)-[:ON]->(:Plan), (:PlanComment)-[:WRITTEN_BY]->(:User)
 *   (:Plan)-[:DONE {doneOn}]->(:ModuleRef)
 *   (:AuthCounter {key, hits, lastAt})   sign-in limit counters, on their own
 *
 * Why *Ref nodes rather than relationships to the network's Organisation, Skill, Certificate
 * and Module nodes: those are keyed by (network, id) and belong to one network, while a
 * person's role at 'acme' or skill 'welding' holds on every network that has the id. They are
 * also replaced wholesale by a seed or an import (DETACH DELETE of stale items), which would
 * silently cut memberships and profiles; and a plan must keep its progress when a module leaves
 * the network. A *Ref is a lightweight {ns, id} node that joins to the network by id when a
 * query needs it: MATCH (r:SkillRef), (k:Skill {network: 'seed', id: r.id}).
 *
 * Every node carries `ns`, the store's namespace: '' for the app, a fresh slug per test run, so
 * runs against a shared server never see each other's fixed emails and session ids. Keys that
 * a person or the contract chooses (emails, session ids, *Ref ids) are unique per namespace;
 * ids the store draws at random (users, plans, comments; 120 bits) are unique outright.
 */

export const USER_LABELS = ['User', 'Session', 'Plan', 'PlanComment', 'OrgRef', 'SkillRef', 'CertificateRef', 'ModuleRef', 'Counter', 'AuthCounter'] as const;
export const USER_REL_TYPES = ['OF', 'MEMBER_OF', 'HAS_SKILL', 'HAS_CERTIFICATE', 'ADVISES', 'OWNED_BY', 'MADE_BY', 'ON', 'WRITTEN_BY', 'DONE'] as const;

/** The user as the app sees it; the password hash only leaves the database for sign-in. */
const USER = 'u {.id, .email, .name, .admin, .createdAt}';
const LINK = 'a.id AS advisorId, e.id AS employeeId, l.organisation AS organisation, l.createdAt AS createdAt';
const LINK_ORDER = 'ORDER BY organisation, createdAt, advisorId, employeeId';
// The embedded store orders users by lower(name), then email; emails compare case-insensitively.
const USER_ORDER = 'toLower(u.name), u.emailLower';
const PLAN = 'p {.*} AS props, o.id AS ownerId';
// createdAt alone ties for plans saved within one millisecond; `seq` keeps the save order.
const PLAN_ORDER = 'ORDER BY p.createdAt DESC, p.seq DESC';

/**
 * Takes the write lock of a node before anything is read or merged under it: Neo4j reads are
 * read-committed, so without it two concurrent MERGEs of one relationship, or two updates of
 * one plan, could both pass their check. The property never outlives the statement.
 */
const lock = (v: string) => `SET ${v}._lock = true REMOVE ${v}._lock`;

export const USER_CYPHER = {
	createUser: `CREATE (u:User) SET u = $props`,
	getUser: `MATCH (u:User {ns: $ns, id: $id}) RETURN ${USER} AS user`,
	getUsers: `MATCH (u:User {ns: $ns}) WHERE u.id IN $ids
RETURN ${USER} AS user ORDER BY ${USER_ORDER}`,
	listUsers: `MATCH (u:User {ns: $ns})
RETURN ${USER} AS user ORDER BY ${USER_ORDER}`,
	searchUsers: `MATCH (u:User {ns: $ns})
WHERE $query = '' OR toLower(u.name) CONTAINS $query OR u.emailLower CONTAINS $query
WITH u ORDER BY ${USER_ORDER}
WITH collect(${USER}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS users`,
	findCredentials: `MATCH (u:User {ns: $ns, emailLower: $emailLower})
RETURN ${USER} AS user, u.passwordHash AS passwordHash`,
	updateUser: `MATCH (u:User {ns: $ns, id: $id})
SET u.name = coalesce($name, u.name), u.admin = coalesce($admin, u.admin)
RETURN ${USER} AS user`,
	setPasswordHash: `MATCH (u:User {ns: $ns, id: $id})
SET u.passwordHash = $passwordHash
RETURN u.id AS id`,
	/**
	 * Locks the user (so no plan or session is attached meanwhile) and names their own plans.
	 * Grouped by u.id so a missing user yields no row; a bare collect() would yield one.
	 */
	lockUserPlans: `MATCH (u:User {ns: $ns, id: $id})
${lock('u')}
WITH u
OPTIONAL MATCH (u)<-[:OWNED_BY]-(p:Plan)
RETURN u.id AS id, collect(p.id) AS plans`,
	deleteUserSessions: `MATCH (s:Session)-[:OF]->(:User {ns: $ns, id: $userId})
DETACH DELETE s`,
	/** Relationships (memberships, profile, advisor links, authorship of comments) go with it. */
	deleteUser: `MATCH (u:User {ns: $ns, id: $id})
DETACH DELETE u`,

	createSession: `MATCH (u:User {ns: $ns, id: $userId})
CREATE (s:Session {ns: $ns, id: $id, expiresAt: $expiresAt})-[:OF]->(u)
RETURN s.id AS id`,
	getSession: `MATCH (s:Session {ns: $ns, id: $id})-[:OF]->(u:User)
RETURN s.expiresAt AS expiresAt, ${USER} AS user`,
	setSessionExpiry: `MATCH (s:Session {ns: $ns, id: $id})
SET s.expiresAt = $expiresAt
RETURN s.id AS id`,
	deleteSession: `MATCH (s:Session {ns: $ns, id: $id})
DETACH DELETE s`,
	deleteExpiredSessions: `MATCH (s:Session {ns: $ns})
WHERE s.expiresAt <= $now
DETACH DELETE s
RETURN count(*) AS deleted`,

	memberships: `MATCH (:User {ns: $ns, id: $userId})-[m:MEMBER_OF]->(o:OrgRef)
RETURN o.id AS organisation, m.role AS role
ORDER BY organisation, role`,
	members: `MATCH (o:OrgRef {ns: $ns, id: $organisation})<-[m:MEMBER_OF]-(u:User)
RETURN o.id AS organisation, m.role AS role, ${USER} AS user
ORDER BY ${USER_ORDER}, role`,
	addMembership: `MATCH (u:User {ns: $ns, id: $userId})
${lock('u')}
MERGE (o:OrgRef {ns: $ns, id: $organisation})
MERGE (u)-[:MEMBER_OF {role: $role}]->(o)
RETURN u.id AS id`,
	// An OrgRef left without members stays: deleting it could race a concurrent addMembership.
	removeMembership: `MATCH (:User {ns: $ns, id: $userId})-[m:MEMBER_OF {role: $role}]->(:OrgRef {ns: $ns, id: $organisation})
DELETE m`,
	// Run after removeMembership in the same transaction: the links that rested on it end with it.
	endLinksAsAdvisor: `MATCH (a:User {ns: $ns, id: $userId})-[l:ADVISES {organisation: $organisation}]->(:User)
WHERE NOT EXISTS { MATCH (a)-[:MEMBER_OF {role: 'advisor'}]->(:OrgRef {ns: $ns, id: $organisation}) }
DELETE l`,
	endLinksAsEmployee: `MATCH (:User)-[l:ADVISES {organisation: $organisation}]->(e:User {ns: $ns, id: $userId})
WHERE NOT EXISTS { MATCH (e)-[:MEMBER_OF]->(:OrgRef {ns: $ns, id: $organisation}) }
DELETE l`,
	organisationUse: `CALL { MATCH (:User {ns: $ns})-[m:MEMBER_OF]->(:OrgRef {ns: $ns, id: $organisation}) RETURN count(m) AS memberships }
CALL { MATCH (:User {ns: $ns})-[l:ADVISES {organisation: $organisation}]->(:User) RETURN count(l) AS advisorLinks }
CALL { MATCH (p:Plan {ns: $ns, organisation: $organisation}) RETURN count(p) AS plans }
RETURN memberships, advisorLinks, plans`,

	profileSkills: `MATCH (:User {ns: $ns, id: $userId})-[h:HAS_SKILL]->(k:SkillRef)
RETURN k.id AS skill, h.level AS level
ORDER BY skill`,
	profileCertificates: `MATCH (:User {ns: $ns, id: $userId})-[h:HAS_CERTIFICATE]->(c:CertificateRef)
RETURN c.id AS certificate, h.obtainedOn AS obtainedOn
ORDER BY certificate`,
	setProfileSkill: `MATCH (u:User {ns: $ns, id: $userId})
${lock('u')}
MERGE (k:SkillRef {ns: $ns, id: $skill})
MERGE (u)-[h:HAS_SKILL]->(k)
SET h.level = $level
RETURN u.id AS id`,
	removeProfileSkill: `MATCH (:User {ns: $ns, id: $userId})-[h:HAS_SKILL]->(:SkillRef {ns: $ns, id: $skill})
DELETE h`,
	setProfileCertificate: `MATCH (u:User {ns: $ns, id: $userId})
${lock('u')}
MERGE (c:CertificateRef {ns: $ns, id: $certificate})
MERGE (u)-[h:HAS_CERTIFICATE]->(c)
SET h.obtainedOn = $obtainedOn
RETURN u.id AS id`,
	removeProfileCertificate: `MATCH (:User {ns: $ns, id: $userId})-[h:HAS_CERTIFICATE]->(:CertificateRef {ns: $ns, id: $certificate})
DELETE h`,

	linkEmployee: `MATCH (a:User {ns: $ns, id: $advisorId})
MATCH (e:User {ns: $ns, id: $employeeId})
${lock('a')}
MERGE (a)-[l:ADVISES {organisation: $organisation}]->(e)
ON CREATE SET l.createdAt = $createdAt
RETURN ${LINK}`,
	unlinkEmployee: `MATCH (:User {ns: $ns, id: $advisorId})-[l:ADVISES {organisation: $organisation}]->(:User {ns: $ns, id: $employeeId})
DELETE l`,
	// One statement per starting point, so each filter starts from an index seek.
	linksByAdvisor: `MATCH (a:User {ns: $ns, id: $advisorId})-[l:ADVISES]->(e:User)
WHERE $employeeId IS NULL OR e.id = $employeeId
RETURN ${LINK}
${LINK_ORDER}`,
	linksByEmployee: `MATCH (a:User)-[l:ADVISES]->(e:User {ns: $ns, id: $employeeId})
RETURN ${LINK}
${LINK_ORDER}`,
	allLinks: `MATCH (a:User {ns: $ns})-[l:ADVISES]->(e:User)
RETURN ${LINK}
${LINK_ORDER}`,

	/**
	 * The counter's SET reads the value it writes, so Cypher locks the node before reading it:
	 * concurrent saves, also from other app instances, each get their own `seq`.
	 */
	createPlan: `MATCH (o:User {ns: $ns, id: $ownerId})
MERGE (n:Counter {ns: $ns, name: 'plans'})
ON CREATE SET n.value = 0
SET n.value = n.value + 1
CREATE (p:Plan)-[:OWNED_BY]->(o)
SET p = $props, p.seq = n.value
RETURN ${PLAN}`,
	// The creator may be gone or never have been a user here; `createdBy` keeps the id either way.
	linkPlanMaker: `MATCH (p:Plan {ns: $ns, id: $id})
MATCH (m:User {ns: $ns, id: $createdBy})
CREATE (p)-[:MADE_BY]->(m)`,
	getPlan: `MATCH (p:Plan {ns: $ns, id: $id})-[:OWNED_BY]->(o:User)
RETURN ${PLAN}`,
	lockPlan: `MATCH (p:Plan {ns: $ns, id: $id})-[:OWNED_BY]->(o:User)
${lock('p')}
RETURN ${PLAN}`,
	/** `SET p += $changes` removes the properties whose value is null (organisation, acceptedAt). */
	updatePlan: `MATCH (p:Plan {ns: $ns, id: $id})-[:OWNED_BY]->(o:User)
SET p += $changes
RETURN ${PLAN}`,
	plansByOwners: `MATCH (o:User {ns: $ns})<-[:OWNED_BY]-(p:Plan)
WHERE o.id IN $ownerIds AND ($organisation IS NULL OR p.organisation = $organisation)
RETURN ${PLAN}
${PLAN_ORDER}`,
	plansByOrganisation: `MATCH (p:Plan {ns: $ns, organisation: $organisation})-[:OWNED_BY]->(o:User)
RETURN ${PLAN}
${PLAN_ORDER}`,
	allPlans: `MATCH (p:Plan {ns: $ns})-[:OWNED_BY]->(o:User)
RETURN ${PLAN}
${PLAN_ORDER}`,
	/** Plans with their comments; progress relationships go with the plan. */
	deletePlans: `MATCH (p:Plan {ns: $ns})
WHERE p.id IN $ids
OPTIONAL MATCH (p)<-[:ON]-(c:PlanComment)
WITH p, collect(c) AS comments
FOREACH (c IN comments | DETACH DELETE c)
DETACH DELETE p
RETURN count(*) AS deleted`,

	/** The plan's counter orders comments saved within one millisecond; it also locks the plan. */
	addComment: `MATCH (p:Plan {ns: $ns, id: $planId})
MATCH (a:User {ns: $ns, id: $authorId})
SET p.commentSeq = coalesce(p.commentSeq, 0) + 1
CREATE (c:PlanComment)-[:ON]->(p)
SET c = $props, c.seq = p.commentSeq
CREATE (c)-[:WRITTEN_BY]->(a)
RETURN c.id AS id`,
	comments: `MATCH (c:PlanComment)-[:ON]->(p:Plan {ns: $ns, id: $planId})
OPTIONAL MATCH (c)-[:WRITTEN_BY]->(a:User)
RETURN c {.*} AS props, p.id AS planId, a.id AS authorId
ORDER BY c.createdAt, c.seq`,

	setModuleDone: `MATCH (p:Plan {ns: $ns, id: $planId})
${lock('p')}
MERGE (m:ModuleRef {ns: $ns, id: $module})
MERGE (p)-[d:DONE]->(m)
SET d.doneOn = $doneOn
RETURN p.id AS id`,
	setModuleNotDone: `MATCH (:Plan {ns: $ns, id: $planId})-[d:DONE]->(:ModuleRef {ns: $ns, id: $module})
DELETE d`,
	progress: `MATCH (:Plan {ns: $ns, id: $planId})-[d:DONE]->(m:ModuleRef)
RETURN m.id AS module, d.doneOn AS doneOn
ORDER BY module`,

	authCounters: `MATCH (c:AuthCounter {ns: $ns}) WHERE c.key IN $keys
RETURN c.key AS key, c.hits AS hits, c.lastAt AS lastAt`,
	/**
	 * MERGE is safe under the (ns, key) constraint; the lock makes the read of `hits` see the
	 * last committed count, so concurrent hits from several instances each count.
	 */
	bumpAuthCounter: `MERGE (c:AuthCounter {ns: $ns, key: $key})
ON CREATE SET c.hits = 0, c.lastAt = $at
${lock('c')}
WITH c
SET c.hits = CASE WHEN c.lastAt < $at - $restartAfterMs THEN 1 ELSE c.hits + 1 END,
	c.lastAt = CASE WHEN c.lastAt > $at THEN c.lastAt ELSE $at END
RETURN c.hits AS hits, c.lastAt AS lastAt`,
	deleteAuthCounter: `MATCH (c:AuthCounter {ns: $ns, key: $key})
DELETE c`,
	deleteAuthCountersBefore: `MATCH (c:AuthCounter {ns: $ns})
WHERE c.lastAt < $before AND c.key STARTS WITH $prefix
DELETE c
RETURN count(*) AS deleted`,

	/** A cheap indexed read that proves the database answers, without revealing how many people use it. */
	health: `MATCH (u:User {ns: $ns}) WITH u LIMIT 1 RETURN count(u) AS found`
} as const;

/** Test clean-up: every node of a namespace (never run with the app's empty namespace). */
export const USER_PURGE_CYPHER = USER_LABELS.map((l) => `MATCH (n:${l} {ns: $ns}) DETACH DELETE n`);
