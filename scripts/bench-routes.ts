// npm run bench:routes [-- --json] [-- --queries 1000] [-- --seed 42] [-- --guests 3-7]
//                      [-- --network esco [--folder ../shared/data/esco-v1.1.1]] [-- --reach]
// Route planner benchmark: (a) the graph-seed network, (b) a generated network at ESCO scale
// (3,000 stations, 13,900 skills, 120,000 station-skill requirements, 300 lines, 2,000 modules).
// With --network esco: the real ESCO network instead, imported from its CSV files with derived
// lines and one-way bridges of the transition model (what `npm run import -- esco` stores), so the targets are checked on real data.
// Prints query time percentiles, Pareto bag sizes, routes returned, heap and prepare time.
// With --reach: "where can I get from here?" queries (explore: one start, a time and a study
// budget, every station within reach) on the same networks instead of routes.
// Figures, not assertions: tests never time anything.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
	explore,
	planRoutes,
	prepareNetwork,
	type ExploreQuery,
	type PreparedNetwork,
	type RouteQuery,
	type RoutingModule,
	type RoutingNetworkData,
	type RoutingStation
} from '../src/lib/engine/routing';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const asJson = args.json === true;
const queryCount = typeof args.queries === 'string' ? Number(args.queries) : 1000;
const seed = typeof args.seed === 'string' ? Number(args.seed) : 42;
// Stations from other tracks each generated line also stops at: 3-7 gives ~1.5 lines per
// station (a third of the stations are interchanges); 6-14 gives ~2, a denser, harder map.
const [guestsLo, guestsHi] = (typeof args.guests === 'string' ? args.guests : '3-7').split('-').map(Number) as [number, number];
const log = (line: string) => {
	if (!asJson) console.log(line);
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seedValue: number): () => number {
	let a = seedValue >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A career network shaped like the real thing at ESCO scale: each line is a track whose
 * stations grow in seniority and share a core of skills (so skills learned early pay off
 * later), stations also need widely used skills, and a third of the stations sit on a second
 * line (interchanges). Modules mostly teach a track's core skills; a tenth are closed to one
 * of 20 organisations; some skills are taught nowhere.
 */
export function generateEscoScale(seedValue: number): RoutingNetworkData {
	const rnd = random(seedValue);
	const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
	const SKILLS = 13_900;
	const STATIONS = 3_000;
	const LINES = 300;
	const MODULES = 2_000;
	const REQUIREMENTS = 120_000;
	const skill = (i: number) => `skill-${pad(i, 5)}`;
	// Popular skills are required everywhere (communication, safety …): a power-law pick.
	const popular = () => Math.floor(SKILLS * Math.pow(rnd(), 2.2));

	const perLine = STATIONS / LINES;
	const lineCore: number[][] = [];
	for (let l = 0; l < LINES; l++) {
		const core: number[] = [];
		for (let i = 0; i < 60; i++) core.push(int(0, SKILLS - 1));
		lineCore.push(core);
	}
	// Requirement counts per station around the mean, summing to exactly REQUIREMENTS; every
	// skill is required somewhere (ESCO lists no skill no occupation needs).
	const counts = Array.from({ length: STATIONS }, () => int(25, 55));
	let surplus = counts.reduce((a, b) => a + b, 0) - REQUIREMENTS;
	for (let s = 0; surplus !== 0; s = (s + 1) % STATIONS) {
		const step = surplus > 0 ? -1 : 1;
		if (counts[s]! + step < 5) continue;
		counts[s]! += step;
		surplus += step;
	}
	const chosen = counts.map(() => new Map<number, boolean>());
	for (let k = 0; k < SKILLS; k++) {
		let s = int(0, STATIONS - 1);
		while (chosen[s]!.size >= counts[s]!) s = (s + 1) % STATIONS;
		chosen[s]!.set(k, rnd() < 0.7);
	}
	const seniority: number[] = [];
	const stations: RoutingStation[] = [];
	for (let s = 0; s < STATIONS; s++) {
		const home = Math.floor(s / perLine);
		const pos = s % perLine;
		const level = Math.min(8, 1 + Math.floor((pos / perLine) * 7) + int(0, 1));
		seniority.push(level);
		const mine = chosen[s]!;
		while (mine.size < counts[s]!) {
			const k = rnd() < 0.6 ? lineCore[home]![int(0, 59)]! : popular();
			if (!mine.has(k)) mine.set(k, rnd() < 0.7);
		}
		const skillLevel = () => Math.max(1, Math.min(5, Math.round(level / 1.8) + int(-1, 1)));
		stations.push({
			id: `station-${pad(s, 4)}`,
			salaryMedian: rnd() < 0.05 ? null : Math.round(2200 + 380 * level + (rnd() - 0.5) * 600),
			requires: [...mine].map(([k, essential]) => ({ skill: skill(k), essential, level: skillLevel() })),
			certificates: rnd() < 0.1 ? [`cert-${pad(int(0, 49), 2)}`] : []
		});
	}

	// Lines: the home stations plus guests from other tracks, ordered by pay (which grows with
	// seniority) — a ladder of step-ups, as real career lines are: a hop down in pay is a setback
	// the planner takes only when asked.
	const pay = (s: number) => stations[s]!.salaryMedian ?? 2200 + 380 * seniority[s]!;
	const lines = [];
	for (let l = 0; l < LINES; l++) {
		const members = new Set<number>();
		for (let i = 0; i < perLine; i++) members.add(l * perLine + i);
		const guests = int(guestsLo, guestsHi);
		while (members.size < perLine + guests) members.add(int(0, STATIONS - 1));
		const stops = [...members].sort((a, b) => pay(a) - pay(b) || a - b);
		lines.push({
			id: `line-${pad(l, 3)}`,
			stops: stops.map((s) => stations[s]!.id),
			hopMonths: stops.slice(1).map(() => int(6, 36))
		});
	}

	const modules: RoutingModule[] = [];
	for (let m = 0; m < MODULES; m++) {
		const core = lineCore[int(0, LINES - 1)]!;
		const teaches = new Map<number, number>();
		const n = int(3, 10);
		while (teaches.size < n) teaches.set(rnd() < 0.75 ? core[int(0, 59)]! : popular(), int(1, 5));
		modules.push({
			id: `module-${pad(m, 4)}`,
			hours: int(4, 160),
			price: rnd() < 0.3 ? 0 : int(50, 2500),
			organisation: rnd() < 0.1 ? `org-${pad(int(0, 19), 2)}` : null,
			teaches: [...teaches].map(([k, level]) => ({ skill: skill(k), level })),
			awards: rnd() < 0.05 ? [`cert-${pad(int(0, 49), 2)}`] : []
		});
	}

	const bridges = [];
	for (let b = 0; b < 300; b++) {
		const a = int(0, STATIONS - 1);
		const c = int(0, STATIONS - 1);
		if (a !== c) bridges.push({ from: stations[a]!.id, to: stations[c]!.id, months: int(0, 6) });
	}
	return { stations, lines, modules, bridges };
}

/** Stations reachable from `from` within `maxTransfers`, riding forward (a plain BFS by rides). */
function reachableFrom(data: RoutingNetworkData, from: string, maxTransfers: number): string[] {
	const linesAt = new Map<string, { stops: readonly string[]; at: number }[]>();
	for (const line of data.lines)
		line.stops.forEach((s, at) => {
			const list = linesAt.get(s) ?? [];
			list.push({ stops: line.stops, at });
			linesAt.set(s, list);
		});
	const seen = new Set([from]);
	let frontier = [from];
	for (let ride = 0; ride <= maxTransfers && frontier.length > 0; ride++) {
		const next: string[] = [];
		for (const s of frontier)
			for (const { stops, at } of linesAt.get(s) ?? [])
				for (const t of stops.slice(at + 1))
					if (!seen.has(t)) {
						seen.add(t);
						next.push(t);
					}
		frontier = next;
	}
	seen.delete(from);
	return [...seen].sort();
}

function makeQueries(data: RoutingNetworkData, count: number, seedValue: number): RouteQuery[] {
	const rnd = random(seedValue);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	const onLines = [...new Set(data.lines.flatMap((l) => l.stops.slice(0, -1)))].sort();
	const orgs = [...new Set(data.modules.map((m) => m.organisation).filter((o): o is string => o !== null))].sort();
	const skills = [...new Set(data.stations.flatMap((s) => s.requires.map((r) => r.skill)))].sort();
	const queries: RouteQuery[] = [];
	while (queries.length < count) {
		const from = pick(onLines);
		// Nine in ten ask for a reachable destination (what users do); one in ten is any pair.
		const candidates = rnd() < 0.9 ? reachableFrom(data, from, 3) : data.stations.map((s) => s.id);
		const to = pick(candidates.filter((s) => s !== from));
		if (to === undefined) continue;
		queries.push({
			from,
			to,
			k: 5,
			hoursPerWeek: pick([4, 8, 8, 12, 16]),
			organisation: rnd() < 0.3 && orgs.length > 0 ? pick(orgs) : null,
			holds: Array.from({ length: Math.floor(rnd() * 6) }, () => ({ skill: pick(skills), level: 1 + Math.floor(rnd() * 5) })),
			// One in five allows setbacks (backward rides, pay cuts): the wider, slower search.
			allowBackwards: rnd() < 0.2
		});
	}
	return queries;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

interface Figures {
	network: { stations: number; lines: number; modules: number; requirements: number; skills: number };
	prepareMs: number;
	prepareCpuMs: number;
	queries: number;
	queryMs: { p50: number; p95: number; p99: number; mean: number; max: number };
	/** CPU time of the process per query: on a shared machine wall time also counts others' work. */
	queryCpuMs: { p50: number; p95: number; p99: number };
	bagSize: { mean: number; max: number };
	targetBag: { mean: number; max: number };
	labels: { mean: number; max: number };
	routes: { mean: number; withRoutes: number; empty: number; reasons: Record<string, number> };
	/** Variants (near-copies) shown with the routes, per query. */
	variants: { mean: number };
	coverCacheHitRate: number;
	/** Hop covers whose exact search stopped at its step budget, over all queries. */
	coverBudgetHits: number;
	truncated: number;
	heapUsedMB: number;
}

function bench(name: string, data: RoutingNetworkData, queries: RouteQuery[]): Figures {
	// Prepare twice: the first run also compiles the code, which a server does once.
	prepareNetwork(data);
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	const prepared: PreparedNetwork = prepareNetwork(data);
	const prepareMs = performance.now() - t0;
	const prepareCpu = process.cpuUsage(c0);
	// Warm the JIT so the percentiles measure the steady state a server sees.
	for (const q of queries.slice(0, Math.min(200, queries.length))) planRoutes(prepared, q);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let bagMeanSum = 0;
	let bagMax = 0;
	let targetSum = 0;
	let targetMax = 0;
	let labelSum = 0;
	let labelMax = 0;
	let routeSum = 0;
	let withRoutes = 0;
	let hits = 0;
	let lookups = 0;
	let truncated = 0;
	let variantSum = 0;
	let budgetHits = 0;
	const reasons: Record<string, number> = {};
	for (const q of queries) {
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		const result = planRoutes(prepared, q);
		times.push(performance.now() - start);
		const cpu = process.cpuUsage(cpuStart);
		cpuTimes.push((cpu.user + cpu.system) / 1000);
		const s = result.stats;
		bagMeanSum += s.meanBagSize;
		bagMax = Math.max(bagMax, s.maxBagSize);
		targetSum += s.targetBagSize;
		targetMax = Math.max(targetMax, s.targetBagSize);
		labelSum += s.labels;
		labelMax = Math.max(labelMax, s.labels);
		routeSum += result.routes.length;
		if (result.routes.length > 0) withRoutes++;
		if (result.reason !== null) reasons[result.reason] = (reasons[result.reason] ?? 0) + 1;
		hits += s.coverCacheHits;
		lookups += s.coverCacheHits + s.coverCacheMisses;
		if (s.truncated) truncated++;
		variantSum += result.routes.reduce((sum, r) => sum + r.variants.length, 0);
		budgetHits += s.coverBudgetHits;
	}
	const sorted = [...times].sort((a, b) => a - b);
	const sortedCpu = [...cpuTimes].sort((a, b) => a - b);
	const n = queries.length;
	const figures: Figures = {
		network: {
			stations: data.stations.length,
			lines: data.lines.length,
			modules: data.modules.length,
			requirements: data.stations.reduce((sum, s) => sum + s.requires.length, 0),
			skills: prepared.skillCount
		},
		prepareMs: round(prepareMs),
		prepareCpuMs: round((prepareCpu.user + prepareCpu.system) / 1000),
		queries: n,
		queryMs: {
			p50: round(percentile(sorted, 50), 3),
			p95: round(percentile(sorted, 95), 3),
			p99: round(percentile(sorted, 99), 3),
			mean: round(times.reduce((a, b) => a + b, 0) / n, 3),
			max: round(sorted.at(-1) ?? 0, 3)
		},
		queryCpuMs: {
			p50: round(percentile(sortedCpu, 50), 3),
			p95: round(percentile(sortedCpu, 95), 3),
			p99: round(percentile(sortedCpu, 99), 3)
		},
		bagSize: { mean: round(bagMeanSum / n), max: bagMax },
		targetBag: { mean: round(targetSum / n), max: targetMax },
		labels: { mean: round(labelSum / n, 1), max: labelMax },
		routes: { mean: round(routeSum / n), withRoutes, empty: n - withRoutes, reasons },
		variants: { mean: round(variantSum / n) },
		coverCacheHitRate: round(lookups === 0 ? 0 : hits / lookups, 3),
		coverBudgetHits: budgetHits,
		truncated,
		heapUsedMB: round(process.memoryUsage().heapUsed / 1024 / 1024, 1)
	};
	log(`\n${name}`);
	log(
		`  network      ${figures.network.stations} stations, ${figures.network.lines} lines, ${figures.network.modules} modules, ` +
			`${figures.network.skills} skills, ${figures.network.requirements} requirements`
	);
	log(`  prepare      ${figures.prepareMs} ms (cpu ${figures.prepareCpuMs} ms)`);
	log(
		`  query        p50 ${figures.queryMs.p50} ms · p95 ${figures.queryMs.p95} ms · p99 ${figures.queryMs.p99} ms · ` +
			`mean ${figures.queryMs.mean} ms · max ${figures.queryMs.max} ms  (${n} queries, k=5)`
	);
	log(`  query cpu    p50 ${figures.queryCpuMs.p50} ms · p95 ${figures.queryCpuMs.p95} ms · p99 ${figures.queryCpuMs.p99} ms`);
	log(`  bags         mean ${figures.bagSize.mean} · max ${figures.bagSize.max} labels per station; destination mean ${figures.targetBag.mean} · max ${figures.targetBag.max}`);
	log(
		`  labels       mean ${figures.labels.mean} · max ${figures.labels.max} per query; cover cache hit rate ${figures.coverCacheHitRate}; ` +
			`exact covers cut at their step budget ${figures.coverBudgetHits}`
	);
	log(
		`  routes       mean ${figures.routes.mean} per query; ${withRoutes} with routes, ${figures.routes.empty} without ` +
			`${JSON.stringify(reasons)}; truncated ${truncated}; variants mean ${figures.variants.mean} per query`
	);
	log(`  heap used    ${figures.heapUsedMB} MB`);
	return figures;
}

async function seedNetwork(): Promise<{ data: RoutingNetworkData } | { skipped: string }> {
	const dir = 'graph-seed';
	if (!existsSync(join(dir, 'stations.yaml')) || !existsSync('src/lib/server/seed/load.ts'))
		return { skipped: `no seed network in ${dir}/ yet` };
	const { loadSeedDirectory } = await import('../src/lib/server/seed/load');
	const { toRoutingData } = await import('../src/lib/server/services/routing-data');
	const { deriveBridges, RECOMMENDED_BRIDGE_THRESHOLD, DEFAULT_BRIDGE_THRESHOLD } = await import('../src/lib/server/import/bridges');
	// With the bridges the route service derives, so the figures are those of the planner page.
	const content = loadSeedDirectory(dir).content;
	return { data: toRoutingData(content, { bridges: deriveBridges(content, RECOMMENDED_BRIDGE_THRESHOLD.seed ?? DEFAULT_BRIDGE_THRESHOLD) }) };
}

/** The real ESCO network as the importer builds it, with the bridges the route service derives. */
async function realEscoNetwork(folder: string): Promise<RoutingNetworkData> {
	const { importEsco } = await import('../src/lib/server/import/esco-import');
	const { modelRoutingData } = await import('../src/lib/server/services/routing-data');
	const transitions = typeof args.transitions === 'string' ? JSON.parse(args.transitions) : undefined;
	const { content } = await importEsco(folder, { transitions });
	return modelRoutingData(content);
}

/** Reach queries: any start on a line, a time and a study budget, the traveller as in makeQueries. */
function makeReachQueries(data: RoutingNetworkData, count: number, seedValue: number): ExploreQuery[] {
	const rnd = random(seedValue);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	const onLines = [...new Set(data.lines.flatMap((l) => l.stops.slice(0, -1)))].sort();
	const orgs = [...new Set(data.modules.map((m) => m.organisation).filter((o): o is string => o !== null))].sort();
	const skills = [...new Set(data.stations.flatMap((s) => s.requires.map((r) => r.skill)))].sort();
	return Array.from({ length: count }, () => ({
		from: pick(onLines),
		months: pick([24, 36, 60, 120]),
		hours: pick([200, 500, 2000, 10_000]),
		hoursPerWeek: pick([4, 8, 8, 12, 16]),
		organisation: rnd() < 0.3 && orgs.length > 0 ? pick(orgs) : null,
		holds: Array.from({ length: Math.floor(rnd() * 6) }, () => ({ skill: pick(skills), level: 1 + Math.floor(rnd() * 5) })),
		allowBackwards: rnd() < 0.2
	}));
}

interface ReachFigures {
	network: { stations: number; lines: number; modules: number };
	prepareMs: number;
	queries: number;
	queryMs: { p50: number; p95: number; p99: number; mean: number; max: number };
	queryCpuMs: { p50: number; p95: number; p99: number };
	labels: { mean: number; max: number };
	destinations: { mean: number; max: number; none: number };
	truncated: number;
	heapUsedMB: number;
}

function benchReach(name: string, data: RoutingNetworkData, queries: ExploreQuery[]): ReachFigures {
	prepareNetwork(data);
	const t0 = performance.now();
	const prepared = prepareNetwork(data);
	const prepareMs = performance.now() - t0;
	for (const q of queries.slice(0, Math.min(200, queries.length))) explore(prepared, q);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let labelSum = 0;
	let labelMax = 0;
	let destSum = 0;
	let destMax = 0;
	let none = 0;
	let truncated = 0;
	for (const q of queries) {
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		const result = explore(prepared, q);
		times.push(performance.now() - start);
		const cpu = process.cpuUsage(cpuStart);
		cpuTimes.push((cpu.user + cpu.system) / 1000);
		labelSum += result.stats.labels;
		labelMax = Math.max(labelMax, result.stats.labels);
		destSum += result.destinations.length;
		destMax = Math.max(destMax, result.destinations.length);
		if (result.destinations.length === 0) none++;
		if (result.stats.truncated) truncated++;
	}
	const sorted = [...times].sort((a, b) => a - b);
	const sortedCpu = [...cpuTimes].sort((a, b) => a - b);
	const n = queries.length;
	const figures: ReachFigures = {
		network: { stations: data.stations.length, lines: data.lines.length, modules: data.modules.length },
		prepareMs: round(prepareMs),
		queries: n,
		queryMs: {
			p50: round(percentile(sorted, 50), 3),
			p95: round(percentile(sorted, 95), 3),
			p99: round(percentile(sorted, 99), 3),
			mean: round(times.reduce((a, b) => a + b, 0) / n, 3),
			max: round(sorted.at(-1) ?? 0, 3)
		},
		queryCpuMs: { p50: round(percentile(sortedCpu, 50), 3), p95: round(percentile(sortedCpu, 95), 3), p99: round(percentile(sortedCpu, 99), 3) },
		labels: { mean: round(labelSum / n, 1), max: labelMax },
		destinations: { mean: round(destSum / n, 1), max: destMax, none },
		truncated,
		heapUsedMB: round(process.memoryUsage().heapUsed / 1024 / 1024, 1)
	};
	log(`\n${name} — reach`);
	log(`  network      ${figures.network.stations} stations, ${figures.network.lines} lines, ${figures.network.modules} modules; prepare ${figures.prepareMs} ms`);
	log(
		`  query        p50 ${figures.queryMs.p50} ms · p95 ${figures.queryMs.p95} ms · p99 ${figures.queryMs.p99} ms · ` +
			`mean ${figures.queryMs.mean} ms · max ${figures.queryMs.max} ms  (${n} queries)`
	);
	log(`  query cpu    p50 ${figures.queryCpuMs.p50} ms · p95 ${figures.queryCpuMs.p95} ms · p99 ${figures.queryCpuMs.p99} ms`);
	log(`  labels       mean ${figures.labels.mean} · max ${figures.labels.max} per query; truncated ${truncated}`);
	log(`  reached      mean ${figures.destinations.mean} · max ${figures.destinations.max} stations per query; ${none} with none`);
	log(`  heap used    ${figures.heapUsedMB} MB`);
	return figures;
}

/** The route bench, or with --reach the reach bench, on one network. */
function run(name: string, data: RoutingNetworkData, seedValue: number): Figures | ReachFigures {
	return args.reach === true
		? benchReach(name, data, makeReachQueries(data, queryCount, seedValue))
		: bench(name, data, makeQueries(data, queryCount, seedValue));
}

// Others' work on a shared machine shows up in wall times; say how busy it was.
const machine = { cpus: cpus().length, loadAverage1m: round(loadavg()[0]!, 2) };
log(`node ${process.version}, ${machine.cpus} cpus, load average ${machine.loadAverage1m} at start`);
const out: Record<string, unknown> = { node: process.version, machine, seed, queries: queryCount };
if (args.network === 'esco') {
	const folder = typeof args.folder === 'string' ? args.folder : '../shared/data/esco-v1.1.1';
	const started = performance.now();
	const real = await realEscoNetwork(folder);
	log(`
imported ESCO from ${folder} in ${round(performance.now() - started)} ms`);
	out.esco = run('ESCO (real, imported, transition-model lines and bridges)', real, seed);
	if (asJson) console.log(JSON.stringify(out));
	process.exit(0);
} else if (args.network !== undefined) {
	console.error(`bench:routes: --network takes 'esco' (got '${String(args.network)}')`);
	process.exit(2);
}
const seedData = await seedNetwork();
if ('data' in seedData) {
	out.seedNetwork = run('seed network (graph-seed)', seedData.data, seed);
} else {
	out.seedNetwork = { skipped: seedData.skipped };
	log(`\nseed network: skipped (${seedData.skipped})`);
}
const genStart = performance.now();
const esco = generateEscoScale(seed);
log(`\ngenerated ESCO-scale network in ${round(performance.now() - genStart)} ms (seed ${seed})`);
out.guests = `${guestsLo}-${guestsHi}`;
out.escoScale = run('ESCO scale (generated)', esco, seed + 1);
if (asJson) console.log(JSON.stringify(out));
