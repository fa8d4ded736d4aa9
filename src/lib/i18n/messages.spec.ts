import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import en from './messages-en';
import nl from './messages-nl';

/** Features only the server words (its refusals of bad input reach pages already translated). */
const SERVER_ONLY = ['input'];

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
	);
}

describe('messages the browser loads per language', () => {
	it("are the server's messages, feature by feature, but for the server-only ones", () => {
		for (const [browser, server] of [
			[en, catalog.en],
			[nl, catalog.nl]
		] as const) {
			const { input, ...shown } = server;
			expect(input).toBeDefined();
			expect(browser).toEqual(shown);
		}
	});

	it('hold every message a component names', () => {
		const used = svelteFiles('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([a-z]+)\.([A-Za-z0-9_.]+)['"`]/g)].map((m) => [m[1]!, m[2]!] as const));
		expect(used.length).toBeGreaterThan(500);
		for (const [feature, key] of used) {
			expect(SERVER_ONLY).not.toContain(feature);
			expect((en as Record<string, Record<string, string>>)[feature]?.[key], `${feature}.${key}`).toBeDefined();
			expect((nl as Record<string, Record<string, string>>)[feature]?.[key], `${feature}.${key}`).toBeDefined();
		}
	});
});
