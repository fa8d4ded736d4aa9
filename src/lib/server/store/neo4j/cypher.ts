import { ENTITY_KINDS, type EntityKind } from '../../../schemas';
import { AUDIT_LABEL, GRAPH_MODEL, NETWORK_LABEL, type RelSpec } from './model';

/**
 * Every statement the adapter runs, built once at load time from the fixed GRAPH_MODEL.
 * Labels and relationship types are interpolated only from that table; all values
 * (network ids, item ids, properties) are parameters.
 */

const label = (kind: EntityKind) => GRAPH_MODEL[kind].label;

function relProjection(rel: RelSpec): string {
	const target = label(rel.target);
	return `[(n)-[r:${rel.type}]->(t:${target}) WHERE t.network = $network | {to: t.id, props: properties(r)}] AS ${rel.field}`;
}

function itemProjection(kind: EntityKind): string {
	return ['n {.*} AS props', ...GRAPH_MODEL[kind].rels.map(relProjection)].join(',\n       ');
}

export interface KindStatements {
	/** All items of the kind in a network, in item order. */
	readAll: string;
	/** One item by id. */
	readOne: string;
	/** Rows {props}: creates or updates nodes; `SET n = props` also drops properties no longer given. */
	upsert: string;
	/** Deletes the kind's nodes that a full replace did not write ($version is the replace's version). */
	deleteStale: string;
	/** Deletes every outgoing relationship of the kind's nodes in a network, before a full replace re-creates them. */
	dropAllRels: string | null;
	/** Deletes the outgoing relationships of one item before they are written again. */
	dropItemRels: string | null;
	/** Per relationship field: rows {from, to, props} -> created relationships; returns how many were made. */
	createRels: Record<string, string>;
	/** Of the given ids, the ones with no node of this kind in the network. */
	missing: string;
	/** Items of other kinds that point at one item (for "in use" before a delete). */
	referrers: string;
	nextOrd: string;
	deleteOne: string;
	deleteAll: string;
}

function statementsFor(kind: EntityKind): KindStatements {
	const l = label(kind);
	const rels = GRAPH_MODEL[kind].rels;
	const types = [...new Set(rels.map((r) => r.type))].join('|');
	const createRels: Record<string, string> = {};
	for (const rel of rels)
		createRels[rel.field] = `UNWIND $rows AS row
MATCH (a:${l} {network: $network, id: row.from})
MATCH (b:${label(rel.target)} {network: $network, id: row.to})
CREATE (a)-[r:${rel.type}]->(b)
SET r = row.props
RETURN count(r) AS created`;
	return {
		readAll: `MATCH (n:${l} {network: $network})
RETURN ${itemProjection(kind)}
ORDER BY n.ord`,
		readOne: `MATCH (n:${l} {network: $network, id: $id})
RETURN ${itemProjection(kind)}`,
		upsert: `UNWIND $rows AS row
MERGE (n:${l} {network: $network, id: row.props.id})
SET n = row.props`,
		deleteStale: `MATCH (n:${l} {network: $network})
WHERE n.revision <> $version
DETACH DELETE n`,
		dropAllRels: types ? `MATCH (n:${l} {network: $network})-[r:${types}]->() DELETE r` : null,
		dropItemRels: types ? `MATCH (n:${l} {network: $network, id: $id})-[r:${types}]->() DELETE r` : null,
		createRels,
		missing: `UNWIND $ids AS id
OPTIONAL MATCH (t:${l} {network: $network, id: id})
WITH id, t WHERE t IS NULL
RETURN collect(id) AS missing`,
		referrers: `MATCH (n:${l} {network: $network, id: $id})<-[]-(src)
WHERE src.network = $network
RETURN DISTINCT labels(src) AS labels, src.id AS id
ORDER BY id`,
		nextOrd: `MATCH (n:${l} {network: $network}) RETURN coalesce(max(n.ord), -1) + 1 AS ord`,
		deleteOne: `MATCH (n:${l} {network: $network, id: $id}) DETACH DELETE n`,
		deleteAll: `MATCH (n:${l} {network: $network}) DETACH DELETE n`
	};
}

export const KIND_CYPHER = Object.fromEntries(ENTITY_KINDS.map((k) => [k, statementsFor(k)])) as Record<EntityKind, KindStatements>;

export const NETWORK_CYPHER = {
	/**
	 * Takes the network's write lock before its version is read: the SET makes Neo4j hold an
	 * exclusive lock on the node until commit, so two app instances writing at once queue up
	 * instead of both bumping to the same version. MERGE is safe under the uniqueness constraint.
	 */
	lockOrCreate: `MERGE (n:${NETWORK_LABEL} {id: $network})
ON CREATE SET n.version = 0
SET n._lock = true
RETURN n.version AS version, n.auditSeq AS auditSeq`,
	lock: `MATCH (n:${NETWORK_LABEL} {id: $network})
SET n._lock = true
RETURN n.version AS version, n.auditSeq AS auditSeq`,
	/** Only for a network node created anew: continues the audit numbering of a deleted predecessor. */
	lastAuditSeq: `MATCH (a:${AUDIT_LABEL} {network: $network}) RETURN coalesce(max(a.seq), 0) AS seq`,
	/** Replaces all properties, which also drops the _lock marker. */
	finish: `MATCH (n:${NETWORK_LABEL} {id: $network}) SET n = $props`,
	bump: `MATCH (n:${NETWORK_LABEL} {id: $network})
SET n.version = $version, n.updatedAt = $updatedAt, n.auditSeq = $auditSeq
REMOVE n._lock`,
	remove: `MATCH (n:${NETWORK_LABEL} {id: $network}) DELETE n`,
	version: `MATCH (n:${NETWORK_LABEL} {id: $network}) RETURN n.version AS version`,
	read: `MATCH (n:${NETWORK_LABEL} {id: $network}) RETURN n {.*} AS props`,
	list: `MATCH (n:${NETWORK_LABEL})
WHERE n.id STARTS WITH $prefix AND NOT substring(n.id, size($prefix)) CONTAINS ':'
RETURN n {.*} AS props
ORDER BY n.id`,
	audit: `CREATE (a:${AUDIT_LABEL}) SET a = $props`,
	readAudit: `MATCH (a:${AUDIT_LABEL} {network: $network})
WHERE ($kind IS NULL OR a.kind = $kind) AND ($itemId IS NULL OR a.itemId = $itemId)
RETURN a {.*} AS props
ORDER BY a.seq DESC
LIMIT $limit`,
	health: `CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`
} as const;

/** Test clean-up: everything stored under a namespace prefix (never used with an empty prefix). */
export const PURGE_CYPHER = [
	...ENTITY_KINDS.map((k) => `MATCH (n:${label(k)}) WHERE n.network STARTS WITH $prefix DETACH DELETE n`),
	`MATCH (n:${AUDIT_LABEL}) WHERE n.network STARTS WITH $prefix DELETE n`,
	`MATCH (n:${NETWORK_LABEL}) WHERE n.id STARTS WITH $prefix DETACH DELETE n`
];
