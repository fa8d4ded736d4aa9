// npm run bench:heavy -- [--port 4203] [--work preview,apply,apply] [--rounds 3] [--build build] [--json] [--cpu-prof dir]
// Starts the built app (`npm run build` first) on a fresh database, signs in as an administrator
// and measures /healthz latency (p50, p99, max) while heavy tasks run in parallel, one per entry
// of --work, next to /healthz alone:
//   preview  an /import preview of the seed network as one bundle (about 229 kB);
//   apply    an /import apply of that bundle (its name changed, so every apply writes) into a
//            network of its own, then /api/map of it: the map laid out again after the import.
// (`--previews N` is short for N previews.) Heavy work blocks the request thread when /healthz
// waits as long as the tasks take. With --cpu-prof the server writes a V8 CPU profile of the run
// into that folder and prints the request thread's longest busy stretches (what /healthz waits
// behind), with the functions that took them. Figures, not assertions.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSeedDirectory } from '../src/lib/server/seed/load';
import { seedBundle } from '../src/lib/server/services/seed-files';
import { busyStretches, mainThreadProfile } from './bench/long-tasks';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const port = typeof args.port === 'string' ? Number(args.port) : 4203;
type Work = 'preview' | 'apply';
const work: Work[] =
	typeof args.work === 'string'
		? args.work.split(',').map((w) => {
				if (w !== 'preview' && w !== 'apply') throw new Error(`--work: '${w}' is not preview or apply`);
				return w;
			})
		: Array.from({ length: typeof args.previews === 'string' ? Number(args.previews) : 3 }, () => 'preview' as const);
