import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { isReservedKey } from '$lib/safe-keys';
import {
	ENTITY_KINDS,
	ENTITY_NOUN,
	ENTITY_SCHEMAS,
	NetworkMeta,
	checkReferences,
	emptyNetwork,
	type EntityKind,
	type NetworkContent
} from '$lib/schemas';
import { issuesFromZod, type ValidationIssue } from '$lib/schemas/issues';

/** The seed file that holds each kind of item. */
export const SEED_FILES: Record<EntityKind, string> = {
	organisations: 'organisations.yaml',
	regions: 'regions.yaml',
	skills: 'skills.yaml',
	certificates: 'certificates.yaml',
	salaryBands: 'salary-bands.yaml',
	stations: 'stations.yaml',
	lines: 'lines.yaml',
	modules: 'modules.yaml',
	learningTracks: 'learning-tracks.yaml',
	curricula: 'curricula.yaml'
};
export const META_FILE = 'network.yaml';

export interface SeedIssue {
	file: string;
	/** The item's id, or '#n' (its position) when it has no usable id. */
	item: string;
	field: string;
	message: string;
}

/** A seed that does not validate: nothing of it may be loaded. */
export class SeedError extends Error {
	constructor(readonly issues: SeedIssue[]) {
		super(
			`seed: ${issues.length} problem(s):\n` +
				issues.map((i) => `  ${i.file}: ${i.item}, field '${i.field}': ${i.message}`).join('\n')
		);
		this.name = 'SeedError';
	}
}

export interface Seed {
	meta: NetworkMeta;
	content: NetworkContent;
}

/**
 * YAML text as data, or the problem with it: a syntax error or a key that reaches a prototype
 * (`__proto__`, `constructor`, `prototype`), each with its line.
 */
export function parseYaml(text: string): { value: unknown } | { field: string; message: string } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const [error] = doc.errors;
	if (error) return { field: '-', message: `not valid YAML${error.linePos ? ` at line ${error.linePos[0].line}` : ''}: ${error.message.split('\n')[0]}` };
	let reserved: { key: string; line: number } | undefined;
	visit(doc, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? pair.key.value : undefined;
			if (typeof key !== 'string' || !isReservedKey(key)) return undefined;
			reserved = { key, line: lineCounter.linePos((pair.key as Scalar).range?.[0] ?? 0).line };
			return visit.BREAK;
		}
	});
	if (reserved) return { field: reserved.key, message: `the key '${reserved.key}' is not allowed (line ${reserved.line})` };
	return { value: doc.toJS() };
}

function readYaml(dir: string, file: string, issues: SeedIssue[]): unknown {
	const path = join(dir, file);
	if (!existsSync(path)) {
		issues.push({ file, item: '-', field: '-', message: 'file is missing' });
		return undefined;
	}
	const read = parseYaml(readFileSync(path, 'utf8'));
	if ('value' in read) return read.value;
	issues.push({ file, item: '-', ...read });
	return undefined;
}

function itemName(kind: EntityKind, raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? `${ENTITY_NOUN[kind]} '${id}'` : `${ENTITY_NOUN[kind]} #${index + 1}`;
}

function toSeedIssues(file: string, item: string, issues: ValidationIssue[]): SeedIssue[] {
	return issues.map((i) => ({ file, item, field: i.field || '-', message: i.message }));
}

/**
 * Reads and validates a whole seed directory. Every file is checked before anything is
 * returned, so the caller either gets a complete valid network or a SeedError listing
 * every problem with file, item, field and reason.
 */
export function loadSeedDirectory(dir: string): Seed {
	const issues: SeedIssue[] = [];
	const content = emptyNetwork();

	const rawMeta = readYaml(dir, META_FILE, issues);
	const meta = NetworkMeta.safeParse(rawMeta);
	if (rawMeta !== undefined && !meta.success) issues.push(...toSeedIssues(META_FILE, 'network', issuesFromZod(meta.error)));

	for (const kind of ENTITY_KINDS) {
		const file = SEED_FILES[kind];
		const raw = readYaml(dir, file, issues);
		if (raw === undefined) continue;
		if (raw === null) continue; // an empty file is an empty list
		if (!Array.isArray(raw)) {
			issues.push({ file, item: '-', field: '-', message: 'must be a YAML list of items' });
			continue;
		}
		raw.forEach((rawItem, index) => {
			const parsed = ENTITY_SCHEMAS[kind].safeParse(rawItem);
			if (parsed.success) (content[kind] as unknown[]).push(parsed.data);
			else issues.push(...toSeedIssues(file, itemName(kind, rawItem, index), issuesFromZod(parsed.error)));
		});
	}
	if (issues.length === 0)
		for (const i of checkReferences(content))
			issues.push({ file: SEED_FILES[i.kind], item: `${ENTITY_NOUN[i.kind]} '${i.id}'`, field: i.field, message: i.message });

	if (issues.length > 0 || !meta.success) throw new SeedError(issues);
	return { meta: meta.data, content };
}
