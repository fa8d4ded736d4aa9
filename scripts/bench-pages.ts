// npm run bench:pages [-- --json] [-- --seconds 10] [-- --connections 10] [-- --port 4218]
//                     [-- --pages home,planner] [-- --browser [--verbose]] [-- --cpu-prof dir] [-- --build dir]
// Starts the BUILT app (run `npm run build` first) on a fresh database and loads each page in
// turn over keep-alive loopback connections: req/s, p50 and p99 per page, its throughput as a
// ratio to /healthz (the floor of what a request costs on this machine), and the page weights
// (HTML raw and gzip). With --browser also the first-load JavaScript per page, measured in
// Chromium. With --cpu-prof the server writes a V8 CPU profile of the run into that folder.
// With --build another build is measured (say, the main branch's), for before and after figures.
// Pages (home, planner, station) are measured twice: asking the same URL again, as readers
// without a session mostly do (answered from the page cache, src/lib/server/http/page-cache.ts),
// and `cold`, each request with another URL, so every answer is rendered (what a first visit or
// a signed-in reader costs). The `cache` column says what the server answered (x-page-cache).
// Figures, not assertions; targets (issue 16) are printed beside them.
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { startBuiltApp } from './bench/built-app';
import { get, load, type LoadResult } from './bench/http-load';
import { processCpuMs } from './bench/process-cpu';
import { browserWeight, gzipBytes, launchBrowser, type BrowserWeight } from './bench/browser-weight';
import { parseArgs } from './cli-args';

export interface BenchPage {
	name: string;
	path: string;
	/** Throughput target as a ratio to /healthz, where the issue sets one. */
	minRatio?: number;
	/** Measured in the browser with --browser (pages, not API answers). */
	browser?: boolean;
}

/** The reference first: every ratio is against it. */
export const PAGES: BenchPage[] = [
	{ name: 'healthz', path: '/healthz' },
	{ name: 'home', path: '/en', minRatio: 0.3, browser: true },
	{ name: 'planner', path: '/en/plan?from=welder&to=project-leader', minRatio: 0.15, browser: true },
	{ name: 'station', path: '/en/stations/hygienic-welder', minRatio: 0.3, browser: true },
	{ name: 'api-routes', path: '/api/routes?from=welder&to=project-leader' },
	{ name: 'api-map', path: '/api/map?lang=en' }
];
const P99_TARGET_MS = 100;
const JS_TARGET = 80 * 1024;
const HTML_TARGET = 40 * 1024;

const args = parseArgs(process.argv.slice(2));
const num = (key: string, fallback: number) => (typeof args[key] === 'string' ? Number(args[key]) : fallback);
const asJson = args.json === true;
const seconds = num('seconds', 10);
const connections = num('connections', 10);
const port = num('port', 4218);
const only = typeof args.pages === 'string' ? new Set(args.pages.split(',')) : null;
const pages = PAGES.filter((p) => p.name === 'healthz' || !only || only.has(p.name));
const log = (line: string) => {
	if (!asJson) console.log(line);
};

