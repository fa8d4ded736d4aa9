import { describe, expect, it } from 'vitest';
import { secureCookies } from './cookie';

describe('Secure session cookie', () => {
	it('is Secure in production and behind an https origin, not on a plain-http dev or test server', () => {
		expect(secureCookies({ NODE_ENV: 'production' })).toBe(true);
		expect(secureCookies({ ORIGIN: 'https://vakmetro.example.nl' })).toBe(true);
		expect(secureCookies({ ORIGIN: 'http://127.0.0.1:4173' })).toBe(false);
		expect(secureCookies({})).toBe(false);
	});
});
