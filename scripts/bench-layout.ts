// npm run bench:layout [-- --json] [-- --runs 7] [-- --big-runs 3] [-- --only nyc-subway] [-- --data ../shared/data/transit-networks] [-- --no-crossing-nodes]
// Lays out the seed network and every transit network (*.json, LOOM line graphs) in the data
// folder, and prints per network the time (median CPU and wall) and stages, the quality —
// unrouted hops, crossings, bends, octilinear share, label overlaps, label-to-station distance,
// line names drawn where meeting lines have close colours —
// beside the reference tool octi's figures where known. Like octi, a transit network is first
// planarized: where two hops cross in the geography without a shared station a crossing node
// is put (crossing-nodes.ts), so its crossings are those the layout adds, counted apart from
// the geographic crossing nodes (`--no-crossing-nodes` lays out the raw line graph instead).
// Then lays out small edits of each with
// the first layout as `previous` and prints how many stations moved. Figures, not assertions:
// tests check behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	layout,
	layoutInputFromGeoJson,
	layoutMetrics,
	type LayoutInput,
	type LayoutMetrics,
	type LayoutResult
} from '../src/lib/engine/layout/index';
import { crossingNodeDrawing, insertCrossingNodes } from '../src/lib/engine/layout/crossing-nodes';
import { isOctilinear } from '../src/lib/engine/layout/directions';
import { loadSeedDirectory } from '../src/lib/server/seed/load';
import { toLayoutInput } from '../src/lib/server/services/layout-data';
import { parseArgs } from './cli-args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const runs = Math.max(1, Number(args.runs ?? 7) || 7);
/** Networks over BIG_STATIONS stations take seconds each: fewer runs by default. */
const BIG_STATIONS = 400;
const bigRuns = Math.max(1, Number(args['big-runs'] ?? 3) || 3);
const only = typeof args.only === 'string' ? args.only.split(',') : null;
const crossingNodes = !args['no-crossing-nodes'];
const dataDir = typeof args.data === 'string' ? resolve(args.data) : resolve(root, '../shared/data/transit-networks');

/** Targets of the issues (ms): #1 for the seed, Freiburg and Stuttgart; #14 for New York (under octi's time). */
const TARGET_MS: Record<string, number> = { seed: 300, freiburg: 300, stuttgart: 1000, 'nyc-subway': 40000 };

/**
 * The reference tool octi (C++, Bast, Brosi & Storandt) on the same inputs, with where each
 * figure comes from. Time in ms; crossings as octi reports them; null where not known.
 */
const OCTI: Record<string, { ms: number | null; crossings: number | null; source: string }> = {
	freiburg: { ms: 300, crossings: null, source: 'issue #1: octi on this machine class' },
	wien: { ms: 400, crossings: null, source: 'issue #1: octi on this machine class' },
	stuttgart: { ms: 1100, crossings: null, source: 'issue #1: octi on this machine class' },
	'nyc-subway': {
		ms: 40000,
		crossings: 1,
		source:
			'issue #14 and ../shared/data/transit-networks/SOURCE.md: octi measured on this machine at light load; octi planarizes its input first' +
			' (LineGraph::topologizeIsects in ad-freiburg/loom: a node where two edges cross), so its crossings exclude the geographic ones'
	}
};

interface Case {
	name: string;
	input: LayoutInput;
}

/** The seed, then every network in the data folder, smallest first. */
function cases(): Case[] {
	const seed = loadSeedDirectory(join(root, 'graph-seed'));
	const out: Case[] = [{ name: 'seed', input: toLayoutInput(seed.content, 'nl') }];
	for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()) {
		const name = file.replace(/\.json$/, '');
		const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
		const geographic = layoutInputFromGeoJson(data, name);
		out.push({ name, input: crossingNodes ? insertCrossingNodes(geographic).input : geographic });
	}
	out.sort((a, b) => (a.name === 'seed' ? -1 : b.name === 'seed' ? 1 : a.input.stations.length - b.input.stations.length));
	return only ? out.filter((c) => only.includes(c.name)) : out;
}

/** Hops drawn with a segment that is not octilinear: the paths the grid could not hold. */
function straightHops(r: LayoutResult): number {
	return r.edges.filter((e) => e.points.some((p, i) => i > 0 && !isOctilinear(p[0] - e.points[i - 1]![0], p[1] - e.points[i - 1]![1])))
		.length;
}

