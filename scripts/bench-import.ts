// node --import tsx scripts/bench-import.ts [--esco ../shared/data/esco-v1.1.1] [--queries 200] [--json]
// Full ESCO import at real scale: import time and peak memory, write and snapshot time, search
// query times and — once the routing engine and its adapter exist — route query p50/p95 on the
// imported network. Figures, not assertions: tests never time anything.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NetworkContent } from '../src/lib/schemas';
import { RECOMMENDED_BRIDGE_THRESHOLD, deriveBridges, type Bridge } from '../src/lib/server/import/bridges';
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

/** Wall and CPU milliseconds of one synchronous call; on a busy machine the CPU time is the steadier figure. */
function clocked<T>(work: () => T, wall: number[], cpu: number[]): T {
	const startCpu = process.cpuUsage();
	const start = performance.now();
	const value = work();
	wall.push(performance.now() - start);
	const used = process.cpuUsage(startCpu);
	cpu.push((used.user + used.system) / 1000);
	return value;
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
	toRoutingData: (content: NetworkContent, options: { bridges: readonly Bridge[] }) => unknown;
}

/** The routing adapter is written alongside this script; route times are measured once it exists. */
async function loadRouting(): Promise<Routing | string> {
	const missing = ['src/lib/engine/routing/index.ts', 'src/lib/server/services/routing-data.ts'].filter((p) => !existsSync(p));
	if (missing.length > 0) return `not measured: ${missing.join(' and ')} missing`;
	const engine = (await import('../src/lib/engine/routing/index')) as unknown as Pick<Routing, 'prepareNetwork' | 'planRoutes'>;
	const adapter = (await import('../src/lib/server/services/routing-data' as string)) as Pick<Routing, 'toRoutingData'>;
	return { ...engine, toRoutingData: adapter.toRoutingData };
}

type Trip = { from: string; to: string; kind: 'ride' | 'bridge-then-ride' | 'random' };

/**
 * Trips of three kinds, a third each: riding a line to a later stop; walking a bridge to a line
 * and riding it; and random pairs of stations on lines (mostly without a route, since the derived
 * lines only go up — the planner must say so quickly too).
 */
function trips(content: NetworkContent, bridges: readonly Bridge[], count: number): Trip[] {
	const rnd = random(11);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
	const neighbours = new Map<string, string[]>();
	for (const b of bridges) {
		neighbours.set(b.from, [...(neighbours.get(b.from) ?? []), b.to]);
		neighbours.set(b.to, [...(neighbours.get(b.to) ?? []), b.from]);
	}
	const onLines = [...new Set(content.lines.flatMap((l) => l.stops.map((s) => s.station)))].sort();
	const result: Trip[] = [];
	while (result.length < count && onLines.length > 1) {
		const line = pick(content.lines);
		const i = Math.floor(rnd() * (line.stops.length - 1));
		const to = line.stops[i + 1 + Math.floor(rnd() * (line.stops.length - 1 - i))]!.station;
		const kind = (['ride', 'bridge-then-ride', 'random'] as const)[result.length % 3]!;
		if (kind === 'ride') result.push({ from: line.stops[i]!.station, to, kind });
		else if (kind === 'bridge-then-ride') {
			const from = (neighbours.get(line.stops[i]!.station) ?? []).find((n) => !line.stops.some((s) => s.station === n));
			if (from) result.push({ from, to, kind });
		} else {
			const [from, other] = [pick(onLines), pick(onLines)];
			if (from !== other) result.push({ from, to: other, kind });
		}
	}
	return result;
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
	const searchCpu: number[] = [];
	for (const q of searchQueries(5, queryCount)) clocked(() => search(snap, q, ANONYMOUS), searchTimes, searchCpu);

	const routing = await loadRouting();
	let routes: Record<string, unknown> | string = typeof routing === 'string' ? routing : {};
	if (typeof routing !== 'string') {
		const [bridges, bridgesMs] = await timed(() => deriveBridges(stored.content, RECOMMENDED_BRIDGE_THRESHOLD.esco));
		const [prepared, prepareMs] = await timed(() => routing.prepareNetwork(routing.toRoutingData(stored.content, { bridges }) as never));
		const times: number[] = [];
		const cpu: number[] = [];
		const found: Record<Trip['kind'], string> = { ride: '', 'bridge-then-ride': '', random: '' };
		const planned = trips(stored.content, bridges, queryCount);
		for (const kind of Object.keys(found) as Trip['kind'][]) {
			let withRoute = 0;
			const ofKind = planned.filter((t) => t.kind === kind);
			for (const { from, to } of ofKind) {
				const result = clocked(() => routing.planRoutes(prepared as never, { from, to }), times, cpu);
				if (result.routes.length > 0) withRoute++;
			}
			found[kind] = `${withRoute}/${ofKind.length} with a route`;
		}
		routes = { bridges: bridges.length, bridgesMs: Math.round(bridgesMs), prepareMs: Math.round(prepareMs), queries: times.length, ...found, wall: percentiles(times), cpu: percentiles(cpu) };
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
		searchMs: { wall: percentiles(searchTimes), cpu: percentiles(searchCpu) },
		routeMs: routes,
		peakRssMiB: mib(Math.max(peakRss, process.memoryUsage().rss)),
		// Figures from a busy machine are slower; the load says how busy it was.
		loadAverage: loadavg().map((l) => Math.round(l * 10) / 10)
	};
	if (asJson) console.log(JSON.stringify(figures, null, 2));
	else {
		log(`bench-import: ESCO from ${folder}: ${figures.network}`);
		log(`  import (read, derive, validate): ${figures.importMs} ms, peak RSS ${figures.importPeakRssMiB} MiB`);
		log(`  write to SQLite: ${figures.writeMs} ms; read back: ${figures.readMs} ms; snapshot: ${figures.snapshotMs} ms; search index: ${figures.searchIndexMs} ms`);
		const line = (p: { p50: number; p95: number; max: number }) => `p50 ${p.p50} ms, p95 ${p.p95} ms, max ${p.max} ms`;
		log(`  search, ${queryCount} queries: wall ${line(figures.searchMs.wall)}; CPU ${line(figures.searchMs.cpu)}`);
		log(`  routes: ${typeof routes === 'string' ? routes : JSON.stringify(routes)}`);
		log(`  peak RSS overall: ${figures.peakRssMiB} MiB; load average ${figures.loadAverage.join(' ')} on ${availableParallelism()} cores`);
	}
} finally {
	clearInterval(sampler);
	rmSync(dir, { recursive: true, force: true });
}