interface PageFigures extends LoadResult {
	name: string;
	/** hit, miss or – (not a page the cache keeps), as the last warm-up answer said. */
	cache: string;
	path: string;
	status: number;
	ratio: number;
	/** Server CPU per request (ms), from /proc; steadier than req/s on a busy machine. */
	cpuMs: number | null;
	htmlRaw: number;
	htmlGzip: number;
	browser?: BrowserWeight;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISS');

function printLoad(results: PageFigures[]) {
	log('');
	log('page           status  cache   req/s   ×healthz   p50 ms   p99 ms   errors   html raw   html gzip   cpu ms/req   cpu ×healthz');
	const healthzCpu = results[0]!.cpuMs;
	for (const r of results) {
		const page = pages.find((p) => r.name === p.name || r.name === `${p.name} cold`)!;
		const ratio = `${r.ratio.toFixed(2)}${page.minRatio ? ` ${mark(r.ratio >= page.minRatio)}` : ''}`;
		log(
			[
				r.name.padEnd(14),
				String(r.status).padStart(6),
				r.cache.padStart(6),
				r.rps.toFixed(0).padStart(7),
				ratio.padStart(10),
				r.p50.toFixed(1).padStart(8),
				`${r.p99.toFixed(1)}${r.p99 < P99_TARGET_MS ? '' : '!'}`.padStart(8),
				String(r.errors).padStart(8),
				kb(r.htmlRaw).padStart(10),
				kb(r.htmlGzip).padStart(11),
				(r.cpuMs === null ? '–' : r.cpuMs.toFixed(2)).padStart(12),
				(r.cpuMs === null || healthzCpu === null ? '–' : (healthzCpu / r.cpuMs).toFixed(2)).padStart(14)
			].join(' ')
		);
	}
	log(`targets: ×healthz ≥ 0.3 home and station, ≥ 0.15 planner; p99 < ${P99_TARGET_MS} ms everywhere ('!' marks a miss)`);
	log('cold: every request another URL (?_cold=n), so the page is rendered each time; the other rows ask one URL again');
	log("cpu ms/req: the server's CPU time per answer (user + system); on a shared machine it moves less than req/s");
	log('cpu ×healthz: /healthz CPU per answer ÷ this one: the throughput ratio the CPU alone allows, steadier than req/s on a busy machine');
}

function printBrowser(results: PageFigures[]) {
	log('');
	log('page         scripts   JS raw    JS gzip   HTML gzip   (browser, first load, empty cache)');
	for (const r of results.filter((r) => r.browser))
		log(
			[
				r.name.padEnd(12),
				String(r.browser!.scripts).padStart(7),
				kb(r.browser!.jsRaw).padStart(9),
				`${kb(r.browser!.jsGzip)} ${mark(r.browser!.jsGzip < JS_TARGET)}`.padStart(12),
				`${kb(r.browser!.htmlGzip)} ${mark(r.browser!.htmlGzip < HTML_TARGET)}`.padStart(14)
			].join(' ')
		);
	if (args.verbose === true)
		for (const r of results.filter((r) => r.browser)) {
			log(`${r.name}:`);
			for (const f of r.browser!.files) log(`  ${kb(f.gzip).padStart(9)}  ${f.url}`);
		}
	log(`targets: first-load JS < ${kb(JS_TARGET)} gzip and HTML < ${kb(HTML_TARGET)} gzip (planner and home)`);
}

/**
 * Asks every page once, then waits (at most 15 s) until the server has been idle for half a
 * second: start-up goes on in the background (the seed's layouts, the heavy-task pool's
 * workers), and would otherwise be counted against whichever page is measured first.
 */
async function settle(origin: string, pid: number): Promise<void> {
	const agent = new http.Agent({ keepAlive: true });
	for (const page of pages) await get(new URL(page.path, origin), agent);
	agent.destroy();
	const until = Date.now() + 15_000;
	for (let before = processCpuMs(pid); before !== null && Date.now() < until; ) {
		await new Promise((resolve) => setTimeout(resolve, 500));
		const now = processCpuMs(pid)!;
		if (now - before < 20) break;
		before = now;
	}
}

/** Warms each page up (its first request builds the snapshot and the layout), then loads it. */
async function measure(origin: string, pid: number): Promise<PageFigures[]> {
	const results: PageFigures[] = [];
	await settle(origin, pid);
	const run = async (name: string, page: BenchPage, cold: boolean) => {
		const url = new URL(page.path, origin);
		if (cold) url.searchParams.set('_cold', 'warm-up');
		// A fresh connection: the server closes idle keep-alive sockets while another page runs.
		const agent = new http.Agent({ keepAlive: true });
		let first = await get(url, agent);
		for (let i = 0; i < 4; i++) first = await get(cold ? new URL(`${url.href}-${i}`) : url, agent);
		agent.destroy();
		const cpuBefore = processCpuMs(pid);
		const figures = await load(url.href, { connections, seconds, cold });
		const cpuAfter = processCpuMs(pid);
		const cpuMs = cpuBefore !== null && cpuAfter !== null && figures.requests > 0 ? (cpuAfter - cpuBefore) / figures.requests : null;
		const cache = String(first.headers['x-page-cache'] ?? '–');
		results.push({ name, path: page.path, cache, status: first.status, ratio: 0, cpuMs, htmlRaw: first.body.length, htmlGzip: gzipBytes(first.body), ...figures });
	};
	for (const page of pages) {
		await run(page.name, page, false);
		if (page.browser) await run(`${page.name} cold`, page, true);
	}
	const base = results[0]!.rps;
	for (const r of results) r.ratio = r.rps / base;
	return results;
}

async function weigh(origin: string, results: PageFigures[]): Promise<void> {
	const browser = await launchBrowser();
	try {
		for (const page of pages.filter((p) => p.browser))
			results.find((r) => r.name === page.name)!.browser = await browserWeight(browser, new URL(page.path, origin).href);
	} finally {
		await browser.close();
	}
}

const profileDir = typeof args['cpu-prof'] === 'string' ? args['cpu-prof'] : null;
const app = await startBuiltApp({ port, buildDir: typeof args.build === 'string' ? args.build : undefined, nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] });
try {
	log(`bench:pages · ${typeof args.build === 'string' ? args.build : 'build'} · ${app.origin} · ${connections} connections × ${seconds} s per page · ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)}`);
	const results = await measure(app.origin, app.pid);
	printLoad(results);
	log(`load after the run ${loadavg()[0]!.toFixed(2)} (1 min), ${loadavg()[1]!.toFixed(2)} (5 min)`);
	if (args.browser === true) {
		await weigh(app.origin, results);
		printBrowser(results);
	}
	if (asJson) console.log(JSON.stringify({ seconds, connections, cpus: cpus().length, pages: results }, null, 2));
} finally {
	await app.stop();
}
