// Starts the BUILT app (`node build`) as a child process on a fresh database in a temporary
// directory, as in production: it creates and seeds the store on first start. The benchmarks
// measure it over loopback and stop it afterwards; nothing is built here.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from './http-load';

export interface BuiltApp {
	origin: string;
	pid: number;
	stop(): Promise<void>;
}

export interface StartOptions {
	port: number;
	/** Extra environment, e.g. `NODE_OPTIONS` for a CPU profile. */
	env?: Record<string, string>;
	/** Extra node flags before `build`, e.g. `--cpu-prof`. */
	nodeArgs?: string[];
	timeoutMs?: number;
	/** Another build to measure (e.g. the main branch's, for before and after figures); default `build`. */
	buildDir?: string;
}

export async function startBuiltApp(options: StartOptions): Promise<BuiltApp> {
	const build = options.buildDir ?? 'build';
	if (!existsSync(join(build, 'index.js'))) throw new Error(`no ${build}/index.js: run \`npm run build\` first`);
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-bench-'));
	const origin = `http://127.0.0.1:${options.port}`;
	const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), build], {
		env: {
			...process.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: join(dir, 'vakmetro.db'),
			...options.env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			// SIGINT lets node write a --cpu-prof profile before it exits.
			child.kill('SIGINT');
			const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(forced);
		}
		rmSync(dir, { recursive: true, force: true });
	};
	const agent = new http.Agent({ keepAlive: false });
	const until = Date.now() + (options.timeoutMs ?? 60_000);
	for (;;) {
		if (child.exitCode !== null) {
			await stop();
			throw new Error(`the built app exited with code ${child.exitCode} before it answered`);
		}
		try {
			if ((await get(new URL('/healthz', origin), agent)).status === 200) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) {
			await stop();
			throw new Error(`the built app did not answer ${origin}/healthz in time`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { origin, pid: child.pid!, stop };
}
