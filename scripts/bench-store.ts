// npm run bench:store -- --store embedded|neo4j [--json] [--calls 200] [--dir graph-seed] [--synthetic 3000]
//
// Store benchmark, to compare the embedded (SQLite) and Neo4j adapters side by side:
//   seed load     replaceNetwork of the seed into a fresh network id (and once more with the same content)
//   snapshot      readNetwork + buildSnapshot, what an app instance does when the version changes
//   version poll  networkVersion, the one store round trip every request makes
//   route calls   what a route API call does in-process: SnapshotCache.get (version check) +
//                 the prepared routing network (memoised per version) + planRoutes
// Embedded runs on a temporary SQLite file; neo4j uses NEO4J_URI / NEO4J_USERNAME /
// NEO4J_PASSWORD / NEO4J_DATABASE and a namespace it removes afterwards, so real networks in
// that database are never touched. --synthetic N replaces the seed by a generated network of
// N stations (to see how the stores scale). Figures, not assertions: tests never time anything.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { NetworkContent, checkReferences, type NetworkMeta } from '../src/lib/schemas';
import { parseConfig } from '../src/lib/server/config';
import { loadSeedDirectory, SeedError } from '../src/lib/server/seed/load';
import { buildSnapshot } from '../src/lib/server/services/snapshot';
import { SnapshotCache } from '../src/lib/server/services/snapshot-cache';
import { SqliteGraphStore } from '../src/lib/server/store/sqlite/graph-store';
import type { Actor, GraphStore } from '../src/lib/server/store/types';
import { envWithStore, parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const asJson = args.json === true;
const log = (line: string) => {
	if (!asJson) console.log(line);
};
const fail = (message: string): never => {
	console.error(`bench:store: ${message}`);
	process.exit(1);
};

const storeKind = args.store === undefined ? 'embedded' : args.store;
if (storeKind !== 'embedded' && storeKind !== 'neo4j') fail(`--store must be embedded or neo4j (got '${String(storeKind)}')`);
const calls = typeof args.calls === 'string' ? Number(args.calls) : 200;
if (!Number.isInteger(calls) || calls < 1) fail(`--calls must be a positive whole number (got '${String(args.calls)}')`);
const synthetic = typeof args.synthetic === 'string' ? Number(args.synthetic) : null;
if (synthetic !== null && (!Number.isInteger(synthetic) || synthetic < 10)) fail(`--synthetic must be a whole number of stations, at least 10`);
const dir = typeof args.dir === 'string' ? args.dir : 'graph-seed';

const actor: Actor = { userId: null, label: 'bench:store' };
const stamp = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	return { p50: round(percentile(sorted, 50), 3), p95: round(percentile(sorted, 95), 3), max: round(sorted.at(-1) ?? 0, 3), n: times.length };
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
	const start = performance.now();
	const value = await work();
	return [value, round(performance.now() - start)];
}

/** A small deterministic generator (xorshift32), so synthetic networks are the same on every run. */
function randomSource(seed: number): () => number {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x >>>= 0;
		x ^= x >>> 17;
		x ^= x << 5;
		x >>>= 0;
		return x / 4294967296;
	};
}

