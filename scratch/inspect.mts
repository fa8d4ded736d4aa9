import { SqliteGraphStore } from '/work/wt/local-maps/src/lib/server/store/sqlite/graph-store';
const store = new SqliteGraphStore('/work/wt/local-maps/data/full/vakmetro.db');
const n = await store.readNetwork('esco');
const c = n!.content;
const linesBy = new Map<string, number>(); const nb = new Map<string, Set<string>>();
for (const l of c.lines) l.stops.forEach((s, i) => { linesBy.set(s.station, (linesBy.get(s.station) ?? 0) + 1); const nx = l.stops[i+1]; if (nx) { (nb.get(s.station) ?? nb.set(s.station, new Set()).get(s.station)!).add(nx.station); (nb.get(nx.station) ?? nb.set(nx.station, new Set()).get(nx.station)!).add(s.station);} });
const hist = (m: Map<string, number>) => { const h: Record<number, number> = {}; for (const v of m.values()) h[v] = (h[v] ?? 0) + 1; return h; };
console.log('lines per station', hist(linesBy));
console.log('degree', hist(new Map([...nb].map(([k, v]) => [k, v.size]))));
console.log('line lengths', hist(new Map(c.lines.map(l => [l.id, l.stops.length]))));
// components
const seen = new Set<string>(); const sizes: number[] = [];
for (const s of nb.keys()) { if (seen.has(s)) continue; let q=[s]; seen.add(s); let k=0; while(q.length){const x=q.pop()!;k++; for(const y of nb.get(x)!) if(!seen.has(y)){seen.add(y);q.push(y);}} sizes.push(k);} sizes.sort((a,b)=>b-a);
console.log('components', sizes.length, sizes.slice(0,20));
const top = [...linesBy].sort((a,b)=>b[1]-a[1]).slice(0,5); console.log(top.map(([id,k])=>[c.stations.find(s=>s.id===id)!.label.en, k, nb.get(id)!.size]));
console.log(c.stations.slice(0,3).map(s=>[s.id,s.codes,s.level]));
const isco = new Map<string, number>(); for (const s of c.stations) { const g = s.codes?.isco?.[0] ?? '?'; isco.set(g, (isco.get(g) ?? 0)+1);} console.log(isco);
console.log(c.lines.slice(0,3));
