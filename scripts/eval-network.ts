// npm run eval:network -- --network esco|onet [--folder <data set>] [--pairs scripts/ordinary-progressions.csv|more-progressions.csv|held-out-progressions.csv] [--sample 300]
//                        [--transitions '{"bridgesPerOccupation":5}'] [--max-transfers 3] [--json]
// Measures a real network the way docs/taxonomies.md reports it: coverage (on a line, reachable
// from another station, reaching another), the known career progressions (routed? in how many
// hops? every hop with an estimate and a reason?), agreement of the derived moves with O*NET's
// curated Related Occupations through the crosswalk (precision and recall at 10) for the
// transition model and for the Jaccard-of-essential-skills baseline, the rank correlation of
// each occupation's number of desirable moves with Career Causeways' n_desirable, and the share
// of step-ups that fall in job zone or pay. Figures, not assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { planRoutes, prepareNetwork } from '../src/lib/engine/routing';
import { BRIDGE_CANDIDATES, scoreMoves, transitionSettings, type OccupationMoves } from '../src/lib/engine/transitions';
import type { NetworkContent } from '../src/lib/schemas';
import { readCrosswalk } from '../src/lib/server/import/crosswalk';
import { readEscoHierarchy } from '../src/lib/server/import/esco-hierarchy';
import { importEsco } from '../src/lib/server/import/esco-import';
import { onetStationId } from '../src/lib/server/import/ids';
import { resolveOnetCode } from '../src/lib/server/import/onet-codes';
import { importOnet } from '../src/lib/server/import/onet-import';
import { silentProgress } from '../src/lib/server/import/progress';
import { SkipLog } from '../src/lib/server/import/skip-log';
import { forEachOverlap } from '../src/lib/server/import/skill-overlap';
import { modelBridges, modelRoutingData, toRoutingData } from '../src/lib/server/services/routing-data';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const asJson = args.json === true;
const network = typeof args.network === 'string' ? args.network : 'esco';
if (network !== 'esco' && network !== 'onet') {
	console.error(`eval:network: --network takes 'esco' or 'onet' (got '${network}')`);
	process.exit(2);
}
const dataRoot = '../shared/data';
const folder = typeof args.folder === 'string' ? args.folder : join(dataRoot, network === 'esco' ? 'esco-v1.1.1' : 'onet-29.2');
const log = (line: string) => {
	if (!asJson) console.log(line);
};
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const transitions = typeof args.transitions === 'string' ? JSON.parse(args.transitions) : undefined;
// The planner's default unless given: what a limit would route, without changing the product's default.
const maxTransfers = typeof args['max-transfers'] === 'string' ? Number(args['max-transfers']) : undefined;
const extraPairs = typeof args.pairs === 'string' ? (parse(readFileSync(args.pairs), { columns: true }) as Record<string, string>[]) : [];

/**
 * What the evaluation needs of either network: its content, the model's moves in station order,
 * each station's O*NET code, O*NET's Related Occupations, and how a known progression (given by
 * ESCO URIs) finds its stations — itself on ESCO, through the crosswalk on O*NET.
 */
interface Subject {
	content: NetworkContent;
	stationIds: string[];
	moves: readonly OccupationMoves[];
	codeOf: (id: string) => string | undefined;
	related: ReadonlyMap<string, readonly { code: string }[]>;
	stationOfUri: (uri: string) => string | undefined;
	/** The model's moves without curated evidence, where it has some (O*NET), for a fair agreement check. */
	uncurated?: readonly OccupationMoves[];
	nDesirable?: (id: string) => number | undefined;
}

const started = performance.now();
const subject: Subject = network === 'esco' ? await escoSubject() : await onetSubject();
const importSeconds = (performance.now() - started) / 1000;
const content = subject.content;

async function escoSubject(): Promise<Subject> {
	const { content, model } = await importEsco(folder, { transitions });
	const byUri = new Map(content.stations.map((s) => [s.codes?.esco, s.id]));
	const codes = new Map(content.stations.map((s) => [s.id, s.codes?.onet]));
	return {
		content,
		stationIds: model.stationIds,
		moves: model.network.moves,
		codeOf: (id) => codes.get(id),
		related: model.join.related,
		stationOfUri: (uri) => byUri.get(uri),
		nDesirable: (id) => model.join.nDesirable.get(model.uriOf.get(id)!)
	};
}

