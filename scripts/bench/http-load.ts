// A small closed-loop HTTP load generator for the benchmarks: `connections` keep-alive
// connections each send the next request as soon as the previous answer is read, for a fixed
// time. Loopback only, bounded in connections and seconds; figures, never assertions.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export const MAX_CONNECTIONS = 64;
export const MAX_SECONDS = 120;

export interface LoadOptions {
	connections: number;
	seconds: number;
	/** Request headers (e.g. a session cookie for a signed-in reader). */
	headers?: Record<string, string>;
	/**
	 * Each request asks another URL (a `_cold=<n>` parameter pages ignore), so no answer kept
	 * from an earlier one fits: what rendering costs, without the page cache.
	 */
	cold?: boolean;
}

export interface LoadResult {
	requests: number;
	/** Answers that were not 2xx, or requests that failed. */
	errors: number;
	/** Completed requests per second over the whole run. */
	rps: number;
	p50: number;
	p99: number;
	max: number;
}

export interface Response {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** Refuses anything but this machine: the benchmark must never load someone else's server. */
export function loopbackUrl(raw: string): URL {
	const url = new URL(raw);
	if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
		throw new Error(`benchmark: only http on loopback is measured, not ${url.origin}`);
	return url;
}

export function get(url: URL, agent: http.Agent, headers: Record<string, string> = {}): Promise<Response> {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { agent, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
	});
}

/** The value at quantile q (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Loads one URL for `seconds` over `connections` keep-alive connections. */
export async function load(raw: string, options: LoadOptions): Promise<LoadResult> {
	const url = loopbackUrl(raw);
	const connections = Math.min(MAX_CONNECTIONS, Math.max(1, Math.floor(options.connections)));
	const seconds = Math.min(MAX_SECONDS, Math.max(0.5, options.seconds));
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const latencies: number[] = [];
	let errors = 0;
	const started = performance.now();
	const deadline = started + seconds * 1000;
	let asked = 0;
	const next = () => {
		if (!options.cold) return url;
		const fresh = new URL(url);
		fresh.searchParams.set('_cold', String(asked++));
		return fresh;
	};
	const worker = async () => {
		while (performance.now() < deadline) {
			const t0 = performance.now();
			try {
				const res = await get(next(), agent, options.headers);
				if (res.status < 200 || res.status >= 300) errors++;
			} catch {
				errors++;
			}
			latencies.push(performance.now() - t0);
		}
	};
	await Promise.all(Array.from({ length: connections }, worker));
	const elapsed = (performance.now() - started) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return {
		requests: latencies.length,
		errors,
		rps: latencies.length / elapsed,
		p50: quantile(latencies, 0.5),
		p99: quantile(latencies, 0.99),
		max: latencies[latencies.length - 1] ?? NaN
	};
}