/** A valid network of `stations` stations with ESCO-like proportions (skills, requirements, modules). */
function syntheticNetwork(stations: number): { meta: NetworkMeta; content: NetworkContent } {
	const rnd = randomSource(42);
	const pick = (n: number) => Math.floor(rnd() * n);
	const t = (s: string) => ({ nl: `${s} (nl)`, en: s });
	const id = (p: string, i: number) => `${p}-${String(i).padStart(5, '0')}`;
	const skillCount = stations * 4;
	const regions = Array.from({ length: 12 }, (_, i) => ({ id: id('region', i), label: t(`Region ${i}`), province: `PV${20 + i}`, demand: [] }));
	const organisations = Array.from({ length: 20 }, (_, i) => ({ id: id('org', i), label: t(`Organisation ${i}`), kind: 'company' as const }));
	const skills = Array.from({ length: skillCount }, (_, i) => ({ id: id('skill', i), label: t(`Skill ${i}`) }));
	const certificates = Array.from({ length: 50 }, (_, i) => ({ id: id('cert', i), label: t(`Certificate ${i}`), validityYears: 5, pointsPerYear: 4 }));
	const salaryBands = Array.from({ length: 10 }, (_, i) => ({
		id: id('band', i),
		label: t(`Band ${i}`),
		min: 2200 + 300 * i,
		median: 2500 + 300 * i,
		max: 2800 + 300 * i,
		currency: 'EUR' as const,
		source: 'synthetic',
		year: 2025,
		estimate: true
	}));
	const stationList = Array.from({ length: stations }, (_, i) => {
		const need = new Set<number>();
		while (need.size < 20) need.add(pick(skillCount));
		return {
			id: id('station', i),
			label: t(`Station ${i}`),
			level: 1 + (i % 8),
			requires: [...need].map((s) => ({ skill: id('skill', s), essential: rnd() < 0.7, level: 1 + pick(5) })),
			salaryBand: id('band', i % 10),
			regions: [id('region', pick(12))],
			certificates: rnd() < 0.1 ? [id('cert', pick(50))] : []
		};
	});
	const lines = Array.from({ length: Math.max(1, Math.floor(stations / 10)) }, (_, l) => {
		const stops = new Set<number>();
		for (let i = 0; i < 10; i++) stops.add((l * 10 + i) % stations);
		while (stops.size < 14) stops.add(pick(stations));
		return {
			id: id('line', l),
			label: t(`Line ${l}`),
			colour: '#336699',
			stops: [...stops].map((s, i) => (i === 0 ? { station: id('station', s) } : { station: id('station', s), months: 6 + pick(30) }))
		};
	});
	const modules = Array.from({ length: Math.floor(stations / 1.5) }, (_, m) => {
		const teaches = new Set<number>();
		const n = 3 + pick(6);
		while (teaches.size < n) teaches.add(pick(skillCount));
		const closed = rnd() < 0.1;
		return {
			id: id('module', m),
			label: t(`Module ${m}`),
			kind: 'online' as const,
			hours: 4 + pick(120),
			price: pick(2000),
			currency: 'EUR' as const,
			language: 'nl' as const,
			provider: 'Synthetic',
			visibility: closed ? ('closed' as const) : ('public' as const),
			...(closed ? { organisation: id('org', pick(20)) } : {}),
			teaches: [...teaches].map((s) => ({ skill: id('skill', s), level: 1 + pick(5) })),
			points: pick(5),
			certificates: []
		};
	});
	const learningTracks = Array.from({ length: Math.floor(modules.length / 20) }, (_, i) => ({
		id: id('track', i),
		label: t(`Track ${i}`),
		modules: [modules[(i * 3) % modules.length]!.id, modules[(i * 3 + 1) % modules.length]!.id]
	}));
	const curricula = Array.from({ length: Math.floor(stations / 20) }, (_, i) => ({
		id: id('curriculum', i),
		label: t(`Curriculum ${i}`),
		school: id('org', i % 20),
		level: 'mbo-3' as const,
		leadsTo: [id('station', pick(stations))],
		teaches: [{ skill: id('skill', pick(skillCount)), level: 2 }]
	}));
	const content = NetworkContent.parse({ organisations, regions, skills, certificates, salaryBands, stations: stationList, lines, modules, learningTracks, curricula });
	const issues = checkReferences(content);
	if (issues.length) throw new Error(`synthetic network is inconsistent: ${issues[0]!.message}`);
	return { meta: { id: 'synthetic', label: t('Synthetic network'), source: 'bench:store' }, content };
}

function loadSource(): { meta: NetworkMeta; content: NetworkContent; origin: string } {
	if (synthetic !== null) return { ...syntheticNetwork(synthetic), origin: `synthetic, ${synthetic} stations` };
	if (!existsSync(join(dir, 'network.yaml'))) fail(`no seed network in ${dir}/ (network.yaml missing); pass --dir or --synthetic N`);
	try {
		return { ...loadSeedDirectory(dir), origin: dir };
	} catch (e) {
		return fail(e instanceof SeedError ? e.message : (e as Error).message);
	}
}

type Cleanup = () => Promise<void>;

async function openStore(): Promise<{ store: GraphStore; cleanup: Cleanup; where: string }> {
	if (storeKind === 'embedded') {
		const tmp = mkdtempSync(join(tmpdir(), 'vakmetro-bench-'));
		const file = join(tmp, 'bench.db');
		const store = new SqliteGraphStore(file);
		return { store, where: `temporary SQLite file ${file}`, cleanup: async () => rmSync(tmp, { recursive: true, force: true }) };
	}
	const config = parseConfig({ ...envWithStore(args), GRAPH_STORE: 'neo4j' });
	const { openNeo4jStore } = await import('../src/lib/server/store/neo4j');
	const store = await openNeo4jStore(config, { namespace: `bench-${stamp}` });
	return { store, where: `${config.NEO4J_URI} database '${config.NEO4J_DATABASE}' (namespace bench-${stamp}, removed afterwards)`, cleanup: () => store.dropNamespace() };
}

interface RoutingModules {
	prepareNetwork: (data: never) => unknown;
	planRoutes: (prepared: never, query: { from: string; to: string; k?: number; hoursPerWeek?: number }) => { routes: unknown[] };
	toRoutingData: (content: NetworkContent) => unknown;
}

/** The routing engine and its adapter are written alongside this script; use them once they exist. */
async function loadRouting(): Promise<RoutingModules | string> {
	const missing = ['src/lib/engine/routing/index.ts', 'src/lib/server/services/routing-data.ts'].filter((p) => !existsSync(p));
	if (missing.length) return `TODO: route calls not measured yet; ${missing.join(' and ')} not there yet`;
	const engine = (await import('../src/lib/engine/routing/index')) as unknown as Pick<RoutingModules, 'prepareNetwork' | 'planRoutes'>;
	const adapter = (await import('../src/lib/server/services/routing-data' as string)) as Pick<RoutingModules, 'toRoutingData'>;
	return { ...engine, toRoutingData: adapter.toRoutingData };
}

