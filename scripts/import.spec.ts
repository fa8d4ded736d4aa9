import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/lib/server/import/fixture-paths';
import { csvHead } from '../src/lib/server/import/fixtures/csv-head';
import { SqliteGraphStore } from '../src/lib/server/store/sqlite/graph-store';

/** `npm run import` as an operator runs it, against its own SQLite file. */
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-import-cli-'));
const env = { ...process.env, GRAPH_STORE: 'embedded', DATABASE_PATH: join(dir, 'store.db') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { env, encoding: 'utf8' });
	return { status: r.status, stderr: r.stderr };
}

async function stations(): Promise<number> {
	const store = new SqliteGraphStore(env.DATABASE_PATH);
	try {
		return (await store.readNetwork('esco'))?.content.stations.length ?? 0;
	} finally {
		await store.close();
	}
}

describe('npm run import refuses a broken source with a non-zero exit', () => {
	it('an empty occupations file or a cut-off one changes nothing unless the operator names the override', async () => {
		// The fixture is a slice: most of its O*NET related occupations lie outside it.
		expect(run('esco', FIXTURES.esco, '--allow-unknown-ids').status).toBe(0);
		expect(await stations()).toBe(32);

		const root = join(dir, 'copy');
		cpSync(dirname(FIXTURES.esco), root, { recursive: true });
		const occupations = join(root, 'esco', 'en', 'occupations_en.csv');
		const whole = readFileSync(occupations, 'utf8');

		writeFileSync(occupations, '');
		const empty = run('esco', join(root, 'esco'));
		expect(empty.status).toBe(1);
		expect(empty.stderr).toContain('occupations_en.csv has no records');

		writeFileSync(occupations, csvHead(whole, 10));
		const cut = run('esco', join(root, 'esco'));
		expect(cut.status).toBe(1);
		expect(cut.stderr).toMatch(/relation rows point to unknown ids.*--allow-unknown-ids/);
		const shrink = run('esco', join(root, 'esco'), '--allow-unknown-ids');
		expect(shrink.status).toBe(1);
		expect(shrink.stderr).toMatch(/would shrink from 32 to \d+ stations.*--allow-shrink/);
		expect(await stations()).toBe(32);

		expect(run('esco', join(root, 'esco'), '--allow-unknown-ids', '--allow-shrink').status).toBe(0);
		expect(await stations()).toBeLessThan(16);
	}, 120_000);
});
