import type { Config } from '../src/lib/server/config';
import type { GraphStore } from '../src/lib/server/store/types';

/** Tiny flag parser for the scripts: `--store neo4j --json` → { store: 'neo4j', json: true }. */
export function parseArgs(argv: string[]): Record<string, string | true> {
	const out: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (!a.startsWith('--')) continue;
		const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
		if (inline !== undefined) out[key] = inline;
		else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out[key] = argv[++i]!;
		else out[key] = true;
	}
	return out;
}

/** Applies `--store` to the environment the config is parsed from. */
export function envWithStore(args: Record<string, string | true>): Record<string, string | undefined> {
	const env = { ...process.env };
	if (typeof args.store === 'string') env.GRAPH_STORE = args.store;
	return env;
}

/**
 * Runs a script's work against the configured graph store (`--store` overrides GRAPH_STORE):
 * opens and migrates it, closes it afterwards, and turns any failure into one line on stderr
 * prefixed with the script's name and exit code 1.
 */
export async function withGraphStore(
	name: string,
	argv: string[],
	work: (store: GraphStore, config: Config, args: Record<string, string | true>) => Promise<void>,
	describeError: (e: unknown) => string | null = () => null
): Promise<void> {
	const { parseConfig } = await import('../src/lib/server/config');
	const { createGraphStore } = await import('../src/lib/server/store');
	const args = parseArgs(argv);
	try {
		const config = parseConfig(envWithStore(args));
		const store = await createGraphStore(config);
		try {
			await store.migrate();
			await work(store, config, args);
		} finally {
			await store.close();
		}
	} catch (e) {
		console.error(describeError(e) ?? `${name}: ${(e as Error).message}`);
		process.exit(1);
	}
}
