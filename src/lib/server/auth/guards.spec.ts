import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Membership, User } from '$lib/schemas/account';
import { ApiError } from '../http/api';
import { fakeEvent } from './fake-event';
import { requireRole, requireUser } from './guards';

const user = (admin = false): User => ({ id: 'u'.repeat(24), email: 'u@example.nl', name: 'U', admin, createdAt: new Date().toISOString() });
const advisorAtAcme: Membership[] = [{ organisation: 'acme', role: 'advisor' }];

function thrown(f: () => unknown): unknown {
	try {
		f();
	} catch (e) {
		return e;
	}
	throw new Error('expected the guard to refuse');
}

describe('requireUser', () => {
	it('returns the signed-in user', () => {
		const u = user();
		expect(requireUser(fakeEvent({ user: u }))).toBe(u);
	});

	it('sends a signed-out page visit to sign in and back', () => {
		const e = thrown(() => requireUser(fakeEvent({ path: '/en/plans?x=1' })));
		expect(isRedirect(e) && e.status === 303 && e.location).toBe('/en/sign-in?next=%2Fen%2Fplans%3Fx%3D1');
	});

	it('refuses a signed-out form action with 401, translated', () => {
		const e = thrown(() => requireUser(fakeEvent({ method: 'POST' })));
		expect(isHttpError(e, 401) && e.body.message).toBe('Please sign in first.');
	});

	it('refuses a signed-out API call with the JSON error shape', () => {
		const e = thrown(() => requireUser(fakeEvent({ route: '/api/plans', path: '/api/plans' })));
		expect(e).toBeInstanceOf(ApiError);
		expect(e).toMatchObject({ status: 401, code: 'unauthenticated' });
	});
});

describe('requireRole', () => {
	it('admits a role held in the organisation asked for, or in any when none is named', () => {
		const event = fakeEvent({ user: user(), memberships: advisorAtAcme });
		expect(requireRole(event, 'advisor', 'acme').user.name).toBe('U');
		expect(requireRole(event, 'advisor').memberships).toEqual(advisorAtAcme);
	});

	it('refuses the same role in another organisation, another role, and admin to non-admins', () => {
		const event = fakeEvent({ user: user(), memberships: advisorAtAcme, method: 'POST' });
		for (const attempt of [() => requireRole(event, 'advisor', 'other-co'), () => requireRole(event, 'worker', 'acme'), () => requireRole(event, 'admin')]) {
			expect(isHttpError(thrown(attempt), 403)).toBe(true);
		}
	});

	it('admits a site admin to admin work without any membership', () => {
		expect(requireRole(fakeEvent({ user: user(true) }), 'admin').user.admin).toBe(true);
	});

	it('asks a signed-out visitor to sign in before judging roles', () => {
		const e = thrown(() => requireRole(fakeEvent({ route: '/api/plans', path: '/api/plans' }), 'admin'));
		expect(e).toMatchObject({ status: 401 });
	});
});
