import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ENTITY_KINDS, type EntityKind, type NetworkContent, type NetworkMeta } from '$lib/schemas';
import { META_FILE, SEED_FILES, SeedError, parseYaml, type SeedIssue } from '../seed/load';

/**
 * The network as graph-seed files (one YAML list per kind plus network.yaml), the format
 * loadSeedDirectory reads, so an export imports again unchanged. The UI offers the same
 * content as one YAML bundle: the network's meta under `network` and one list per kind under
 * the kind's name; it splits back into the same files.
 */

const YAML_OPTIONS = { lineWidth: 0 } as const;

function header(meta: NetworkMeta, version: number, what: string): string {
	return `# ${what} of Vakmetro network '${meta.id}' at version ${version}, exported ${new Date().toISOString()}.\n`;
}

export function seedFiles(meta: NetworkMeta, version: number, content: NetworkContent): Record<string, string> {
	const files: Record<string, string> = { [META_FILE]: header(meta, version, 'Network metadata') + stringify(meta, YAML_OPTIONS) };
	for (const kind of ENTITY_KINDS)
		files[SEED_FILES[kind]] = header(meta, version, kind) + (content[kind].length ? stringify(content[kind], YAML_OPTIONS) : '[]\n');
	return files;
}

export function writeSeedDirectory(dir: string, files: Record<string, string>): void {
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

export function seedBundle(meta: NetworkMeta, version: number, content: NetworkContent): string {
	const bundle: Record<string, unknown> = { network: meta };
	for (const kind of ENTITY_KINDS) bundle[kind] = content[kind];
	return header(meta, version, 'Graph-seed bundle') + stringify(bundle, YAML_OPTIONS);
}

/** Does this text look like a bundle (a mapping with `network`) rather than a single seed file? */
export function looksLikeBundle(text: string): boolean {
	const read = parseYaml(text);
	const doc = 'value' in read ? read.value : null;
	return !!doc && typeof doc === 'object' && !Array.isArray(doc) && 'network' in doc && ENTITY_KINDS.some((k) => k in doc);
}

/** Splits a bundle into seed files; problems are reported against the bundle's name, nothing is returned partly. */
export function filesFromBundle(name: string, text: string): Record<string, string> {
	const read = parseYaml(text);
	if (!('value' in read)) throw new SeedError([{ file: name, item: '-', ...read }]);
	const doc = read.value;
	const issues: SeedIssue[] = [];
	if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new SeedError([{ file: name, item: '-', field: '-', message: 'must be a YAML mapping with network and one list per kind' }]);
	const record = doc as Record<string, unknown>;
	const known = new Set<string>(['network', ...ENTITY_KINDS]);
	for (const key of Object.keys(record)) if (!known.has(key)) issues.push({ file: name, item: '-', field: key, message: `unknown section '${key}' (expected network, ${ENTITY_KINDS.join(', ')})` });
	for (const key of known) if (!(key in record)) issues.push({ file: name, item: '-', field: key, message: `section '${key}' is missing` });
	if (issues.length) throw new SeedError(issues);
	const files: Record<string, string> = { [META_FILE]: stringify(record.network, YAML_OPTIONS) };
	for (const kind of ENTITY_KINDS) files[SEED_FILES[kind as EntityKind]] = stringify(record[kind] ?? [], YAML_OPTIONS);
	return files;
}
