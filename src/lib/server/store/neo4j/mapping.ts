import { int, isInt, isPoint, Point } from 'neo4j-driver';
import type { EntityKind, EntityOf, NetworkMeta } from '../../../schemas';
import type { Actor, AuditEntry } from '../types';
import { CODE_KEYS, GRAPH_MODEL, type PropSpec, type RelSpec } from './model';

/**
 * Pure conversions between schema items and the property maps / relationship rows the
 * adapter sends to and reads from Neo4j. Nothing here talks to a server, so the round trip
 * can be tested without one.
 */

export type Props = Record<string, unknown>;

/** One outgoing relationship of an item: the target item's id and the relationship's properties. */
export interface RelRow {
	to: string;
	props: Props;
}

export interface GraphItem {
	/** Node properties without the store-owned ones (network, ord, revision). */
	props: Props;
	/** Outgoing relationships per item field (RelSpec.field). */
	rels: Record<string, RelRow[]>;
}

/** SRID of Neo4j's 2D cartesian coordinate system; map positions are not geographic. */
const CARTESIAN_2D = 7203;

/** Neo4j Integer or JS number to a JS number; refuses values a double cannot hold exactly. */
export function toNumber(value: unknown, what = 'value'): number {
	if (typeof value === 'number') return value;
	if (isInt(value)) {
		if (!value.inSafeRange()) throw new RangeError(`neo4j: ${what} ${value.toString()} is outside the safe integer range`);
		return value.toNumber();
	}
	throw new TypeError(`neo4j: ${what} is not a number (got ${typeof value})`);
}

/** Integers go to Neo4j as Integer (a JS number would be stored as Float); fractions stay floats. */
export function toInt(value: number): number | ReturnType<typeof int> {
	return Number.isSafeInteger(value) ? int(value) : value;
}

/** Turns driver values (Integer, Point, nested lists and maps) into plain JS values. */
export function toPlain(value: unknown): unknown {
	if (value === null || value === undefined) return value;
	if (isInt(value)) return toNumber(value);
	if (isPoint(value)) return { x: value.x, y: value.y };
	if (Array.isArray(value)) return value.map(toPlain);
	if (typeof value === 'object') {
		const out: Props = {};
		for (const [k, v] of Object.entries(value as Props)) out[k] = toPlain(v);
		return out;
	}
	return value;
}

function modelError(kind: string, message: string): Error {
	// A programming error (schema and graph model out of step), not a user mistake.
	return new Error(`neo4j mapping: ${kind}: ${message}; update src/lib/server/store/neo4j/model.ts`);
}

function encodeProps(where: string, specs: readonly PropSpec[], source: Props, out: Props): void {
	for (const spec of specs) {
		const value = source[spec.name];
		if (value === undefined) continue;
		switch (spec.type) {
			case 'text': {
				const t = value as { nl: string; en: string };
				out[`${spec.name}_nl`] = t.nl;
				out[`${spec.name}_en`] = t.en;
				break;
			}
			case 'texts': {
				const t = value as { nl: string[]; en: string[] };
				out[`${spec.name}_nl`] = [...t.nl];
				out[`${spec.name}_en`] = [...t.en];
				break;
			}
			case 'codes': {
				const codes = value as Record<string, string | undefined>;
				const unknown = Object.keys(codes).filter((k) => codes[k] !== undefined && !(CODE_KEYS as readonly string[]).includes(k));
				if (unknown.length) throw modelError(where, `unknown code key(s) ${unknown.join(', ')}`);
				let any = false;
				for (const key of CODE_KEYS) {
					if (codes[key] === undefined) continue;
					out[`${spec.name}_${key}`] = codes[key];
					any = true;
				}
				// An empty codes object must read back as {} rather than vanish.
				if (!any) out[`${spec.name}_empty`] = true;
				break;
			}
			case 'point': {
				const p = value as { x: number; y: number };
				out[spec.name] = new Point(int(CARTESIAN_2D), p.x, p.y);
				break;
			}
			case 'int':
				out[spec.name] = toInt(value as number);
				break;
			case 'strings':
				out[spec.name] = [...(value as string[])];
				break;
			case 'json':
				out[spec.name] = JSON.stringify(value);
				break;
			default:
				out[spec.name] = value;
		}
	}
}

function decodeProps(where: string, specs: readonly PropSpec[], props: Props, out: Props): void {
	for (const spec of specs) {
		switch (spec.type) {
			case 'text': {
				const nl = props[`${spec.name}_nl`];
				const en = props[`${spec.name}_en`];
				if (nl !== undefined && nl !== null && en !== undefined && en !== null) out[spec.name] = { nl, en };
				break;
			}
			case 'texts': {
				const nl = props[`${spec.name}_nl`];
				const en = props[`${spec.name}_en`];
				if (Array.isArray(nl) && Array.isArray(en)) out[spec.name] = { nl: [...(nl as string[])], en: [...(en as string[])] };
				break;
			}
			case 'codes': {
				const codes: Props = {};
				let present = props[`${spec.name}_empty`] === true;
				for (const key of CODE_KEYS) {
					const v = props[`${spec.name}_${key}`];
					if (v === undefined || v === null) continue;
					codes[key] = v;
					present = true;
				}
				if (present) out[spec.name] = codes;
				break;
			}
			default: {
				const v = props[spec.name];
				if (v === undefined || v === null) break;
				if (spec.type === 'int' || spec.type === 'float') out[spec.name] = toNumber(v, `${where}.${spec.name}`);
				else if (spec.type === 'point') {
					if (!isPoint(v)) throw new TypeError(`neo4j: ${where}.${spec.name} is not a point`);
					out[spec.name] = { x: v.x, y: v.y };
				} else if (spec.type === 'strings') out[spec.name] = [...(v as string[])];
				else if (spec.type === 'json') out[spec.name] = JSON.parse(v as string);
				else out[spec.name] = v;
			}
		}
	}
}

