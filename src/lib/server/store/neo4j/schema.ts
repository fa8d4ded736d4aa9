import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UnavailableError } from '../errors';

/**
 * graph-seed/schema.cypher is read from disk at migrate() time rather than bundled: it stays
 * one human-editable file that `cypher-shell -f` can apply too, and `vite build` does not
 * have to know about it. The app, `npm run db:migrate` and `npm run seed` all run from the
 * project directory, so paths resolve against process.cwd(): first SEED_DIR (when it holds a
 * schema.cypher), then graph-seed/.
 */
export const SCHEMA_FILE = 'schema.cypher';

export function schemaCandidates(seedDir: string, cwd = process.cwd()): string[] {
	return [...new Set([resolve(cwd, seedDir, SCHEMA_FILE), resolve(cwd, 'graph-seed', SCHEMA_FILE)])];
}

export function loadSchemaFile(seedDir: string, cwd = process.cwd()): { path: string; statements: string[] } {
	const candidates = schemaCandidates(seedDir, cwd);
	const path = candidates.find((p) => existsSync(p));
	if (!path)
		throw new UnavailableError(
			`neo4j: schema file not found (looked for ${candidates.join(' and ')}); start the app from the project directory or set SEED_DIR`
		);
	const statements = splitCypher(readFileSync(path, 'utf8'));
	if (statements.length === 0) throw new UnavailableError(`neo4j: schema file ${path} holds no statements`);
	return { path, statements };
}

/**
 * Splits a schema script into statements. The file keeps to a simple format, so no Cypher
 * parser is needed: `//` comment lines, and every statement ends with `;` at the end of a line.
 */
export function splitCypher(source: string): string[] {
	const code = source
		.split(/\r?\n/)
		.filter((line) => !line.trim().startsWith('//'))
		.join('\n');
	return code
		.split(/;[ \t]*(?:\n|$)/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