const median = (v: number[]) => {
	const s = v.slice().sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number) => Math.round(v * 10) / 10;

interface Report {
	network: string;
	stations: number;
	edges: number;
	lines: number;
	runs: number;
	/** Wall-clock ms of the first run in this process (includes JIT warm-up), the median and the fastest. */
	ms: { first: number; median: number; min: number };
	/** CPU ms (user + system) of the process per run: steadier than wall-clock on a busy machine. */
	cpuMs: { median: number; min: number };
	/** Median ms per stage over the runs. */
	stages: Record<string, number>;
	targetMs: number | null;
	octi: (typeof OCTI)[string] | null;
	/** Hops drawn straight because no octilinear path was found. */
	unroutedHops: number;
	/** Geographic crossings laid out as nodes, and at how many of them the lines really cross in the drawing. */
	crossingNodes: { nodes: number; linesCross: number };
	deterministic: boolean;
	stats: Omit<LayoutResult['stats'], 'timeMs'>;
	metrics: Omit<LayoutMetrics, 'timeMs'>;
	/** Small edits laid out with the layout above as `previous`: how many stations moved. */
	edits: EditReport[];
}

interface EditReport {
	edit: string;
	ms: number;
	stationsMoved: number;
	octilinearShare: number;
	newEdgeCrossings: number;
	labelOverlaps: number;
}

/** Edits an editor makes: a stop inserted into a hop, a line extended by one station, nothing. */
const EDITS: Record<string, (input: LayoutInput) => LayoutInput> = {
	'same network': (input) => input,
	'stop inserted': (input) => {
		const hop = input.edges[Math.floor(input.edges.length / 2)]!;
		const a = input.stations.find((s) => s.id === hop.from)!.position;
		const b = input.stations.find((s) => s.id === hop.to)!.position;
		const added = { id: 'bench-new-stop', label: 'New stop', ...(a && b ? { position: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } } : {}) };
		return {
			...input,
			stations: [...input.stations, added],
			edges: [
				...input.edges.filter((e) => e !== hop),
				{ from: hop.from, to: added.id, lines: hop.lines },
				{ from: added.id, to: hop.to, lines: hop.lines }
			]
		};
	},
	'line extended': (input) => {
		const line = input.lines[0]!;
		const last = line.stations[line.stations.length - 1]!;
		const p = input.stations.find((s) => s.id === last)!.position;
		const added = { id: 'bench-new-end', label: 'New terminus', ...(p ? { position: { x: p.x + 1, y: p.y } } : {}) };
		return {
			...input,
			stations: [...input.stations, added],
			edges: [...input.edges, { from: last, to: added.id, lines: [line.id] }],
			lines: input.lines.map((l) => (l === line ? { ...l, stations: [...l.stations, added.id] } : l))
		};
	}
};

function edits(c: Case, previous: LayoutResult): EditReport[] {
	return Object.entries(EDITS).map(([edit, apply]) => {
		const input = apply(c.input);
		const t = performance.now();
		const next = layout(input, { previous });
		const ms = performance.now() - t;
		const m = layoutMetrics(next, { input, previous });
		return {
			edit,
			ms: round(ms),
			stationsMoved: m.stationsMoved!,
			octilinearShare: m.octilinearShare,
			newEdgeCrossings: m.newEdgeCrossings,
			labelOverlaps: m.labelOverlaps.total
		};
	});
}

function bench(c: Case): Report {
	const walls: number[] = [];
	const cpu: number[] = [];
	const stageRuns: Record<string, number>[] = [];
	let result: LayoutResult | null = null;
	let first = '';
	let deterministic = true;
	const n = c.input.stations.length > BIG_STATIONS ? Math.min(runs, bigRuns) : runs;
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		const c0 = process.cpuUsage();
		const r = layout(c.input);
		const used = process.cpuUsage(c0);
		walls.push(performance.now() - t);
		cpu.push((used.user + used.system) / 1000);
		stageRuns.push(r.stats.timeMs);
		const shape = JSON.stringify({ s: r.stations, e: r.edges });
		if (i === 0) first = shape;
		else if (shape !== first) deterministic = false;
		result = r;
	}
	const r = result!;
	const { timeMs: _t, ...stats } = r.stats;
	const { timeMs: _m, ...metrics } = layoutMetrics(r, { input: c.input });
	const stages = Object.fromEntries(Object.keys(r.stats.timeMs).map((k) => [k, round(median(stageRuns.map((s) => s[k]!)))]));
	return {
		network: c.name,
		stations: c.input.stations.length,
		edges: r.edges.length,
		lines: c.input.lines.length,
		runs: n,
		ms: { first: round(walls[0]!), median: round(median(walls)), min: round(Math.min(...walls)) },
		cpuMs: { median: round(median(cpu)), min: round(Math.min(...cpu)) },
		stages,
		targetMs: TARGET_MS[c.name] ?? null,
		octi: OCTI[c.name] ?? null,
		unroutedHops: straightHops(r),
		crossingNodes: crossingNodeDrawing(r),
		deterministic,
		stats,
		metrics,
		edits: edits(c, r)
	};
}