function propNames(specs: readonly PropSpec[] | undefined): Set<string> {
	return new Set((specs ?? []).map((s) => s.name));
}

/** Splits an item into node properties and relationship rows, following GRAPH_MODEL. */
export function itemToGraph<K extends EntityKind>(kind: K, item: EntityOf<K>): GraphItem {
	const model = GRAPH_MODEL[kind];
	const source = item as unknown as Props;
	const known = new Set(['id', ...propNames(model.props), ...model.rels.map((r) => r.field)]);
	const stray = Object.keys(source).filter((k) => source[k] !== undefined && !known.has(k));
	// Refuse rather than silently drop a field the graph has no place for.
	if (stray.length) throw modelError(kind, `field(s) ${stray.join(', ')} have no place in the graph model`);

	const props: Props = { id: source.id };
	encodeProps(kind, model.props, source, props);
	const rels: Record<string, RelRow[]> = {};
	for (const rel of model.rels) rels[rel.field] = relRows(kind, rel, source[rel.field]);
	return { props, rels };
}

function relRows(kind: string, rel: RelSpec, value: unknown): RelRow[] {
	if (value === undefined || value === null) return [];
	if (!rel.many) return [{ to: value as string, props: {} }];
	const where = `${kind}.${rel.field}`;
	const allowed = new Set([rel.key, ...propNames(rel.props)]);
	return (value as unknown[]).map((element, seq) => {
		const props: Props = { seq: int(seq) };
		if (!rel.key) return { to: element as string, props };
		const e = element as Props;
		const stray = Object.keys(e).filter((k) => e[k] !== undefined && !allowed.has(k));
		if (stray.length) throw modelError(where, `element field(s) ${stray.join(', ')} have no place in the graph model`);
		encodeProps(where, rel.props ?? [], e, props);
		return { to: e[rel.key] as string, props };
	});
}

/** Rebuilds an item from its node properties and outgoing relationships (any order; `seq` decides). */
export function graphToItem<K extends EntityKind>(kind: K, props: Props, rels: Record<string, RelRow[] | undefined>): EntityOf<K> {
	const model = GRAPH_MODEL[kind];
	const item: Props = { id: props.id };
	decodeProps(kind, model.props, props, item);
	for (const rel of model.rels) {
		const rows = [...(rels[rel.field] ?? [])];
		if (!rel.many) {
			if (rows.length > 1) throw new Error(`neo4j: ${kind} '${String(props.id)}' has ${rows.length} ${rel.type} relationships, expected at most one`);
			if (rows[0]) item[rel.field] = rows[0].to;
			continue;
		}
		const where = `${kind}.${rel.field}`;
		rows.sort((a, b) => toNumber(a.props.seq, `${where}.seq`) - toNumber(b.props.seq, `${where}.seq`));
		item[rel.field] = rows.map((row) => {
			if (!rel.key) return row.to;
			const element: Props = { [rel.key]: row.to };
			decodeProps(where, rel.props ?? [], row.props, element);
			return element;
		});
	}
	return item as EntityOf<K>;
}

/** The ids an item points at, per target kind: what must exist before its relationships can be made. */
export function referencedIds(kind: EntityKind, graph: GraphItem): { field: string; target: EntityKind; ids: string[] }[] {
	return GRAPH_MODEL[kind].rels
		.map((rel) => ({ field: rel.field, target: rel.target, ids: (graph.rels[rel.field] ?? []).map((r) => r.to) }))
		.filter((r) => r.ids.length > 0);
}

/** Network node properties for the meta data; `key` is the stored id (namespaced in tests). */
export function metaToProps(key: string, meta: NetworkMeta): Props {
	const props: Props = { id: key, label_nl: meta.label.nl, label_en: meta.label.en };
	if (meta.source !== undefined) props.source = meta.source;
	return props;
}

export function metaFromProps(id: string, props: Props): NetworkMeta {
	const meta: NetworkMeta = { id, label: { nl: props.label_nl as string, en: props.label_en as string } };
	if (props.source !== undefined && props.source !== null) meta.source = props.source as string;
	return meta;
}

/** AuditEntry node properties; JSON strings for before/after because they are whole items. */
export function auditToProps(key: string, entry: Omit<AuditEntry, 'network'>): Props {
	const props: Props = {
		network: key,
		seq: int(entry.seq),
		at: entry.at,
		actorLabel: entry.actor.label,
		action: entry.action,
		version: int(entry.version)
	};
	if (entry.actor.userId !== null) props.actorId = entry.actor.userId;
	if (entry.kind !== null) props.kind = entry.kind;
	if (entry.itemId !== null) props.itemId = entry.itemId;
	if (entry.before !== null && entry.before !== undefined) props.before = JSON.stringify(entry.before);
	if (entry.after !== null && entry.after !== undefined) props.after = JSON.stringify(entry.after);
	return props;
}

export function auditFromProps(network: string, props: Props): AuditEntry {
	const actor: Actor = { userId: (props.actorId as string | undefined) ?? null, label: props.actorLabel as string };
	return {
		seq: toNumber(props.seq, 'audit seq'),
		network,
		at: props.at as string,
		actor,
		action: props.action as AuditEntry['action'],
		kind: (props.kind as EntityKind | undefined) ?? null,
		itemId: (props.itemId as string | undefined) ?? null,
		before: typeof props.before === 'string' ? JSON.parse(props.before) : null,
		after: typeof props.after === 'string' ? JSON.parse(props.after) : null,
		version: toNumber(props.version, 'audit version')
	};
}
