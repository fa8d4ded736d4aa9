import type { EntityKind } from '$lib/schemas';
import { isReservedKey, keyedByInput, reservedSegment } from '$lib/safe-keys';

/**
 * Editor forms post flat fields named by the item's path ("label.nl", "requires.2.level"), so
 * a zod issue's path is also the name of the field to show it beside. This turns posted fields
 * into a draft item and an item back into field values; rows left blank are dropped, and the
 * draft is what is shown again when the server refuses it.
 */

export type FormValues = Record<string, string>;

interface FormShape {
	/** Paths holding numbers; `*` stands for a row index. */
	numbers: string[];
	/** Checkboxes inside rows: unticked means false. */
	rowFlags: string[];
	/** Optional checkboxes on the item: unticked means the field is left out. */
	flags: string[];
	/** Multi-selects: the field repeats once per chosen value. */
	lists: string[];
}

const none: FormShape = { numbers: [], rowFlags: [], flags: [], lists: [] };

export const FORM_SHAPES: Partial<Record<EntityKind, FormShape>> = {
	stations: { numbers: ['level', 'requires.*.level', 'position.x', 'position.y'], rowFlags: ['requires.*.essential'], flags: ['pinned'], lists: ['regions', 'certificates'] },
	lines: { ...none, numbers: ['stops.*.months'] },
	skills: none,
	modules: { ...none, numbers: ['hours', 'price', 'points', 'teaches.*.level'], lists: ['awards', 'certificates'] },
	learningTracks: none,
	curricula: { ...none, numbers: ['teaches.*.level'], lists: ['leadsTo'] }
};

function matches(pattern: string, path: string): boolean {
	const p = pattern.split('.');
	const q = path.split('.');
	return p.length === q.length && p.every((s, i) => s === '*' ? /^\d+$/.test(q[i]!) : s === q[i]);
}

/** A form holds at most this many rows in a list (a station's requirements, a line's stops)... */
export const MAX_FORM_ROWS = 1000;
/** ...and at most this many fields: 1,000 rows of three fields each and the item's own fields. */
export const MAX_FORM_FIELDS = 5000;

export type FormFieldProblem = 'reservedKey' | 'badName' | 'tooManyRows' | 'tooManyFields';

/** A posted field no editor form has: refused before anything is built from it. */
export class FormFieldError extends Error {
	constructor(
		readonly field: string,
		readonly reason: FormFieldProblem
	) {
		super(`form field '${field}': ${reason}`);
		this.name = 'FormFieldError';
	}
}

/** Field names are words separated by dots, with row indices between them ("requires.2.level"). */
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const INDEX = /^\d{1,4}$/;

type Tree = Record<string, unknown> | unknown[];

/**
 * Checks a whole path before anything is written: a reserved key would reach a prototype, and a
 * row index such as 4294967294 makes a sparse array that takes minutes to walk.
 */
function checkPath(field: string, path: readonly string[]): void {
	if (reservedSegment(path) !== undefined) throw new FormFieldError(field, 'reservedKey');
	path.forEach((segment, i) => {
		if (INDEX.test(segment) && i > 0) {
			if (Number(segment) >= MAX_FORM_ROWS) throw new FormFieldError(field, 'tooManyRows');
		} else if (!NAME.test(segment)) throw new FormFieldError(field, /^\d+$/.test(segment) && i > 0 ? 'tooManyRows' : 'badName');
	});
}

/** Writes into prototype-free objects and row arrays; a path that changes a field's shape is refused. */
function setPath(root: Record<string, unknown>, field: string, path: readonly string[], value: unknown): void {
	checkPath(field, path);
	let node: Tree = root;
	path.forEach((segment, i) => {
		const isIndex = INDEX.test(segment);
		if (Array.isArray(node) !== isIndex) throw new FormFieldError(field, 'badName');
		const container = node as Record<string, unknown>;
		if (i === path.length - 1) {
			container[segment] = value;
			return;
		}
		container[segment] ??= INDEX.test(path[i + 1]!) ? [] : keyedByInput();
		const next = container[segment];
		if (!next || typeof next !== 'object') throw new FormFieldError(field, 'badName');
		node = next as Tree;
	});
}

function coerce(path: string, value: string, shape: FormShape): unknown {
	const text = value.trim();
	if (shape.numbers.some((p) => matches(p, path)) && text !== '') {
		const n = Number(text.replace(',', '.'));
		return Number.isFinite(n) ? n : text;
	}
	return text === '' ? undefined : text;
}

/**
 * Drops blank text, blank rows and blank optional groups; a row is blank when only its checkboxes
 * are set. The result is made of ordinary objects again (the keys were checked on the way in).
 */
