import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { ImportError } from './errors';
import { FIXTURES } from './fixture-paths';
import { importTaxonomy } from './import-taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-import-'));
const store = new SqliteGraphStore(join(dir, 'store.db'));
beforeAll(() => store.migrate());
afterAll(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture folders (taxonomy and wages side by side) to break one file in. */
function brokenCopy(name: string, file: string, breakIt: (path: string) => void): string {
	const root = join(dir, name);
	cpSync(dirname(FIXTURES.esco), root, { recursive: true });
	breakIt(join(root, 'esco', file));
	return join(root, 'esco');
}

describe('importTaxonomy into a real SQLite store', () => {
	it('writes each taxonomy as its own network in one version', async () => {
		const esco = await importTaxonomy(store, 'esco', FIXTURES.esco);
		const onet = await importTaxonomy(store, 'onet', FIXTURES.onet);
		expect([esco.version, onet.version]).toEqual([1, 1]);
		expect((await store.listNetworks()).map((n) => n.id)).toEqual(['esco', 'onet']);
		const stored = await store.readNetwork('esco');
		expect(stored!.content.stations).toHaveLength(esco.report.imported.stations);
		expect(stored!.content.lines).toHaveLength(esco.report.imported.lines);
		expect(stored!.meta.source).toContain('ESCO classification of the European Commission');
		expect(await store.audit('esco')).toHaveLength(1);
	});

	it('leaves the store unchanged when a file turns out broken halfway', async () => {
		const before = await store.readNetwork('esco');
		const folder = brokenCopy('unclosed-quote', 'relations/occupationSkillRelations.csv', (path) =>
			appendFileSync(path, 'http://data.europa.eu/esco/occupation/x,"essential,knowledge,http://data.europa.eu/esco/skill/y\n')
		);
		await expect(importTaxonomy(store, 'esco', folder)).rejects.toThrow(/occupationSkillRelations\.csv is not readable CSV/);
		expect(await store.readNetwork('esco')).toEqual(before);
		expect(await store.audit('esco')).toHaveLength(1);
	});

	it('leaves the store unchanged when a file lacks a column', async () => {
		const before = await store.readNetwork('esco');
		const folder = brokenCopy('renamed-column', 'en/skills_en.csv', (path) =>
			writeFileSync(path, readFileSync(path, 'utf8').replace('preferredLabel', 'prefLabel'))
		);
		const failure = importTaxonomy(store, 'esco', folder);
		await expect(failure).rejects.toBeInstanceOf(ImportError);
		await expect(failure).rejects.toThrow("skills_en.csv lacks column(s) 'preferredLabel'");
		expect(await store.readNetwork('esco')).toEqual(before);
	});

	it('replaces the network as a whole on a second import, leaving other networks alone', async () => {
		const before = await store.readNetwork('esco');
		const onet = await store.readNetwork('onet');
		const again = await importTaxonomy(store, 'esco', FIXTURES.esco);
		expect(again.version).toBe(2);
		expect((await store.readNetwork('esco'))!.content).toEqual(before!.content);
		expect(await store.readNetwork('onet')).toEqual(onet);
	});
});
