// npm run import -- esco|onet <folder> [--store embedded|neo4j] [--json] [--network id] [--wages file]
//                  [--bridge-threshold 0.5] [--containment 0.6] [--min-shared 3] [--allow-shrink] [--allow-unknown-ids]
// Reads a taxonomy release into its own network (esco, onet), all or nothing. Progress goes to
// stderr, the report to stdout (--json: machine-readable). A source that looks broken (an empty
// file, many relation rows to unknown ids, far fewer stations than the network it replaces) is
// refused with exit code 1 unless the matching --allow-… flag says it is intended.
import { parseConfig } from '../src/lib/server/config';
import { ImportError } from '../src/lib/server/import/errors';
import { importTaxonomy } from '../src/lib/server/import/import-taxonomy';
import { textProgressBar } from '../src/lib/server/import/progress-bar';
import { formatReport, type TaxonomySource } from '../src/lib/server/import/report';
import { createGraphStore } from '../src/lib/server/store';
import { envWithStore } from './cli-args';

const USAGE = 'usage: npm run import -- esco|onet <folder> [--store embedded|neo4j] [--json] [--network id] [--wages file] [--bridge-threshold 0.5] [--containment 0.6] [--min-shared 3] [--allow-shrink] [--allow-unknown-ids]';
const SWITCHES = new Set(['json', 'allow-shrink', 'allow-unknown-ids']);

/** Positionals and flags in any order; unlike cli-args' parser, `--json` never swallows the next word. */
function splitArgs(argv: string[]): { positionals: string[]; flags: Record<string, string | true> } {
	const positionals: string[] = [];
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (!a.startsWith('--')) positionals.push(a);
		else if (a.includes('=')) flags[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
		else if (SWITCHES.has(a.slice(2)) || argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) flags[a.slice(2)] = true;
		else flags[a.slice(2)] = argv[++i]!;
	}
	return { positionals, flags };
}

function ratio(flags: Record<string, string | true>, name: string): number | undefined {
	const raw = flags[name];
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (raw === true || !(value > 0 && value <= 1)) throw new ImportError(`import: --${name} must be a number in (0, 1] (got '${String(raw)}')`);
	return value;
}

function count(flags: Record<string, string | true>, name: string): number | undefined {
	const raw = flags[name];
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (raw === true || !Number.isInteger(value) || value < 1) throw new ImportError(`import: --${name} must be a whole number ≥ 1 (got '${String(raw)}')`);
	return value;
}

const { positionals, flags } = splitArgs(process.argv.slice(2));
const [source, folder] = positionals;
if ((source !== 'esco' && source !== 'onet') || !folder) {
	console.error(USAGE);
	process.exit(2);
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const started = performance.now();
try {
	const config = parseConfig(envWithStore(flags));
	const store = await createGraphStore(config);
	try {
		await store.migrate();
		const { version, report } = await importTaxonomy(store, source as TaxonomySource, folder, {
			progress: textProgressBar(process.stderr),
			...(typeof flags.network === 'string' ? { network: flags.network } : {}),
			...(typeof flags.wages === 'string' ? { wages: flags.wages } : {}),
			bridgeThreshold: ratio(flags, 'bridge-threshold'),
			containment: ratio(flags, 'containment'),
			minShared: count(flags, 'min-shared'),
			allowShrink: flags['allow-shrink'] === true,
			allowUnknownIds: flags['allow-unknown-ids'] === true
		});
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
		const seconds = (performance.now() - started) / 1000;
		if (flags.json) console.log(JSON.stringify({ ...report, version, seconds, peakRssBytes: peakRss }, null, 2));
		else
			console.log(
				`${formatReport(report)}\n  written: network '${report.network}' version ${version} in the ${store.kind} store` +
					`\n  took ${seconds.toFixed(1)} s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`
			);
	} finally {
		await store.close();
	}
} catch (e) {
	if (e instanceof ImportError) {
		console.error(e.message);
		for (const issue of e.issues) console.error(`  ${issue}`);
	} else console.error(`import: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	clearInterval(sampler);
}
