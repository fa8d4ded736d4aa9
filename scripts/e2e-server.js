// Starts the built app for end-to-end tests on a fresh database file that also holds a small
// real ESCO network (a slice cut from the ESCO files), so network choice and attribution are
// tested against imported data, not only the seed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

rmSync(dirname(process.env.DATABASE_PATH ?? 'data/e2e/vakmetro.db'), { recursive: true, force: true });
const fixtures = 'src/lib/server/import/fixtures';
// The slice keeps only some of O*NET's related occupations, so their rows to unknown ids are expected.
execFileSync(
	process.execPath,
	['--import', 'tsx', 'scripts/import.ts', 'esco', `${fixtures}/esco`, '--allow-unknown-ids', '--wages', `${fixtures}/nl-wages/cbs_85517NED_uurloon_beroepsklasse_2021_2022.csv`],
	{ stdio: ['ignore', 'ignore', 'inherit'], env: process.env }
);
// The entry `npm start` uses.
await import('./serve.js');
