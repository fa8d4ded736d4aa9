import { describe, expect, it } from 'vitest';
import { contractNetwork } from '../store/contract-fixture';
import { deriveAsync } from './derive-async';
import { buildSnapshot } from './snapshot';

describe('deriveAsync', () => {
	const { meta, content } = contractNetwork();

	it('shares one computation between readers asking at the same time', async () => {
		const snap = buildSnapshot(meta, 1, structuredClone(content));
		let builds = 0;
		const build = async () => ++builds;
		const [a, b] = [deriveAsync(snap, 'k', build), deriveAsync(snap, 'k', build)];
		expect(a).toBe(b);
		expect(await a).toBe(1);
		expect(await deriveAsync(snap, 'k', build)).toBe(1);
		expect(builds).toBe(1);
	});

	it('forgets a failed computation, so the next reader tries again', async () => {
		const snap = buildSnapshot(meta, 1, structuredClone(content));
		let calls = 0;
		const build = async () => {
			if (++calls === 1) throw new Error('busy');
			return 'laid out';
		};
		await expect(deriveAsync(snap, 'k', build)).rejects.toThrow('busy');
		expect(await deriveAsync(snap, 'k', build)).toBe('laid out');
		expect(calls).toBe(2);
	});
});
