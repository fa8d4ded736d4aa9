import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../schemas';
import { UnavailableError } from '../errors';
import { KIND_CYPHER, NETWORK_CYPHER } from './cypher';
import { AUDIT_LABEL, GRAPH_MODEL, NETWORK_LABEL } from './model';
import { loadSchemaFile, splitCypher } from './schema';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('neo4j schema file', () => {
	const { statements } = loadSchemaFile('graph-seed');

	it('is idempotent statement by statement', () => {
		for (const s of statements) expect(s, s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX|TEXT INDEX) \w+ IF NOT EXISTS\b/);
	});

	it('keeps (network, id) unique and indexes network for every item label', () => {
		const flat = statements.map((s) => s.replace(/\s+/g, ' '));
		for (const kind of ENTITY_KINDS) {
			const l = GRAPH_MODEL[kind].label;
			expect(flat.some((s) => s.includes(`FOR (n:${l}) REQUIRE (n.network, n.id) IS UNIQUE`)), `${l} uniqueness`).toBe(true);
			expect(flat.some((s) => s.includes(`FOR (n:${l}) ON (n.network)`)), `${l} network index`).toBe(true);
		}
		expect(flat.some((s) => s.includes(`FOR (n:${NETWORK_LABEL}) REQUIRE n.id IS UNIQUE`))).toBe(true);
		expect(flat.some((s) => s.includes(`FOR (n:${AUDIT_LABEL}) REQUIRE (n.network, n.seq) IS UNIQUE`))).toBe(true);
	});

	it('has a full-text index over the labels of every item kind', () => {
		const fulltext = statements.find((s) => s.startsWith('CREATE FULLTEXT INDEX'))!;
		for (const kind of ENTITY_KINDS) expect(fulltext).toMatch(new RegExp(`[(:|]${GRAPH_MODEL[kind].label}[|)]`));
		expect(fulltext).toContain('ON EACH [n.label_nl, n.label_en]');
	});

	it('splits on statement ends only and drops comment lines', () => {
		expect(splitCypher('// head\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\n// c;\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);  \n')).toEqual([
			'CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)',
			'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)'
		]);
	});

	it('is found in SEED_DIR first, then graph-seed/, and missing says where it looked', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'vakmetro-schema-'));
		dirs.push(cwd);
		mkdirSync(join(cwd, 'graph-seed'));
		mkdirSync(join(cwd, 'other'));
		writeFileSync(join(cwd, 'graph-seed', 'schema.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n');
		expect(loadSchemaFile('other', cwd).path).toBe(join(cwd, 'graph-seed', 'schema.cypher'));
		writeFileSync(join(cwd, 'other', 'schema.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n');
		expect(loadSchemaFile('other', cwd).statements).toEqual(['CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)']);
		const empty = mkdtempSync(join(tmpdir(), 'vakmetro-schema-'));
		dirs.push(empty);
		expect(() => loadSchemaFile('graph-seed', empty)).toThrow(UnavailableError);
		expect(() => loadSchemaFile('graph-seed', empty)).toThrow(/schema file not found \(looked for .*graph-seed\/schema.cypher\)/);
	});
});

describe('neo4j generated Cypher', () => {
	const all = [...Object.values(NETWORK_CYPHER), ...ENTITY_KINDS.flatMap((k) => Object.values(KIND_CYPHER[k]).flatMap((v) => (v && typeof v === 'object' ? Object.values(v) : [v])))].filter(
		(s): s is string => typeof s === 'string'
	);

	it('uses only labels and relationship types of the graph model', () => {
		const labels = new Set([NETWORK_LABEL, AUDIT_LABEL, ...ENTITY_KINDS.map((k) => GRAPH_MODEL[k].label)]);
		const types = new Set(ENTITY_KINDS.flatMap((k) => GRAPH_MODEL[k].rels.map((r) => r.type)));
		for (const s of all) {
			for (const m of s.matchAll(/\(\w*:(\w+)/g)) expect(labels, s).toContain(m[1]);
			for (const m of s.matchAll(/\[\w*:([\w|]+)\]/g)) for (const t of m[1]!.split('|')) expect(types, s).toContain(t);
			expect(s).not.toMatch(/\$\{|undefined/);
		}
	});

	it('scopes every item read and write to one network', () => {
		for (const kind of ENTITY_KINDS)
			for (const [name, s] of Object.entries(KIND_CYPHER[kind]))
				for (const q of typeof s === 'string' ? [s] : s ? Object.values(s) : []) expect(q, `${kind}.${name}`).toContain('network: $network');
	});

	it('reads every relationship field of a kind', () => {
		for (const kind of ENTITY_KINDS)
			for (const rel of GRAPH_MODEL[kind].rels) expect(KIND_CYPHER[kind].readAll).toContain(`[r:${rel.type}]->(t:${GRAPH_MODEL[rel.target].label})`);
	});
});
