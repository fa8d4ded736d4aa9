// Starts the built app for end-to-end tests on a fresh database file.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

rmSync(dirname(process.env.DATABASE_PATH ?? 'data/e2e/vakmetro.db'), { recursive: true, force: true });
await import('../build/index.js');
