import { Neo4jError } from 'neo4j-driver';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UnavailableError } from '../errors';
import type { Neo4jAccess } from './access';
import { firstLine } from './error-map';

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

/**
 * Applies the schema file, one statement per transaction (Neo4j refuses schema changes mixed
 * with other work in one transaction). The file holds the network and the user-side schema,
 * and both stores call this from migrate(): every statement is IF NOT EXISTS, so the second
 * run costs a few round trips and changes nothing.
 */
export async function applySchema(access: Neo4jAccess, seedDir: string): Promise<void> {
	const { path, statements } = loadSchemaFile(seedDir);
	for (const [i, statement] of statements.entries()) {
		try {
			await access.write('migrate', (tx) => tx.run(statement));
		} catch (e) {
			if (e instanceof Neo4jError)
				throw new UnavailableError(`neo4j: schema statement ${i + 1} of ${path} failed (${e.code}: ${firstLine(e.message)})`);
			throw e;
		}
	}
	try {
		// New indexes populate in the background; wait so the first queries can use them.
		await access.write('migrate', (tx) => tx.run('CALL db.awaitIndexes(300)'));
	} catch (e) {
		if (!(e instanceof Neo4jError && e.code === 'Neo.ClientError.Procedure.ProcedureNotFound')) throw e;
	}
}