function prune(value: unknown, root = false): unknown {
	if (Array.isArray(value)) return value.map((v) => prune(v)).filter((v) => v !== undefined);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(([k, v]) => [k, prune(v)] as const).filter(([, v]) => v !== undefined);
		if (!root && !entries.some(([, v]) => typeof v !== 'boolean')) return undefined;
		return Object.fromEntries(entries);
	}
	return value;
}

function fillRowFlags(node: unknown, pattern: string[]): void {
	const [head, ...rest] = pattern;
	if (head === undefined || !node || typeof node !== 'object') return;
	if (rest.length === 0) {
		if (!Array.isArray(node) && (node as Record<string, unknown>)[head] === undefined) (node as Record<string, unknown>)[head] = false;
		return;
	}
	if (head === '*' && Array.isArray(node)) for (const row of node) fillRowFlags(row, rest);
	else if (head !== '*') fillRowFlags((node as Record<string, unknown>)[head], rest);
}

/** The draft item a form describes (not yet validated: numbers that are not numbers stay text for zod to refuse). */
export function decodeForm(kind: EntityKind, data: FormData, skip: readonly string[] = []): Record<string, unknown> {
	const shape = FORM_SHAPES[kind] ?? none;
	let fields = 0;
	for (const key of data.keys()) if (++fields > MAX_FORM_FIELDS) throw new FormFieldError(key, 'tooManyFields');
	const root = keyedByInput<unknown>();
	for (const key of new Set(data.keys())) {
		if (skip.includes(key)) continue;
		if (shape.lists.includes(key)) {
			root[key] = data.getAll(key).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
			continue;
		}
		const value = data.get(key);
		if (typeof value !== 'string') continue;
		if (shape.flags.includes(key)) {
			if (value === 'true' || value === 'on') root[key] = true;
			continue;
		}
		const path = key.split('.');
		if (shape.rowFlags.some((p) => matches(p, key))) setPath(root, key, path, value === 'true' || value === 'on');
		else setPath(root, key, path, coerce(key, value, shape));
	}
	const draft = prune(root, true) as Record<string, unknown>;
	for (const list of shape.lists) draft[list] ??= [];
	for (const p of shape.rowFlags) fillRowFlags(draft, p.split('.'));
	return draft;
}

/** Field values for an item or a draft: the inverse of decodeForm. */
export function encodeForm(item: unknown): FormValues {
	const out: FormValues = {};
	const walk = (value: unknown, path: string) => {
		if (value === undefined || value === null) return;
		if (Array.isArray(value)) value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)));
		else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
		else if (typeof value === 'boolean') {
			if (value) out[path] = 'true';
		} else out[path] = String(value);
	};
	walk(item, '');
	return out;
}

/** How many rows a list field has in these values (`stops` → 3 when stops.0..2 are set). */
export function rowCount(values: FormValues, list: string): number {
	let n = 0;
	const prefix = `${list}.`;
	for (const key of Object.keys(values))
		if (key.startsWith(prefix)) {
			const i = Number(key.slice(prefix.length).split('.')[0]);
			if (Number.isInteger(i)) n = Math.max(n, i + 1);
		}
	return n;
}

/** The values of a multi-select list field. */
export function listValues(values: FormValues, list: string): string[] {
	return Array.from({ length: rowCount(values, list) }, (_, i) => values[`${list}.${i}`]).filter((v): v is string => v !== undefined);
}

export type ArrangeOp = { op: 'up' | 'down' | 'remove'; list: string; index: number } | { op: 'add'; list: string };

export function parseArrange(value: string): ArrangeOp | null {
	const m = /^(up|down|remove|add):([a-zA-Z]+)(?:\.(\d{1,4}))?$/.exec(value);
	if (!m || isReservedKey(m[2]!) || (m[3] !== undefined && Number(m[3]) >= MAX_FORM_ROWS)) return null;
	if (m[1] === 'add') return { op: 'add', list: m[2]! };
	return m[3] === undefined ? null : { op: m[1] as 'up' | 'down' | 'remove', list: m[2]!, index: Number(m[3]) };
}

/**
 * Moves, removes or adds a row of a draft (the form's buttons work without JavaScript this way).
 * Returns the new field values plus how many blank rows to show for `add`.
 */
export function arrange(draft: Record<string, unknown>, op: ArrangeOp): Record<string, unknown> {
	const rows = Array.isArray(draft[op.list]) ? [...(draft[op.list] as unknown[])] : [];
	if (op.op === 'remove') rows.splice(op.index, 1);
	else if (op.op === 'up' && op.index > 0) [rows[op.index - 1], rows[op.index]] = [rows[op.index], rows[op.index - 1]];
	else if (op.op === 'down' && op.index < rows.length - 1) [rows[op.index + 1], rows[op.index]] = [rows[op.index], rows[op.index + 1]];
	return { ...draft, [op.list]: rows };
}