async function onetSubject(): Promise<Subject> {
	const { content, model } = await importOnet(folder, { transitions });
	// Known progressions are ESCO occupations: find their O*NET occupation through the crosswalk,
	// as the ESCO import does (narrower ESCO occupations inherit their parent's code).
	const ctx = { progress: silentProgress, skips: new SkipLog(), notes: [] as string[] };
	const escoFolder = join(dataRoot, 'esco-v1.1.1');
	const uris = new Set([...readPairs(), ...extraPairs].flatMap((p) => [p.from_uri!, p.to_uri!]));
	const { parentOccupation } = await readEscoHierarchy(escoFolder, ctx);
	for (const uri of [...uris]) for (let at = parentOccupation.get(uri); at; at = parentOccupation.get(at)) uris.add(at);
	const matches = await readCrosswalk(join(dataRoot, 'esco-onet-crosswalk', 'esco_onet_crosswalk_Nov2020.csv'), uris, parentOccupation, ctx);
	const codes = new Set(model.codeOf.values());
	const byTitle = new Map(content.stations.map((s) => [s.label.en.toLowerCase(), s.codes!.onet!]));
	const uncurated = scoreMoves(model.input, transitionSettings({ ...model.settings, weights: { ...model.settings.weights, curated: 0 } }));
	return {
		content,
		stationIds: model.stationIds,
		moves: model.network.moves,
		codeOf: (id) => model.codeOf.get(id),
		related: model.related,
		stationOfUri: (uri) => {
			const m = matches.get(uri);
			const r = m ? resolveOnetCode(m.onet, m.title, codes, byTitle) : undefined;
			return r ? onetStationId(r.code) : undefined;
		},
		uncurated
	};
}

function readPairs(): Record<string, string>[] {
	return parse(readFileSync(join(dataRoot, 'career-pairs', 'known-progressions.csv')), { columns: true }) as Record<string, string>[];
}

const stations = content.stations;
const byId = new Map(stations.map((s) => [s.id, s]));
const bandOf = new Map(content.salaryBands.map((b) => [b.id, b]));
const payOf = (id: string) => {
	const s = byId.get(id)!;
	return s.salaryBand ? bandOf.get(s.salaryBand)!.median : null;
};

// Coverage: directed edges are line hops (forward) and one-way bridges.
const onLine = new Set(content.lines.flatMap((l) => l.stops.map((s) => s.station)));
const inDeg = new Set<string>();
const outDeg = new Set<string>();
for (const l of content.lines)
	for (let i = 1; i < l.stops.length; i++) {
		outDeg.add(l.stops[i - 1]!.station);
		inDeg.add(l.stops[i]!.station);
	}
for (const b of modelBridges(content)) {
	outDeg.add(b.from);
	inDeg.add(b.to);
}
const neither = stations.filter((s) => !onLine.has(s.id) && !inDeg.has(s.id)).length;
const stopCounts = content.lines.map((l) => l.stops.length);
const coverage = {
	stations: stations.length,
	onLine: onLine.size,
	reachableFromAnother: inDeg.size,
	reachingAnother: outDeg.size,
	neitherOnLineNorReachable: neither,
	lines: content.lines.length,
	linesWithThreeOrMoreStops: stopCounts.filter((n) => n >= 3).length,
	bridges: modelBridges(content).length
};
log(`${network === 'esco' ? 'ESCO' : 'O*NET'} network (import ${importSeconds.toFixed(1)} s): ${coverage.stations} stations, ${coverage.lines} lines (${coverage.linesWithThreeOrMoreStops} with ≥ 3 stops), ${coverage.bridges} one-way bridges`);
log(`coverage: on a line ${coverage.onLine} (${pct(coverage.onLine / coverage.stations)}), reachable from another ${coverage.reachableFromAnother} (${pct(coverage.reachableFromAnother / coverage.stations)}), reaching another ${coverage.reachingAnother} (${pct(coverage.reachingAnother / coverage.stations)}), neither on a line nor reachable ${neither}`);

