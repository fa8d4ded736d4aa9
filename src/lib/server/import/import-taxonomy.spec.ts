import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { ImportError } from './errors';
import { SuspectSourceError } from './guard';
import { FIXTURES } from './fixture-paths';
import { csvHead } from './fixtures/csv-head';
import { importTaxonomy } from './import-taxonomy';

/** The fixtures are slices: most of their O*NET related occupations lie outside them. */
const SLICE = { allowUnknownIds: true } as const;

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
		const esco = await importTaxonomy(store, 'esco', FIXTURES.esco, SLICE);
		// The O*NET fixture is a slice: most related occupations lie outside it, as the guard notices.
		await expect(importTaxonomy(store, 'onet', FIXTURES.onet)).rejects.toThrow(/Related_Occupations\.csv: 329 of 380 rows \(86\.6 %\)/);
		const onet = await importTaxonomy(store, 'onet', FIXTURES.onet, { allowUnknownIds: true });
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
		const failure = importTaxonomy(store, 'esco', folder, SLICE);
		await expect(failure).rejects.toBeInstanceOf(ImportError);
		await expect(failure).rejects.toThrow("skills_en.csv lacks column(s) 'preferredLabel'");
		expect(await store.readNetwork('esco')).toEqual(before);
	});

	it('replaces the network as a whole on a second import, leaving other networks alone', async () => {
		const before = await store.readNetwork('esco');
		const onet = await store.readNetwork('onet');
		const again = await importTaxonomy(store, 'esco', FIXTURES.esco, SLICE);
		expect(again.version).toBe(2);
		expect((await store.readNetwork('esco'))!.content).toEqual(before!.content);
		expect(await store.readNetwork('onet')).toEqual(onet);
	});
});

describe('the source guard refuses a source that looks broken, and changes nothing', () => {
	const truncate = (keep: number) => (path: string) => writeFileSync(path, csvHead(readFileSync(path, 'utf8'), keep));

	it('refuses an empty required file', async () => {
		const before = await store.readNetwork('esco');
		for (const [name, file, breakIt] of [
			['empty-occupations', 'en/occupations_en.csv', (path: string) => writeFileSync(path, '')],
			['header-only-relations', 'relations/occupationSkillRelations.csv', truncate(0)]
		] as const) {
			const folder = brokenCopy(name, file, breakIt);
			await expect(importTaxonomy(store, 'esco', folder, { allowShrink: true, allowUnknownIds: true })).rejects.toThrow(
				`${file.split('/').pop()} has no records (empty or only a header); nothing was written`
			);
		}
		expect(await store.readNetwork('esco')).toEqual(before);
	});

	it('refuses a cut-off occupations file: relation rows to unknown ids, then the shrink, each unless named', async () => {
		const before = await store.readNetwork('esco');
		const folder = brokenCopy('cut-occupations', 'en/occupations_en.csv', truncate(10));
		const unknown = await importTaxonomy(store, 'esco', folder).catch((e: unknown) => e as SuspectSourceError);
		expect(unknown).toBeInstanceOf(SuspectSourceError);
		expect((unknown as SuspectSourceError).override).toBe('allowUnknownIds');
		expect((unknown as Error).message).toMatch(/occupationSkillRelations\.csv: [\d,]+ of 2,019 rows .*--allow-unknown-ids/);

		const shrink = await importTaxonomy(store, 'esco', folder, { allowUnknownIds: true }).catch((e: unknown) => e as SuspectSourceError);
		expect(shrink).toBeInstanceOf(SuspectSourceError);
		expect(shrink).toMatchObject({ override: 'allowShrink', shrink: { before: before!.content.stations.length } });
		expect((shrink as Error).message).toMatch(/network 'esco' would shrink from 32 to \d+ stations .*--allow-shrink/);
		expect(await store.readNetwork('esco')).toEqual(before);

		const forced = await importTaxonomy(store, 'esco', folder, { allowUnknownIds: true, allowShrink: true });
		expect(forced.version).toBe(before!.version + 1);
		expect((await store.readNetwork('esco'))!.content.stations.length).toBeLessThan(16);
	});
});
