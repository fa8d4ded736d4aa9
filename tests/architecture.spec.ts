import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engines are pure: plain data in, plain data out. They may import only from their own
 * folder (no Svelte, no $app, no $lib/server, no database driver, no DOM), so they can be
 * tested and benchmarked alone and reused by scripts. This test is the boundary's guard.
 */
const ENGINES = ['src/lib/engine/routing', 'src/lib/engine/layout', 'src/lib/engine/transitions'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
/** The DOM, and Node's process or require: an engine runs alike in the app, a script or a worker. */
const GLOBALS = /\b(document|window|localStorage|HTMLElement|process|require)\s*[.[(]/;
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

function files(dir: string): string[] {
	let out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out = out.concat(files(path));
		else if (/\.ts$/.test(name) && !/\.spec\.ts$/.test(name)) out.push(path);
	}
	return out;
}

describe('engine boundaries', () => {
	for (const engine of ENGINES) {
		it(`${engine} imports only from itself and uses no DOM or Node globals`, () => {
			let checked = 0;
			for (const file of files(engine)) {
				const text = withoutComments(readFileSync(file, 'utf8'));
				for (const m of text.matchAll(IMPORT)) {
					const spec = (m[1] ?? m[2] ?? m[3])!;
					const target = spec.startsWith('.') ? relative(resolve(engine), resolve(dirname(file), spec)) : spec;
					expect(target.startsWith('..') || !spec.startsWith('.') ? `${file} imports '${spec}'` : 'ok').toBe('ok');
				}
				expect(GLOBALS.test(text) ? `${file} uses the DOM or Node globals` : 'ok').toBe('ok');
				checked++;
			}
			expect(checked).toBeGreaterThan(0);
		});
	}
});