const rounds = typeof args.rounds === 'string' ? Number(args.rounds) : 3;
const buildDir = resolve(typeof args.build === 'string' ? args.build : 'build');
const origin = `http://127.0.0.1:${port}`;
const PASSWORD = 'bench heavy work passphrase';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-bench-heavy-'));
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_PATH: join(dir, 'vakmetro.db') };

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function waitForHealth(server: ChildProcess): Promise<void> {
	for (let i = 0; i < 300; i++) {
		if (server.exitCode !== null) throw new Error(`the app stopped (exit code ${server.exitCode})`);
		if (await fetch(`${origin}/healthz`).then((r) => r.ok, () => false)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the app did not answer /healthz within a minute');
}

async function signIn(email: string): Promise<string> {
	const res = await fetch(`${origin}/en/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: PASSWORD })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`sign-in answered ${res.status} without a session cookie`);
	return cookie.split(';')[0]!;
}

/** One /import preview as the page's form sends it; resolves with the status and whether a preview came back. */
async function preview(cookie: string, bundle: string): Promise<{ status: number; ms: number; previewed: boolean }> {
	const form = new FormData();
	form.append('files', new Blob([bundle], { type: 'application/yaml' }), 'seed.yaml');
	const start = performance.now();
	const post = () =>
		fetch(`${origin}/en/import?/preview`, { method: 'POST', headers: { origin, cookie, accept: 'application/json', 'x-sveltekit-action': 'true' }, body: form });
	// A kept-alive socket the server closed while it was idle fails the write (EPIPE); a preview changes nothing, so it is sent again.
	const res = await post().catch(post);
	const text = await res.text();
	const outcome = JSON.parse(text) as { type: string; status?: number; data?: string };
	return { status: outcome.status ?? res.status, ms: performance.now() - start, previewed: outcome.type === 'success' && text.includes('baseVersion') };
}

/** Applies to the bench network of one stream: its version goes up by one each time. */
interface ApplyStream {
	network: string;
	version: number;
	applied: number;
}

/**
 * One /import apply as the page's confirm step sends it (the bundle and the version previewed),
 * with the network's name changed so that it always writes; then the map of the network, which
 * the import made stale (laid out again, anchored on the previous layout).
 */
async function apply(cookie: string, stream: ApplyStream, bundleNamed: (suffix: string) => string): Promise<{ status: number; ms: number; previewed: boolean }> {
	const form = new FormData();
	form.append('bundle', bundleNamed(` (bench ${++stream.applied})`));
	form.append('baseVersion', String(stream.version));
	const start = performance.now();
	const post = () =>
		fetch(`${origin}/en/import?network=${stream.network}&/apply`, { method: 'POST', headers: { origin, cookie, accept: 'application/json', 'x-sveltekit-action': 'true' }, body: form });
	const res = await post();
	const outcome = JSON.parse(await res.text()) as { type: string; status?: number; location?: string };
	const applied = outcome.type === 'redirect' ? Number(new URL(outcome.location!, origin).searchParams.get('applied')) : NaN;
	if (Number.isInteger(applied)) stream.version = applied;
	const map = await fetch(`${origin}/api/map?network=${stream.network}&lang=en`);
	await map.arrayBuffer();
	return { status: outcome.status ?? (outcome.type === 'redirect' ? 303 : res.status), ms: performance.now() - start, previewed: map.ok && Number.isInteger(applied) };
}

/** /healthz, one after another, until `until` settles; the latencies in ms. */
async function probeHealth(until: Promise<unknown>): Promise<number[]> {
	let done = false;
	void until.finally(() => (done = true));
	const times: number[] = [];
	while (!done) {
		const start = performance.now();
		const get = () => fetch(`${origin}/healthz`).then((r) => r.arrayBuffer());
		await get().catch(get);
		times.push(performance.now() - start);
		await new Promise((r) => setTimeout(r, 20));
	}
	return times;
}

function summary(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

const fmt = (s: ReturnType<typeof summary>) => `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.n} requests)`;

const profileDir = typeof args['cpu-prof'] === 'string' ? args['cpu-prof'] : null;
let measuredFrom = NaN;
const server = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), buildDir], { env, stdio: ['ignore', 'ignore', 'inherit'] });
try {
	await waitForHealth(server);
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', '--admin', '--email', 'bench@example.nl', '--name', 'Bench'], {
		env: { ...env, VAKMETRO_PASSWORD: PASSWORD },
		stdio: 'pipe'
	});
	const streams: ApplyStream[] = work.map((_, i) => ({ network: `bench-${i + 1}`, version: 1, applied: 0 }));
	for (const stream of streams.filter((_, i) => work[i] === 'apply'))
		execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-seed.ts', '--network', stream.network, '--dir', 'graph-seed', '--yes'], { env, stdio: 'pipe' });
	const cookie = await signIn('bench@example.nl');
	const seed = loadSeedDirectory('graph-seed');
	const bundle = seedBundle(seed.meta, 1, seed.content);
	const bundleNamed = (suffix: string) => seedBundle({ ...seed.meta, label: { ...seed.meta.label, en: seed.meta.label.en + suffix } }, 1, seed.content);
	const task = (i: number) => (work[i] === 'apply' ? apply(cookie, streams[i]!, bundleNamed) : preview(cookie, bundle));

	// Warm-up: the first preview starts a worker (or compiles the code paths on the request thread).
	const warm = await preview(cookie, bundle);
	if (!warm.previewed) throw new Error(`the warm-up preview answered ${warm.status} without a preview`);
	for (const [i, w] of work.entries())
		if (w === 'apply') {
			const first = await apply(cookie, streams[i]!, bundleNamed);
			if (!first.previewed) throw new Error(`the warm-up apply answered ${first.status} without applying`);
		}

	measuredFrom = performance.now();
	const idle = summary(await probeHealth(new Promise((r) => setTimeout(r, 2000))));
	const during: number[] = [];
	const previewTimes: number[] = [];
	const statuses = new Map<number, number>();
	for (let round = 0; round < rounds; round++) {
		const all = Promise.all(work.map((_, i) => task(i)));
		during.push(...(await probeHealth(all)));
		for (const p of await all) {
			previewTimes.push(p.ms);
			statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
		}
	}
	const busy = summary(during);
	const result = {
		cores: availableParallelism(),
		bundleKiB: Math.round(Buffer.byteLength(bundle) / 1024),
		work,
		rounds,
		healthzIdle: idle,
		healthzDuringPreviews: busy,
		taskMs: summary(previewTimes),
		taskStatuses: Object.fromEntries(statuses),
		firstPreviewMs: warm.ms
	};
	if (args.json === true) console.log(JSON.stringify(result, null, 2));
	else {
		console.log(`bench:heavy on ${result.cores} cores, bundle ${result.bundleKiB} KiB, in parallel: ${work.join(', ')} × ${rounds} rounds`);
		console.log(`  /healthz alone:        ${fmt(idle)}`);
		console.log(`  /healthz during tasks: ${fmt(busy)}`);
		console.log(`  first preview alone:   ${warm.ms.toFixed(0)} ms`);
		console.log(`  task answer time:      ${fmt(result.taskMs)}; statuses ${JSON.stringify(result.taskStatuses)}`);
	}
} finally {
	// SIGINT lets node write a --cpu-prof profile before it exits.
	const exited = new Promise((r) => server.once('exit', r));
	server.kill('SIGINT');
	await exited;
	rmSync(dir, { recursive: true, force: true });
}
if (profileDir && Number.isFinite(measuredFrom)) {
	const measuredMs = performance.now() - measuredFrom;
	console.log(`  longest busy stretches of the request thread while measured (${profileDir}):`);
	for (const s of busyStretches(mainThreadProfile(profileDir), 5, measuredMs))
		console.log(`    ${s.ms.toFixed(1).padStart(6)} ms  ${s.top.map((t) => `${t.name} ${t.ms.toFixed(1)}`).join(' · ')}`);
}