// Known progressions, planned as the route service plans them; ordinary ones outside the list apart.
const prepared = prepareNetwork(modelRoutingData(content));
const preparedWithoutDirect = prepareNetwork(toRoutingData(content, { bridges: modelBridges(content) }));
function progression(p: Record<string, string>) {
	const from = subject.stationOfUri(p.from_uri!);
	const to = subject.stationOfUri(p.to_uri!);
	const name = `${p.from_label_en} → ${p.to_label_en}`;
	const none = { name, routed: false, hops: null as number | null, path: [] as string[], estimated: false };
	if (!from || !to) return { ...none, reason: 'not in this network' };
	if (from === to) return { ...none, reason: `one ${network} occupation (${byId.get(from)!.label.en})` };
	const result = planRoutes(prepared, { from, to, maxTransfers });
	if (result.routes.length === 0) return { ...none, reason: result.reason };
	const best = [...result.routes].sort((a, b) => a.hops.length - b.hops.length || a.rank - b.rank)[0]!;
	return {
		name,
		routed: true,
		hops: best.hops.length,
		path: best.hops.map((h) => `${h.line ? '→' : '⇢'} ${byId.get(h.to)!.label.en} (${round(h.months, 1)} mo, ${h.studyHours} h${h.moneyKnown ? '' : ', € unknown'})`),
		estimated: best.hops.every((h) => h.estimatedHours > 0 || h.studyHours === 0),
		months: best.totals.months,
		hopEffort: best.hops.map((h) => ({ hours: h.studyHours, months: h.months }))
	};
}
/** The upper median (0 for none). */
function median(xs: number[]): number {
	return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}
function reportPairs(title: string, pairs: Record<string, string>[]) {
	const results = pairs.map(progression);
	const routed = results.filter((p) => p.routed);
	const distinct = results.filter((p) => !('reason' in p && String(p.reason).startsWith('one ')));
	log(`${title}: ${routed.length} of ${results.length} routed; within 4 hops ${routed.filter((p) => p.hops! <= 4).length}${distinct.length < results.length ? ` (${results.length - distinct.length} pairs are one ${network} occupation)` : ''}`);
	for (const p of results) log(`  ${p.routed ? `${p.hops} hop(s)` : `NO ROUTE (${'reason' in p ? p.reason : ''})`}  ${p.name}${p.routed ? `: ${p.path.join(' ')}` : ''}`);
	// What a hop of these routes takes, as the route cards show it (study hours at 8 h a week).
	const hopEffort = routed.flatMap((p) => ('hopEffort' in p ? p.hopEffort : []));
	const perHop = { hours: median(hopEffort.map((h) => h.hours)), months: median(hopEffort.map((h) => h.months)) };
	log(`  effort per hop over ${hopEffort.length} hops: median ${round(perHop.hours, 0)} study hours, ${round(perHop.months, 1)} months`);
	return { routed: routed.length, total: results.length, withinFourHops: routed.filter((p) => p.hops! <= 4).length, perHop, pairs: results };
}
const known = reportPairs('known progressions', readPairs());

// Ordinary moves at large: a fixed sample of the model's own desirable moves that do not step
// down (destination paying at least as much, not a lower job zone), whether bridged or not. The
// lists above are a few dozen pairs; this says whether any move the model calls a worker's step
// gets a route, so a setting cannot be fitted to the lists alone.
function sampledMoves(count: number) {
	const candidates: [number, number][] = [];
	subject.moves.forEach((m, a) => {
		for (const v of m.viable.slice(0, BRIDGE_CANDIDATES)) {
			if (!v.desirable) continue;
			const pa = payOf(subject.stationIds[a]!);
			const pb = payOf(subject.stationIds[v.to]!);
			const za = byId.get(subject.stationIds[a]!)!.profile?.jobZone;
			const zb = byId.get(subject.stationIds[v.to]!)!.profile?.jobZone;
			if (pa === null || pb === null || pb < pa || (za !== undefined && zb !== undefined && zb < za)) continue;
			candidates.push([a, v.to]);
		}
	});
	// A fixed stride through the candidates (in station order): the same sample on every run.
	const step = Math.max(1, Math.floor(candidates.length / count));
	const sample = candidates.filter((_, i) => i % step === 0).slice(0, count);
	// Also over lines and bridges alone: with its direct move every sampled move routes in one
	// hop by construction, so this is the figure that says how well the network joins.
	const hopsOn = (net: typeof prepared) => {
		const hops: number[] = [];
		for (const [a, b] of sample) {
			const result = planRoutes(net, { from: subject.stationIds[a]!, to: subject.stationIds[b]!, maxTransfers });
			if (result.routes.length > 0) hops.push(Math.min(...result.routes.map((r) => r.hops.length)));
		}
		return hops;
	};
	const hops = hopsOn(prepared);
	const withoutDirect = hopsOn(preparedWithoutDirect);
	return {
		candidates: candidates.length,
		sampled: sample.length,
		routed: hops.length,
		withinFourHops: hops.filter((h) => h <= 4).length,
		routedWithoutDirect: withoutDirect.length
	};
}
const sampled = sampledMoves(typeof args.sample === 'string' ? Number(args.sample) : 300);
log(
	`sampled desirable moves that do not step down: ${sampled.routed} of ${sampled.sampled} routed, ${sampled.withinFourHops} within 4 hops; ` +
		`${sampled.routedWithoutDirect} over lines and bridges alone (of ${sampled.candidates} such moves among each occupation's ${BRIDGE_CANDIDATES} best viable ones)`
);
const ordinary = extraPairs.length > 0 ? reportPairs(`ordinary progressions outside the list (${args.pairs})`, extraPairs) : null;

