import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The planner is pure TypeScript: plain data in, plain data out. Its code may import only from
 * its own folder — no Svelte, no $app, no $lib/server, no zod, no database, no DOM — so the
 * app, a script or a worker can run it alike. Specs may use test tooling and node.
 */

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

function importsOf(file: string): string[] {
	const text = readFileSync(join(here, file), 'utf8');
	const found: string[] = [];
	for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
	for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
	for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
	return found;
}

describe('routing engine boundary', () => {
	it('has source files to check', () => {
		expect(sources).toContain('index.ts');
		expect(sources).toContain('search.ts');
	});

	it.each(sources)('%s imports only from the routing folder', (file) => {
		const outside = importsOf(file).filter((spec) => !/^\.\/[a-z-]+$/.test(spec));
		expect(outside).toEqual([]);
	});

	it.each(sources)('%s uses no DOM or Node globals', (file) => {
		const text = readFileSync(join(here, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(text).not.toMatch(/\b(document|window|process|require)\s*[.(]/);
	});
});
