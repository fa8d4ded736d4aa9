import { describe, expect, it } from 'vitest';
import { delayAfter, signInKeys, SIGN_IN_LIMITS, waitUnder, type DelayRule } from './rate-limit';

const rule: DelayRule = { free: 3, firstDelayMs: 1000, maxDelayMs: 10_000, forgetAfterMs: 60_000 };
const at = (ms: number) => new Date(Date.UTC(2025, 2, 1) + ms);

describe('growing delays', () => {
	it('costs nothing up to the free hits, then doubles the wait up to its cap', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((hits) => delayAfter(rule, hits))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
	});

	it('counts the wait from the last hit and forgets a counter left alone long enough', () => {
		const counter = { hits: 4, lastAt: at(0) };
		expect(waitUnder(rule, undefined, at(0))).toBe(0);
		expect(waitUnder(rule, counter, at(500))).toBe(1500);
		expect(waitUnder(rule, counter, at(2000))).toBe(0);
		expect(waitUnder(rule, { hits: 50, lastAt: at(0) }, at(9000))).toBe(1000);
		expect(waitUnder(rule, { hits: 50, lastAt: at(0) }, at(60_001))).toBe(0);
	});

	it('never lets the sign-in limits become a lockout longer than 15 minutes', () => {
		for (const r of [SIGN_IN_LIMITS.pair, SIGN_IN_LIMITS.account, SIGN_IN_LIMITS.address]) expect(delayAfter(r, 1e6)).toBe(15 * 60_000);
	});
});

describe('counter keys', () => {
	it('hold no email or address, and tell accounts, addresses and pairs apart', () => {
		const keys = signInKeys('known@example.nl', '198.51.100.7');
		expect(JSON.stringify(keys)).not.toMatch(/example|198\.51/);
		const other = signInKeys('known@example.nl', '198.51.100.8');
		expect(other.account).toBe(keys.account);
		expect(other.pair).not.toBe(keys.pair);
		expect(other.address).not.toBe(keys.address);
		expect(keys.known.slice('known:'.length)).toBe(keys.pair.slice('pair:'.length));
	});
});
