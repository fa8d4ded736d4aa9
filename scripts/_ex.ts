import { loadSeedDirectory } from '../src/lib/server/seed/load';
import { toRoutingData } from '../src/lib/server/services/routing-data';
import { deriveBridges, RECOMMENDED_BRIDGE_THRESHOLD, DEFAULT_BRIDGE_THRESHOLD } from '../src/lib/server/import/bridges';
import { planRoutes, prepareNetwork } from '../src/lib/engine/routing';
const content = loadSeedDirectory('graph-seed').content;
const th = RECOMMENDED_BRIDGE_THRESHOLD['seed'] ?? DEFAULT_BRIDGE_THRESHOLD;
const bridges = deriveBridges(content, th);
console.log('threshold', th, 'bridges', bridges.map(b=>b.from+'<->'+b.to).join(' '));
const net = prepareNetwork(toRoutingData(content, { bridges }));
const pairs = process.argv.slice(2);
for (const p of pairs) {
  const [from, to, back] = p.split(':');
  const r = planRoutes(net, { from: from!, to: to!, allowBackwards: back === 'b' });
  console.log(`\n== ${from} -> ${to} ${back??''} reason=${r.reason}`);
  for (const x of r.routes) {
    console.log(` #${x.rank} [${x.labels}] ${x.totals.months.toFixed(1)} mo, ${x.totals.studyHours} h, €${x.totals.money}, ${x.totals.transfers} tr, final ${x.totals.finalSalary}`);
    for (const h of x.hops) console.log(`    ${h.from} -> ${h.to} ${h.line ?? 'BRIDGE'} ${h.direction??''} mods=${h.modules.map(m=>m.id).join(',')} certs=${h.certificatesEarned.map(c=>c.certificate+':'+c.module).join(',')} sal ${h.salaryBefore}->${h.salaryAfter}`);
  }
}
