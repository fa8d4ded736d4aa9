import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HEAVY_TASKS, type HeavyInput, type HeavyOutput, type HeavyTask } from './tasks';

/**
 * A small, bounded pool of worker threads for the work that would otherwise hold the request
 * thread for seconds (import previews, checking an import before it is applied), so /healthz,
 * the map and every other request stay fast meanwhile.
 *
 * The worker runs this very module: its file is in every build (`vite dev` and vitest load the
 * .ts source through tsx, the adapter-node build a bundled chunk), so no separate worker entry
 * has to be configured or found. Only plain data crosses (structured clone); what a task throws
 * comes back as an Error with the same name and message.
 */

/** Marks a worker started by this pool, so the module knows to serve tasks when loaded there. */
const WORKER_MARK = 'vakmetro-heavy-worker';

/** The pool and its queue are full: the caller answers 503 and the client tries again later. */
export class HeavyPoolBusy extends Error {
	constructor(readonly limit: number) {
		super(`the server is busy with ${limit} heavy tasks; try again in a moment`);
		this.name = 'HeavyPoolBusy';
	}
}

interface Job {
	id: number;
	task: HeavyTask;
	input: unknown;
	transfer: Transferable[];
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

export interface HeavyPoolOptions {
	/** Worker threads at most (they start on demand). */
	size: number;
	/** Jobs that may wait for a free worker; one more is refused with HeavyPoolBusy. */
	queue: number;
}

export class HeavyPool {
	private readonly idle: Worker[] = [];
	private readonly running = new Map<Worker, Job>();
	private readonly waiting: Job[] = [];
	private seq = 0;

	constructor(readonly options: HeavyPoolOptions) {}

	/** `transfer`: buffers in the input that move to the worker instead of being copied (an upload's bytes). */
	run<T extends HeavyTask>(task: T, input: HeavyInput<T>, transfer: Transferable[] = []): Promise<HeavyOutput<T>> {
		if (this.waiting.length >= this.options.queue && this.idle.length === 0 && this.running.size >= this.options.size)
			return Promise.reject(new HeavyPoolBusy(this.options.size + this.options.queue));
		return new Promise((resolve, reject) => {
			this.waiting.push({ id: ++this.seq, task, input, transfer, resolve: resolve as (v: unknown) => void, reject });
			this.pump();
		});
	}

	/**
	 * Starts a worker ahead of the first job when none is there yet (a page that will send heavy
	 * work calls it on load), so that job does not also wait for the worker to load its code.
	 */
	warm(): void {
		if (this.idle.length + this.running.size === 0) {
			const worker = this.spawn();
			worker.unref();
			this.idle.push(worker);
		}
	}

	/** Jobs running and waiting, for tests and the bench. */
	get load(): { running: number; waiting: number } {
		return { running: this.running.size, waiting: this.waiting.length };
	}

	async close(): Promise<void> {
		const workers = [...this.idle, ...this.running.keys()];
		this.idle.length = 0;
		for (const job of [...this.running.values(), ...this.waiting.splice(0)]) job.reject(new Error('the heavy-task pool was closed'));
		this.running.clear();
		await Promise.all(workers.map((w) => w.terminate()));
	}

	private pump(): void {
		while (this.waiting.length > 0) {
			const worker = this.idle.pop() ?? (this.running.size < this.options.size ? this.spawn() : null);
			if (!worker) return;
			const job = this.waiting.shift()!;
			this.running.set(worker, job);
			// A worker holds the process open only while it works, so an idle pool never keeps a CLI or test run alive.
			worker.ref();
			worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.transfer as never);
		}
	}

	private spawn(): Worker {
		const self = new URL(import.meta.url);
		// Under `vite dev` and vitest this module is TypeScript source: the worker registers tsx
		// (which also resolves $lib through tsconfig) before loading it. Node 20 does not apply
		// `--import` from a worker's execArgv to its entry, hence the small bootstrap.
		const worker = self.pathname.endsWith('.ts')
			? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(self.href)}); })`, { eval: true, workerData: WORKER_MARK })
			: new Worker(self, { workerData: WORKER_MARK });
		worker.on('message', (reply: Reply) => this.finish(worker, reply));
		worker.on('error', (e) => this.fail(worker, e));
		worker.on('exit', (code) => this.fail(worker, new Error(`a heavy-task worker stopped (exit code ${code})`)));
		return worker;
	}

	private finish(worker: Worker, reply: Reply): void {
		const job = this.running.get(worker);
		this.running.delete(worker);
		worker.unref();
		this.idle.push(worker);
		if (job && job.id === reply.id) {
			if (reply.ok) job.resolve(reply.value);
			else job.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
		}
		this.pump();
	}

	/** A worker that crashed takes only its own job down; the next job gets a fresh worker. */
	private fail(worker: Worker, error: Error): void {
		const job = this.running.get(worker);
		this.running.delete(worker);
		const at = this.idle.indexOf(worker);
		if (at >= 0) this.idle.splice(at, 1);
		job?.reject(error);
		this.pump();
	}
}

/** Two cores: one worker, so the request thread keeps a core of its own. */
export function defaultPoolOptions(env: Record<string, string | undefined> = process.env): HeavyPoolOptions {
	const whole = (raw: string | undefined, fallback: number, min: number) => {
		const n = Number(raw);
		return raw !== undefined && Number.isInteger(n) && n >= min ? n : fallback;
	};
	return {
		size: whole(env.HEAVY_WORKERS, Math.min(2, Math.max(1, availableParallelism() - 1)), 1),
		queue: whole(env.HEAVY_QUEUE, 4, 0)
	};
}

let shared: HeavyPool | undefined;

/** The process's pool, made on first use. */
export function heavyPool(): HeavyPool {
	shared ??= new HeavyPool(defaultPoolOptions());
	return shared;
}

if (!isMainThread && workerData === WORKER_MARK) {
	const port = parentPort!;
	port.on('message', async ({ id, task, input }: { id: number; task: HeavyTask; input: never }) => {
		try {
			port.postMessage({ id, ok: true, value: await HEAVY_TASKS[task](input) });
		} catch (e) {
			const error = e instanceof Error ? e : new Error(String(e));
			port.postMessage({ id, ok: false, error: { name: error.name, message: error.message } });
		}
	});
}
