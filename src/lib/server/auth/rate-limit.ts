/**
 * Counts failures per key in a fixed window, in memory. One process is enough for the embedded
 * deployment; several app instances behind a balancer each keep their own counts, so the
 * effective limit there is the limit times the number of instances (still a hard cap).
 */
export class FailureWindow {
	private readonly entries = new Map<string, { count: number; resetAt: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		/** Bounds memory under a flood of distinct keys; the oldest windows are forgotten first. */
		readonly maxKeys = 50_000
	) {}

	/** Milliseconds until the key may try again; 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const e = this.entries.get(key);
		if (!e || e.resetAt <= now) return 0;
		return e.count >= this.limit ? e.resetAt - now : 0;
	}

	record(key: string, now = Date.now()): void {
		const e = this.entries.get(key);
		if (e && e.resetAt > now) {
			e.count++;
			return;
		}
		this.entries.delete(key);
		this.entries.set(key, { count: 1, resetAt: now + this.windowMs });
		if (this.entries.size > this.maxKeys) this.sweep(now);
	}

	clear(key: string): void {
		this.entries.delete(key);
	}

	private sweep(now: number): void {
		for (const [k, e] of this.entries) if (e.resetAt <= now) this.entries.delete(k);
		for (const k of this.entries.keys()) {
			if (this.entries.size <= this.maxKeys) break;
			this.entries.delete(k);
		}
	}
}

const MINUTE = 60_000;

export interface AuthLimits {
	/** Failed sign-ins per account (by email, whether or not it exists). */
	account: FailureWindow;
	/** Failed sign-ins per client address, across accounts (password spraying). */
	address: FailureWindow;
	/** Sign-ups per client address (each attempt counts), which also slows probing for taken emails. */
	signUp: FailureWindow;
}

export function createAuthLimits(): AuthLimits {
	return {
		account: new FailureWindow(5, 15 * MINUTE),
		address: new FailureWindow(30, 15 * MINUTE),
		signUp: new FailureWindow(10, 60 * MINUTE)
	};
}

/** The process's limits, shared by every sign-in and sign-up action. */
export const authLimits: AuthLimits = createAuthLimits();
