// npm run bench:layout-worker [-- --networks nyc-subway,stuttgart,wien] [-- --data ../shared/data/transit-networks] [-- --json]
// Lays out three transit networks (LOOM line graphs, planarized as bench:layout does) twice: on
// this thread one after another, then all at once through layoutOffThread (the heavy-task pool,
// as the map services do), and prints the event-loop delay meanwhile (p50, p99, max: how long a
// request such as /healthz would wait) and the wall time. Figures, not assertions.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { layout, layoutInputFromGeoJson, type LayoutInput } from '../src/lib/engine/layout/index';
import { insertCrossingNodes } from '../src/lib/engine/layout/crossing-nodes';
import { layoutOffThread } from '../src/lib/server/heavy/layout';
import { heavyPool } from '../src/lib/server/heavy/pool';
import { parseArgs } from './cli-args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const dataDir = typeof args.data === 'string' ? resolve(args.data) : resolve(root, '../shared/data/transit-networks');
const names = (typeof args.networks === 'string' ? args.networks : 'nyc-subway,stuttgart,wien').split(',');

const inputs: { name: string; input: LayoutInput }[] = names.map((name) => ({
	name,
	input: insertCrossingNodes(layoutInputFromGeoJson(JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')), name)).input
}));

/** A timer every 10 ms stands in for a request arriving: how late it fires is how long that request would wait. */
async function measure(run: () => Promise<unknown>) {
	const waits: number[] = [];
	let last = performance.now();
	const probe = setInterval(() => {
		const now = performance.now();
		waits.push(Math.max(0, now - last - 10));
		last = now;
	}, 10);
	const start = performance.now();
	await run();
	const wallMs = Math.round(performance.now() - start);
	clearInterval(probe);
	waits.sort((x, y) => x - y);
	const at = (p: number) => Math.round(waits[Math.min(waits.length - 1, Math.floor((p / 100) * waits.length))] ?? 0);
	return { wallMs, loopDelayMs: { p50: at(50), p99: at(99), max: Math.round(waits.at(-1) ?? 0) } };
}

// A warm worker, as on a server that has laid out a map before.
heavyPool().warm();
await layoutOffThread(inputs[0]!.input, {}, 0).catch(() => {});

const inline = await measure(async () => {
	for (const { input } of inputs) {
		layout(input);
		await new Promise((r) => setTimeout(r, 0));
	}
});
const pooled = await measure(() => Promise.all(inputs.map(({ input }) => layoutOffThread(input, {}, 0))));
const report = {
	networks: inputs.map(({ name, input }) => `${name} (${input.stations.length} stations)`),
	workers: heavyPool().options.size,
	inline,
	pooled
};
if (args.json) console.log(JSON.stringify(report, null, 2));
else {
	console.log(`three layouts: ${report.networks.join(', ')}; pool of ${report.workers} worker(s)`);
	for (const [label, r] of [['on the request thread', inline], ['in the heavy-task pool', pooled]] as const)
		console.log(`${label.padEnd(24)} wall ${r.wallMs} ms, event-loop delay p50 ${r.loopDelayMs.p50} ms, p99 ${r.loopDelayMs.p99} ms, max ${r.loopDelayMs.max} ms`);
}
await heavyPool().close();
