import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

describe('layout engine boundary', () => {
	it.each(sources)('%s imports only from this folder', (file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const imports = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);
		for (const source of imports) expect(source, `${file} imports '${source}'`).toMatch(/^\.\/[\w-]+$/);
	});

	it.each(sources)('%s uses no DOM or process globals', (file) => {
		const text = readFileSync(join(dir, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
		expect(text).not.toMatch(/\b(document|window|localStorage|process)\s*\./);
	});
});
