import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback.js';

describe('loopback hosts', () => {
	it('are localhost, 127.0.0.0/8 and [::1], with or without a port', () => {
		for (const host of ['localhost', 'localhost:3000', 'LOCALHOST:4202', '127.0.0.1', '127.0.0.1:3000', '127.1.2.3:80', '[::1]', '[::1]:3000'])
			expect(isLoopbackHost(host), host).toBe(true);
	});

	it('are not other names, look-alikes or a missing header', () => {
		for (const host of [undefined, '', 'vakmetro.example.nl', 'localhost.evil.example', 'evil.localhost.example:3000', '127.0.0.1.evil.example', '10.0.0.1:3000', '[::2]:3000', '0.0.0.0:3000'])
			expect(isLoopbackHost(host), String(host)).toBe(false);
	});
});
