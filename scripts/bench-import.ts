// node --import tsx scripts/bench-import.ts [--esco ../shared/data/esco-v1.1.1] [--queries 200] [--json]
// Full ESCO import at real scale: import time and peak memory, write and snapshot time, search
// query times and — once the routing engine and its adapter exist — route query p50/p95 on the
// imported network. Figures, not assertions: tests never time anything.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NetworkContent } from '../src/lib/schemas';
import { importEsco } from '../src/lib/server/import/esco-import';
import { IMPORT_ACTOR } from '../src/lib/server/import/import-taxonomy';
import { search } from '../src/lib/server/services/network-views';
import { buildSnapshot } from '../src/lib/server/services/snapshot';
import { SqliteGraphStore } from '../src/lib/server/store/sqlite/graph-store';
import { ANONYMOUS } from '../src/lib/server/viewer';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const folder = typeof args.esco === 'string' ? args.esco : '../shared/data/esco-v1.1.1';
const queryCount = typeof args.queries === 'string' ? Number(args.queries) : 200;
const asJson = args.json === true;
const log = (line: string) => {
	if (!asJson) console.log(line);
};

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const value = await work();
	return [value, performance.now() - start];
}

function percentiles(ms: number[]): { p50: number; p95: number; max: number } {
	const sorted = [...ms].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	const round = (v: number) => Math.round(v * 100) / 100;
	return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? NaN) };
}

/** mulberry32: the same pairs on every machine. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Routing {
	prepareNetwork: (data: never) => unknown;
	planRoutes: (net: never, query: { from: string; to: string }) => { routes: unknown[] };
	toRoutingData: (content: NetworkContent) => unknown;
}

/** The routing adapter is written alongside this script; route times are measured once it exists. */
async function loadRouting(): Promise<Routing | string> {
	const missing = ['src/lib/engine/routing/index.ts', 'src/lib/server/services/routing-data.ts'].filter((p) => !existsSync(p));
	if (missing.length > 0) return `not measured: ${missing.join(' and ')} missing`;
	const engine = (await import('../src/lib/engine/routing/index')) as unknown as Pick<Routing, 'prepareNetwork' | 'planRoutes'>;
	const adapter = (await import('../src/lib/server/services/routing-data' as string)) as Pick<Routing, 'toRoutingData'>;
	return { ...engine, toRoutingData: adapter.toRoutingData };
}

/** Trips a person would plan: from a station on a line to another station on some line. */
function tripPairs(content: NetworkContent, count: number): { from: string; to: string }[] {
	const rnd = random(11);
	const onLines = [...new Set(content.lines.flatMap((l) => l.stops.map((s) => s.station)))].sort();
	const pick = () => onLines[Math.floor(rnd() * onLines.length)]!;
	const pairs: { from: string; to: string }[] = [];
	while (pairs.length < count && onLines.length > 1) {
		const from = pick();
		const to = pick();
		if (from !== to) pairs.push({ from, to });
	}
	return pairs;
}

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-bench-import-'));
try {
	const [imported, importMs] = await timed(() => importEsco(folder));
	const importPeak = peakRss;
	const store = new SqliteGraphStore(join(dir, 'bench.db'));
	await store.migrate();
	const [, writeMs] = await timed(() => store.replaceNetwork(imported.meta, imported.content, IMPORT_ACTOR));
	const [stored, readMs] = await timed(async () => (await store.readNetwork(imported.meta.id))!);
	await store.close();
	const [snap, snapshotMs] = await timed(() => buildSnapshot(stored.meta, stored.version, stored.content));
	const [, indexMs] = await timed(() => search(snap, 'warm up the index', ANONYMOUS));
	const words = [...new Set(snap.searchEntries.flatMap((e) => e.words))].sort();
	/** Type-ahead as people type it: a letter, a few letters, a word, a word and the start of the next. */
	const searchQueries = (seed: number, count: number) => {
		const rnd = random(seed);
		const word = () => words[Math.floor(rnd() * words.length)]!;
		return Array.from({ length: count }, (_, i) => {
			const w = word();
			return [w.slice(0, 1), w.slice(0, 3), w, `${w} ${word().slice(0, 2)}`][i % 4]!;
		});
	};
	// A running server has compiled the search code long ago; measure it warm, like that.
	for (const q of searchQueries(3, 100)) search(snap, q, ANONYMOUS);
	const searchTimes: number[] = [];
	for (const q of searchQueries(5, queryCount)) searchTimes.push((await timed(() => search(snap, q, ANONYMOUS)))[1]);

	const routing = await loadRouting();
	let routes: Record<string, unknown> | string = typeof routing === 'string' ? routing : {};
	if (typeof routing !== 'string') {
		const [prepared, prepareMs] = await timed(() => routing.prepareNetwork(routing.toRoutingData(stored.content) as never));
		const times: number[] = [];
		let found = 0;
		for (const trip of tripPairs(stored.content, queryCount)) {
			const [result, ms] = await timed(() => routing.planRoutes(prepared as never, trip));
			times.push(ms);
			if (result.routes.length > 0) found++;
		}
		routes = { prepareMs: Math.round(prepareMs), queries: times.length, withRoute: found, ...percentiles(times) };
	}
	const r = imported.report;
	const figures = {
		network: `${r.imported.stations} stations, ${r.imported.skills} skills, ${r.imported.requirements} requirements, ${r.imported.lines} lines`,
		importMs: Math.round(importMs),
		importPeakRssMiB: mib(importPeak),
		writeMs: Math.round(writeMs),
		readMs: Math.round(readMs),
		snapshotMs: Math.round(snapshotMs),
		searchIndexMs: Math.round(indexMs),
		searchMs: percentiles(searchTimes),
		routeMs: routes,
		peakRssMiB: mib(Math.max(peakRss, process.memoryUsage().rss))
	};
	if (asJson) console.log(JSON.stringify(figures, null, 2));
	else {
		log(`bench-import: ESCO from ${folder}: ${figures.network}`);
		log(`  import (read, derive, validate): ${figures.importMs} ms, peak RSS ${figures.importPeakRssMiB} MiB`);
		log(`  write to SQLite: ${figures.writeMs} ms; read back: ${figures.readMs} ms; snapshot: ${figures.snapshotMs} ms; search index: ${figures.searchIndexMs} ms`);
		log(`  search, ${queryCount} queries: p50 ${figures.searchMs.p50} ms, p95 ${figures.searchMs.p95} ms, max ${figures.searchMs.max} ms`);
		log(`  routes: ${typeof routes === 'string' ? routes : JSON.stringify(routes)}`);
		log(`  peak RSS overall: ${figures.peakRssMiB} MiB`);
	}
} finally {
	clearInterval(sampler);
	rmSync(dir, { recursive: true, force: true });
}
