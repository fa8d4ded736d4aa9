import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { importEsco } from '../src/lib/server/import/esco-import';
const folder = '/work/shared/data/esco-v1.1.1';
const { content, model } = await importEsco(folder);
const idx = new Map(model.stationIds.map((id, i) => [model.uriOf.get(id), i]));
const st = new Map(content.stations.map((s) => [s.id, s]));
const bands = new Map(content.salaryBands.map((b) => [b.id, b]));
const pairs = parse(readFileSync('/work/shared/data/career-pairs/known-progressions.csv'), { columns: true }) as Record<string, string>[];
const desc = (i: number) => { const s = st.get(model.stationIds[i]!)!; return `${s.label.en} [jz ${s.profile?.jobZone} exp ${s.profile?.experienceMonths} pay ${s.salaryBand ? bands.get(s.salaryBand)!.median : '?'} ${s.codes?.onet}]`; };
for (const p of pairs) {
	const a = idx.get(p.from_uri)!, b = idx.get(p.to_uri)!;
	const m = model.network.moves[a]!;
	const inTop = m.top.findIndex((x) => x.to === b);
	const v = m.viable.findIndex((x) => x.to === b);
	console.log(`${desc(a)} -> ${desc(b)} topRank ${inTop} viableRank ${v} viableCount ${m.viableCount} top1 ${m.top[0] ? desc(m.top[0].to) + ' ' + m.top[0].score.toFixed(2) : ''} step ${m.stepUps[0] ? desc(m.stepUps[0].to) : 'none'} ${inTop >= 0 ? JSON.stringify(m.top[inTop]) : ''}`);
}
for (const [x, y] of [['welder', 'welding coordinator'], ['sales assistant', 'shop manager'], ['baker', 'bakery shop manager'], ['sheet metal worker', 'metal production supervisor']]) {
	const a = model.stationIds.findIndex((id) => st.get(id)!.label.en === x);
	const b = model.stationIds.findIndex((id) => st.get(id)!.label.en === y);
	const m = model.network.moves[a]!;
	console.log(x, '→', y, 'stepUps', m.stepUps.map((s) => `${desc(s.to)} ${s.score.toFixed(2)}/${s.growth.toFixed(2)}`).join(' | '));
	console.log('  into', y, 'from top step-ups of anyone:', model.network.moves.flatMap((mm, i) => mm.stepUps.some((s) => s.to === b) ? [desc(i)] : []).slice(0, 8).join(' | '));
}