// Agreement with O*NET Related Occupations through the crosswalk, per occupation with a code.
const codeOf = subject.codeOf;
function agreement(topOf: (a: number) => readonly number[]) {
	let precision = 0;
	let recall = 0;
	let n = 0;
	subject.stationIds.forEach((id, a) => {
		const code = codeOf(id);
		const related = code ? subject.related.get(code) : undefined;
		if (!code || !related || related.length === 0) return;
		const reference = new Set(related.map((r) => r.code));
		// Moves within one O*NET occupation say nothing about O*NET's list: leave them out.
		const picks = topOf(a)
			.map((b) => codeOf(subject.stationIds[b]!))
			.filter((c): c is string => c !== undefined && c !== code)
			.slice(0, 10);
		if (picks.length === 0) return;
		const hits = picks.filter((c) => reference.has(c)).length;
		precision += hits / 10;
		recall += new Set(picks.filter((c) => reference.has(c))).size / reference.size;
		n++;
	});
	return { occupations: n, precisionAt10: round(precision / n), recallAt10: round(recall / n) };
}
const modelAgreement = agreement((a) => (subject.uncurated ?? subject.moves)[a]!.top.map((m) => m.to));
// On O*NET the model takes Related Occupations as evidence: agreement with them is circular, so
// the figure above leaves that component out and this one is only shown.
const curatedAgreement = subject.uncurated ? agreement((a) => subject.moves[a]!.top.map((m) => m.to)) : null;
// Baseline: the former model, Jaccard of essential skills, best 30 per occupation.
const essential = subject.stationIds.map((id) => byId.get(id)!.requires.filter((r) => r.essential).map((r) => r.skill));
const jaccardTop: { b: number; j: number }[][] = subject.stationIds.map(() => []);
forEachOverlap(essential, (a, b, shared) => {
	const j = shared / (essential[a]!.length + essential[b]!.length - shared);
	jaccardTop[a]!.push({ b, j });
	jaccardTop[b]!.push({ b: a, j });
});
const baselineAgreement = agreement((a) => jaccardTop[a]!.sort((x, y) => y.j - x.j || x.b - y.b).slice(0, 30).map((x) => x.b));
log(
	`O*NET Related Occupations${network === 'esco' ? ' (through the crosswalk)' : ''}: model${subject.uncurated ? ' without the Related Occupations component' : ''} P@10 ${modelAgreement.precisionAt10}, R@10 ${modelAgreement.recallAt10}; Jaccard baseline P@10 ${baselineAgreement.precisionAt10}, R@10 ${baselineAgreement.recallAt10} (${modelAgreement.occupations} occupations)` +
		(curatedAgreement ? `; with it (circular, not a check) P@10 ${curatedAgreement.precisionAt10}, R@10 ${curatedAgreement.recallAt10}` : '')
);

