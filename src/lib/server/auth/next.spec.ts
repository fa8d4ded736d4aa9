import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('the page to return to after signing in', () => {
	it('follows paths on this site', () => {
		expect(safeNext('/en/plans?x=1', 'en', '/account')).toBe('/en/plans?x=1');
	});
	it('refuses anything that leaves the site and falls back to the account page', () => {
		for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/x\r\nSet-Cookie: a=b', '', null])
			expect(safeNext(bad, 'nl', '/account')).toBe('/nl/account');
	});
});