const reports = cases().map(bench);

if (args.json) {
	console.log(JSON.stringify({ node: process.version, cpus: cpus().length, loadAverage: loadavg()[0], runs, networks: reports }));
} else {
	console.log(
		`layout benchmark (node ${process.version}, ${cpus().length} cpus, load average ${loadavg()[0]!.toFixed(1)} at the end, ${runs} runs per network; times in ms)\n`
	);
	for (const r of reports) {
		const m = r.metrics;
		const verdict = r.targetMs === null ? '' : r.cpuMs.median <= r.targetMs ? `  ✓ target ${r.targetMs} (CPU)` : `  ✗ target ${r.targetMs} (CPU)`;
		const octi = r.octi;
		console.log(`${r.network}: ${r.stations} stations, ${r.edges} hops, ${r.lines} lines (${r.runs} runs)`);
		console.log(
			`  time      cpu median ${r.cpuMs.median}  min ${r.cpuMs.min}   wall first ${r.ms.first}  median ${r.ms.median}  min ${r.ms.min}${verdict}` +
				(octi?.ms ? `  (octi ≈ ${octi.ms})` : '')
		);
		console.log(`  stages    ${Object.entries(r.stages).map(([k, v]) => `${k} ${v}`).join('  ')}`);
		console.log(
			`  routing   unrouted hops ${r.unroutedHops}  octilinear ${(m.octilinearShare * 100).toFixed(1)}%  bends ${m.bends}` +
				`  hop crossings added by the layout ${m.edgeCrossings}` +
				(octi?.crossings != null ? ` (octi ${octi.crossings})` : '') +
				(r.crossingNodes.nodes > 0
					? `  geographic crossing nodes ${r.crossingNodes.nodes} (lines cross at ${r.crossingNodes.linesCross})`
					: `  (straight-line input ${m.inputEdgeCrossings ?? '–'}, new ${m.newEdgeCrossings})`) +
				`  stations on foreign hops ${m.stationsOnForeignEdges}`
		);
		console.log(
			`  lines     crossings on segments ${m.lineCrossings.onSegments}, in stations ${m.lineCrossings.inStations}, by embedding ${m.lineCrossings.byEmbedding}`
		);
		console.log(
			`  labels    overlaps ${m.labelOverlaps.total}  farthest from its dot ${m.labelDistance.max} px  too far ${m.labelDistance.far}` +
				`  nearer to another dot ${m.labelDistance.nearerToOther}`
		);
		console.log(
			`  line names ${m.lineNames.count} (no place for ${r.stats.lineNames.unplaced}) where meeting lines have close colours, over a label/marker/name ${m.lineNames.overlaps}`
		);
		console.log(
			`  engine    grid ${r.stats.grid.width}×${r.stats.grid.height} @ ${r.stats.grid.cellSize}px${r.stats.gridRefined ? ' (refined)' : ''}  paths ${r.stats.routedPaths}` +
				` (failed ${r.stats.failedPaths})  attempts ${r.stats.routingAttempts}  local search ${r.stats.localSearchRounds} rounds /` +
				` ${r.stats.localSearchMoves} moves  budget hit ${r.stats.budgetExhausted}  deterministic ${r.deterministic}`
		);
		if (octi) console.log(`  octi      source: ${octi.source}`);
		for (const e of r.edits)
			console.log(
				`  edit      ${e.edit}: ${e.ms} ms, ${e.stationsMoved} stations moved, octilinear ${(e.octilinearShare * 100).toFixed(1)}%,` +
					` new crossings ${e.newEdgeCrossings}, label overlaps ${e.labelOverlaps}`
			);
		console.log('');
	}
}
