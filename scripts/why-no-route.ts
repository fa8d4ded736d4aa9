// npm run why:no-route -- --pairs scripts/ordinary-progressions.csv [--only "cutting machine|vehicle technician"]
// Why an ESCO progression has no route: the fewest transfers under the planner's rules and with
// each rule relaxed (the climb above the destination, pay cuts, riding backwards), the stations
// above the destination such a relaxed route passes and by how much, the ways into the
// destination, and the transition model's score of the direct move against the last of the
// origin's bridge candidates (its 20 best viable moves), and whether it is a direct move. Figures
// for docs/taxonomies.md, not assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FAR, fewestTransfers, type ReachOptions } from '../src/lib/engine/routing/reach';
import { planRoutes, prepareNetwork } from '../src/lib/engine/routing';
import { resolveQuery } from '../src/lib/engine/routing/query';
import { BRIDGE_CANDIDATES, scoreMoves } from '../src/lib/engine/transitions';
import { importEsco } from '../src/lib/server/import/esco-import';
import { modelBridges, modelRoutingData } from '../src/lib/server/services/routing-data';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const files = typeof args.pairs === 'string' ? args.pairs.split(',') : [join('../shared/data/career-pairs', 'known-progressions.csv')];
const only = typeof args.only === 'string' ? args.only.split('|') : [];
const { content, model } = await importEsco(typeof args.folder === 'string' ? args.folder : '../shared/data/esco-v1.1.1', {});
const byUri = new Map(content.stations.map((s) => [s.codes?.esco, s.id]));
const label = new Map(content.stations.map((s) => [s.id, s.label.en]));
const net = prepareNetwork(modelRoutingData(content));
const name = (s: number) => label.get(net.stationIds[s]!)!;
const pay = (s: number) => `€${Math.round(net.salary[s]!)}`;
const modelIndex = new Map(model.stationIds.map((id, i) => [id, i]));
const none = new Int32Array(0);
const shown = (n: number) => (n >= FAR ? 'none' : String(n));

for (const p of files.flatMap((f) => parse(readFileSync(f), { columns: true }) as Record<string, string>[])) {
	if (only.length > 0 && !only.some((w) => p.from_label_en!.includes(w))) continue;
	const from = byUri.get(p.from_uri!);
	const to = byUri.get(p.to_uri!);
	if (!from || !to || from === to) continue;
	const q = resolveQuery(net, { from, to });
	const rules: ReachOptions = { avoidStation: q.blocked, avoidLine: null, allowBackwards: false, noPayCuts: net, cap: FAR - 1 };
	const setbacks: ReachOptions = { ...rules, allowBackwards: true, noPayCuts: null };
	const fewest = (o: ReachOptions, via = none) => fewestTransfers(net, q.from, q.to, via, o);
	const result = planRoutes(net, { from, to });
	console.log(`\n${name(q.from)} (${pay(q.from)}) → ${name(q.to)} (${pay(q.to)}): ${result.routes.length > 0 ? 'routed' : `no route (${result.reason})`}`);
	console.log(
		`  fewest transfers: rules ${shown(fewest(rules))}; pay cuts and backwards rides allowed ${shown(fewest(setbacks))}; ` +
			`climbing above allowed ${shown(fewest({ ...rules, avoidStation: null }))}, with setbacks too ${shown(fewest({ ...setbacks, avoidStation: null }))}`
	);
	// The stations above the destination a shortest relaxed route can pass, and how far above.
	const open = { ...setbacks, avoidStation: null };
	const best = fewest(open);
	if (best < FAR && fewest(rules) >= FAR) {
		const above: number[] = [];
		for (let s = 0; s < q.aboveDestination.length; s++) if (q.aboveDestination[s] && fewest(open, Int32Array.of(s)) <= best) above.push(s);
		const over = (s: number) => net.salary[s]! / net.salary[q.to]! - 1;
		above.sort((x, y) => over(x) - over(y));
		const list = above.slice(0, 6).map((s) => `${name(s)} ${pay(s)} (+${(over(s) * 100).toFixed(1)} %)`);
		console.log(`  passes above the destination (margin ${net.salaryMargin[q.to]}), least first, ${above.length} in all: ${list.join('; ')}`);
	}
	const ways: string[] = [];
	for (let b = net.bridgeInStart[q.to]!; b < net.bridgeInStart[q.to + 1]!; b++) ways.push(`${name(net.bridgeInFrom[b]!)} (${pay(net.bridgeInFrom[b]!)})`);
	console.log(`  bridges in (${ways.length}): ${ways.join('; ')}`);
	for (const line of content.lines.filter((l) => l.stops.some((s) => s.station === to)))
		console.log(`  on line: ${line.stops.map((s) => label.get(s.station)).join(' > ')}`);
	// The direct move scored alone, against the last of the origin's viable moves its bridges choose among.
	const a = modelIndex.get(from)!;
	const b = modelIndex.get(to)!;
	// Curated evidence is indexed by occupation, which a two-occupation input renumbers (ESCO has none).
	const alone = [a, b].map((i) => ({ ...model.input.occupations[i]!, curated: undefined }));
	const direct = scoreMoves({ ...model.input, occupations: alone }, model.settings)[0]!.top[0];
	const kept = model.network.moves[a]!.viable;
	console.log(
		`  direct move: score ${direct ? direct.score.toFixed(3) : '—'}${direct?.viable ? ', viable' : ', not viable'}${direct?.desirable ? ', desirable' : ''}; ` +
			`shared essential skills ${direct ? Math.round(direct.components.essential * 100) : 0} %; origin's ${BRIDGE_CANDIDATES}th viable move ${kept[BRIDGE_CANDIDATES - 1]?.score.toFixed(3) ?? '—'}; a direct move: ${model.network.direct[a]!.some((m) => m.to === b) ? 'yes' : 'no'}`
	);
}