// Rank correlation with Career Causeways' number of desirable moves.
function ranks(xs: number[]): number[] {
	const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
	const r = new Array<number>(xs.length);
	for (let i = 0; i < order.length; ) {
		let j = i;
		while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
		for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
		i = j + 1;
	}
	return r;
}
function pearson(a: number[], b: number[]): number {
	const ma = a.reduce((s, x) => s + x, 0) / a.length;
	const mb = b.reduce((s, x) => s + x, 0) / b.length;
	let num = 0;
	let da = 0;
	let db = 0;
	for (let i = 0; i < a.length; i++) {
		num += (a[i]! - ma) * (b[i]! - mb);
		da += (a[i]! - ma) ** 2;
		db += (b[i]! - mb) ** 2;
	}
	return num / Math.sqrt(da * db);
}
const ours: number[] = [];
const theirs: number[] = [];
subject.stationIds.forEach((id, a) => {
	const ref = subject.nDesirable?.(id);
	if (ref === undefined) return;
	ours.push(subject.moves[a]!.desirableCount);
	theirs.push(ref);
});
const spearman = ours.length > 1 ? round(pearson(ranks(ours), ranks(theirs))) : null;
if (spearman !== null) log(`desirable moves per occupation: median ${median(ours)} (Career Causeways ${median(theirs)}); Spearman ρ = ${spearman} over ${ours.length} occupations`);
else log(`desirable moves per occupation: median ${median(subject.moves.map((m) => m.desirableCount))} (no Career Causeways reference for ${network})`);

// Step-ups that fall: every hop of every derived line, checked against the stored data.
let hops = 0;
let fallsZone = 0;
let fallsPay = 0;
for (const l of content.lines)
	for (let i = 1; i < l.stops.length; i++) {
		hops++;
		const a = byId.get(l.stops[i - 1]!.station)!;
		const b = byId.get(l.stops[i]!.station)!;
		if (a.profile?.jobZone !== undefined && b.profile?.jobZone !== undefined && b.profile.jobZone < a.profile.jobZone) fallsZone++;
		const pa = payOf(a.id);
		const pb = payOf(b.id);
		if (pa !== null && pb !== null && pb < pa) fallsPay++;
	}
log(`step-ups falling in job zone: ${fallsZone} of ${hops}; in pay: ${fallsPay} of ${hops}`);

// How far a single hop climbs: a line should mostly climb one job zone at a time; a climb of two
// is for the moves O*NET itself curates that way (docs/taxonomies.md, "Two-zone climbs").
// A few two-zone hops by a fixed stride, to read whether a worker would believe them.
function zoneClimbs(pairs: { from: string; to: string }[]) {
	const climbs = new Map<number, number>();
	const twoOrMore: string[] = [];
	for (const { from, to } of pairs) {
		const za = byId.get(from)!.profile?.jobZone;
		const zb = byId.get(to)!.profile?.jobZone;
		if (za === undefined || zb === undefined || zb <= za) continue;
		climbs.set(zb - za, (climbs.get(zb - za) ?? 0) + 1);
		if (zb - za >= 2) twoOrMore.push(`${byId.get(from)!.label.en} (${za}) → ${byId.get(to)!.label.en} (${zb})`);
	}
	const step = Math.max(1, Math.floor(twoOrMore.length / 5));
	return { hops: pairs.length, climbs: Object.fromEntries([...climbs].sort((a, b) => a[0] - b[0])), examples: twoOrMore.filter((_, i) => i % step === 0).slice(0, 5) };
}
const lineHops = content.lines.flatMap((l) => l.stops.slice(1).map((s, i) => ({ from: l.stops[i]!.station, to: s.station })));
const climbs = { lineHops: zoneClimbs(lineHops), bridges: zoneClimbs(modelBridges(content)) };
for (const [name, c] of [['line hops', climbs.lineHops], ['bridges', climbs.bridges]] as const) {
	log(`${name} climbing job zones: ${Object.entries(c.climbs).map(([k, v]) => `+${k} ${v}`).join(', ') || 'none'} of ${c.hops}`);
	for (const e of c.examples) log(`  e.g. ${e}`);
}

if (asJson)
	console.log(
		JSON.stringify(
			{
				network,
				importSeconds: round(importSeconds, 1),
				coverage,
				progressions: known,
				ordinaryProgressions: ordinary,
				sampledMoves: sampled,
				relatedOccupations: { model: modelAgreement, jaccardBaseline: baselineAgreement, withRelatedOccupations: curatedAgreement },
				desirable: { spearman, occupations: ours.length, medianOurs: median(ours), medianCareerCauseways: median(theirs) },
				stepUps: { hops, fallingJobZone: fallsZone, fallingPay: fallsPay },
				zoneClimbs: climbs
			},
			null,
			2
		)
	);
