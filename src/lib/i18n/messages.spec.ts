import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { LAZY_FEATURES } from './index';
import en from './messages-en';
import nl from './messages-nl';

/** Features only the server words (its refusals of bad input reach pages already translated). */
const SERVER_ONLY = ['input'];
const ROUTES = join('src', 'routes');

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
	);
}

/** The lazily loaded features a route folder's layouts (its own and its parents') load for it. */
function featuresLoadedAt(dir: string, readLayout: (file: string) => string | null): Set<string> {
	const loaded = new Set<string>();
	for (let at = dir; at === ROUTES || at.startsWith(ROUTES + sep); at = dirname(at)) {
		const layout = readLayout(join(at, '+layout.ts'));
		for (const [, args] of layout?.matchAll(/(?:withMessages|loadFeatureMessages)\(([^)]*)\)/g) ?? [])
			for (const [, feature] of args!.matchAll(/['"]([a-z]+)['"]/g)) loaded.add(feature!);
	}
	return loaded;
}

type Tables = Record<string, Record<string, string> | undefined>;

/**
 * Every message a component names that the browser would not have when the component shows:
 * one missing from the tables every page loads, a server-only one, or one of a lazily loaded
 * feature named by a component whose route does not load it (a shared component in src/lib
 * never may: it shows on routes that do not).
 */
function missingMessages(components: { file: string; source: string }[], browser: Tables, lazy: Tables, readLayout: (file: string) => string | null): string[] {
	const missing: string[] = [];
	for (const { file, source } of components) {
		const loaded = file.startsWith(ROUTES + sep) ? featuresLoadedAt(dirname(file), readLayout) : new Set<string>();
		for (const [, feature, key] of source.matchAll(/\bt\(\s*['"`]([a-z]+)\.([A-Za-z0-9_.]+)['"`]/g)) {
			const where = `${feature}.${key} in ${relative('.', file)}`;
			if (SERVER_ONLY.includes(feature!)) missing.push(`${where}: server-only`);
			else if ((LAZY_FEATURES as string[]).includes(feature!)) {
				if (!loaded.has(feature!)) missing.push(`${where}: its route does not load '${feature}'`);
				else if (lazy[feature!]?.[key!] === undefined) missing.push(`${where}: no such message`);
			} else if (browser[feature!]?.[key!] === undefined) missing.push(`${where}: no such message`);
		}
		// A key put together at run time (t(`plan.status.${status}`)) still names its feature.
		for (const [, feature] of source.matchAll(/\bt\(\s*`([a-z]+)\.[A-Za-z0-9_.]*\$\{/g))
			if ((LAZY_FEATURES as string[]).includes(feature!) && !loaded.has(feature!)) missing.push(`${feature}.… in ${relative('.', file)}: its route does not load '${feature}'`);
	}
	return missing;
}

const readLayout = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const components = () => svelteFiles('src').map((file) => ({ file, source: readFileSync(file, 'utf8') }));

describe('messages the browser loads per language', () => {
	it("are the server's messages, feature by feature, but for the server-only and the lazily loaded ones", () => {
		expect(LAZY_FEATURES).toEqual(expect.arrayContaining(['editor', 'plan', 'account', 'admin']));
		for (const [browser, server] of [
			[en, catalog.en],
			[nl, catalog.nl]
		] as const) {
			const shown = Object.fromEntries(Object.entries(server).filter(([feature]) => !SERVER_ONLY.includes(feature) && !(LAZY_FEATURES as string[]).includes(feature)));
			expect(server.input).toBeDefined();
			expect(browser).toEqual(shown);
		}
	});

	it('hold every message a component names, a lazily loaded one where its route loads it', () => {
		const all = components();
		expect(all.flatMap((c) => [...c.source.matchAll(/\bt\(\s*['"`]editor\./g)]).length).toBeGreaterThan(100);
		for (const [browser, server] of [
			[en, catalog.en],
			[nl, catalog.nl]
		] as const)
			expect(missingMessages(all, browser, server, readLayout)).toEqual([]);
	});

	it('name a component that uses a lazily loaded message on a route that does not load it', () => {
		const planner = { file: join(ROUTES, '[[lang=locale]]', 'plan', 'Nav.svelte'), source: "{t('editor.error.url')} {t('common.navEdit')}" };
		const shared = { file: join('src', 'lib', 'components', 'Nav.svelte'), source: "{t('editor.error.url')}" };
		const editPage = { file: join(ROUTES, '[[lang=locale]]', 'edit', '[kind]', 'Nav.svelte'), source: "{t('editor.error.url')} {t('editor.noSuchKey')}" };
		const account = { file: join(ROUTES, '[[lang=locale]]', 'account', 'Roles.svelte'), source: "{t(`account.role.${role}`)} {t(`admin.kind.${kind}`)}" };
		expect(missingMessages([planner, shared, editPage, account], en, catalog.en, readLayout)).toEqual([
			`editor.error.url in ${planner.file}: its route does not load 'editor'`,
			`editor.error.url in ${shared.file}: its route does not load 'editor'`,
			`editor.noSuchKey in ${editPage.file}: no such message`,
			`admin.… in ${account.file}: its route does not load 'admin'`
		]);
	});
});