/** Origin-destination pairs a person would ask for: mostly later stops of a line they are on. */
function routeQueries(content: NetworkContent, count: number) {
	const rnd = randomSource(7);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
	const queries: { from: string; to: string; k: number; hoursPerWeek: number }[] = [];
	const lines = content.lines.filter((l) => l.stops.length >= 2);
	for (let i = 0; i < count && content.stations.length >= 2; i++) {
		let from: string;
		let to: string;
		if (lines.length && rnd() < 0.9) {
			const stops = pick(lines).stops;
			const a = Math.floor(rnd() * (stops.length - 1));
			from = stops[a]!.station;
			to = stops[a + 1 + Math.floor(rnd() * (stops.length - a - 1))]!.station;
		} else {
			from = pick(content.stations).id;
			to = pick(content.stations.filter((s) => s.id !== from)).id;
		}
		queries.push({ from, to, k: 5, hoursPerWeek: 8 });
	}
	return queries;
}

const source = loadSource();
const networkId = `${source.meta.id}-bench-${stamp}`;
const meta = { ...source.meta, id: networkId };
const counts = Object.fromEntries(Object.entries(source.content).map(([k, v]) => [k, (v as unknown[]).length]));

let opened: Awaited<ReturnType<typeof openStore>>;
try {
	opened = await openStore();
} catch (e) {
	fail((e as Error).message);
}
const { store, cleanup, where } = opened!;
const out: Record<string, unknown> = { store: store.kind, where, node: process.version, source: source.origin, counts, calls };
log(`bench:store — ${store.kind} store on ${where}`);
log(`  network      ${source.origin}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);

try {
	const [, migrateMs] = await timed(() => store.migrate());
	const [version, seedLoadMs] = await timed(() => store.replaceNetwork(meta, source.content, actor, { expectedNetworkVersion: 0 }));
	const [, reloadMs] = await timed(() => store.replaceNetwork(meta, source.content, actor, { expectedNetworkVersion: version }));
	out.migrateMs = migrateMs;
	out.seedLoadMs = seedLoadMs;
	out.reloadSameMs = reloadMs;
	log(`  migrate      ${migrateMs} ms`);
	log(`  seed load    ${seedLoadMs} ms  (replaceNetwork into fresh id '${networkId}'); again with the same content ${reloadMs} ms`);

	const [stored, readMs] = await timed(() => store.readNetwork(networkId));
	if (!stored) throw new Error(`network '${networkId}' vanished after loading`);
	const exact = isDeepStrictEqual(stored.content, source.content);
	const [, buildMs] = await timed(() => buildSnapshot(stored.meta, stored.version, stored.content));
	out.snapshot = { readMs, buildMs, totalMs: round(readMs + buildMs), roundTripExact: exact };
	log(`  snapshot     ${round(readMs + buildMs)} ms  (readNetwork ${readMs} ms + buildSnapshot ${buildMs} ms); read back ${exact ? 'exactly' : 'NOT exactly'} what was written`);

	const versionTimes: number[] = [];
	for (let i = 0; i < calls; i++) {
		const start = performance.now();
		await store.networkVersion(networkId);
		versionTimes.push(performance.now() - start);
	}
	out.versionPollMs = stats(versionTimes);
	const vp = out.versionPollMs as ReturnType<typeof stats>;
	log(`  version poll p50 ${vp.p50} ms · p95 ${vp.p95} ms · max ${vp.max} ms  (${calls} networkVersion calls)`);

	const routing = await loadRouting();
	if (typeof routing === 'string') {
		out.routeCalls = { skipped: routing };
		log(`  route calls  ${routing}`);
	} else {
		// Poll interval 0: every call asks the store for the version, the worst case for a shared store.
		const cache = new SnapshotCache(store, 0);
		const prepared = (await cache.get(networkId)).derive('routing', (s) => routing.prepareNetwork(routing.toRoutingData(s.content) as never));
		const queries = routeQueries(source.content, calls);
		for (const q of queries.slice(0, 20)) routing.planRoutes(prepared as never, q);
		const times: number[] = [];
		let withRoutes = 0;
		for (const q of queries) {
			const start = performance.now();
			const snapshot = await cache.get(networkId);
			const net = snapshot.derive('routing', (s) => routing.prepareNetwork(routing.toRoutingData(s.content) as never));
			const result = routing.planRoutes(net as never, q);
			times.push(performance.now() - start);
			if (result.routes.length) withRoutes++;
		}
		out.routeCallMs = { ...stats(times), withRoutes };
		const rc = out.routeCallMs as ReturnType<typeof stats>;
		log(`  route calls  p50 ${rc.p50} ms · p95 ${rc.p95} ms · max ${rc.max} ms  (${queries.length} calls: version check + planRoutes, k=5; ${withRoutes} found routes)`);
	}
} catch (e) {
	console.error(`bench:store: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	await cleanup().catch((e: unknown) => console.error(`bench:store: clean-up failed: ${(e as Error).message}`));
	await store.close();
}
if (asJson && process.exitCode !== 1) console.log(JSON.stringify(out));
