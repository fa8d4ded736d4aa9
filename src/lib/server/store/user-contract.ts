import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRoute } from '$lib/schemas/plan';
import { ConflictError, NotFoundError } from './errors';
import type { NewPlan, UserStore } from './user-types';

const label = (en: string) => ({ nl: en, en });

/** A two-stop route; the store treats it as an opaque document, so its content is not the point. */
export function contractRoute(): PlanRoute {
	const module = { id: 'plan-basics', label: label('Planning basics'), hours: 16, price: 250, currency: 'EUR' as const, points: 4, certificates: [], closedTo: 'acme' };
	return {
		stops: [
			{ station: 'welder', label: label('Welder'), line: null, transfer: false, hopMonths: 0, salaryMedian: 2500, salaryCurrency: 'EUR', modules: [], untaught: [], certificates: ['vca'] },
			{
				station: 'planner',
				label: label('Work planner'),
				line: { id: 'weld-line', label: label('Welding line'), colour: '#d62728' },
				transfer: false,
				hopMonths: 24,
				salaryMedian: 3200,
				salaryCurrency: 'EUR',
				modules: [module],
				untaught: [],
				certificates: []
			}
		],
		hoursPerWeek: 8,
		totals: { months: 24, studyHours: 16, money: 250, transfers: 0 }
	};
}

/**
 * The behaviour every UserStore adapter must show. Each adapter's spec calls this with a
 * factory for a fresh, empty store; nothing here knows which database is behind it.
 */
export function userStoreContract(name: string, open: () => Promise<UserStore>, dispose: (s: UserStore) => Promise<void> = (s) => s.close()) {
	describe(`UserStore contract: ${name}`, () => {
		let store: UserStore;
		let seq = 0;
		const person = (admin = false) =>
			store.createUser({ email: `person${++seq}@example.nl`, name: `Person ${seq}`, passwordHash: `hash-${seq}`, admin });
		const newPlan = (ownerId: string, extra: Partial<NewPlan> = {}): NewPlan => ({
			ownerId,
			createdBy: ownerId,
			organisation: null,
			title: 'Welder to planner',
			status: 'accepted',
			network: 'seed',
			networkVersion: 3,
			route: contractRoute(),
			...extra
		});

		beforeAll(async () => {
			store = await open();
			await store.migrate();
			// Every start runs migrations; a second run must change nothing.
			await store.migrate();
		});
		// Only a store that was opened: a failed open must not add a second, misleading error.
		afterAll(async () => {
			if (store) await dispose(store);
		});

		it('reports health', async () => {
			const h = await store.health();
			expect(h.ok).toBe(true);
			expect(h.store).toBe(store.kind);
		});

		describe('users', () => {
			it('creates a user and finds the credentials by email, ignoring case', async () => {
				const u = await store.createUser({ email: 'anna@example.nl', name: 'Anna', passwordHash: 'argon-hash' });
				expect(u).toMatchObject({ email: 'anna@example.nl', name: 'Anna', admin: false });
				expect(u.id).toMatch(/^[a-z0-9]{16,64}$/);
				expect(await store.getUser(u.id)).toEqual(u);
				expect(await store.findCredentials('ANNA@example.nl')).toEqual({ user: u, passwordHash: 'argon-hash' });
				expect(await store.findCredentials('nobody@example.nl')).toBeNull();
				expect(await store.getUser('doesnotexist0000')).toBeNull();
			});

			it('refuses a second account with the same email in any case', async () => {
				await store.createUser({ email: 'bram@example.nl', name: 'Bram', passwordHash: 'h' });
				await expect(store.createUser({ email: 'Bram@Example.nl', name: 'Other', passwordHash: 'h' })).rejects.toBeInstanceOf(ConflictError);
			});

			it('updates name, admin flag and password hash; lists and fetches users', async () => {
				const u = await person();
				const changed = await store.updateUser(u.id, { name: 'Renamed', admin: true });
				expect(changed).toMatchObject({ id: u.id, name: 'Renamed', admin: true, email: u.email });
				await store.setPasswordHash(u.id, 'new-hash');
				expect((await store.findCredentials(u.email))!.passwordHash).toBe('new-hash');
				expect((await store.listUsers()).map((x) => x.id)).toContain(u.id);
				expect(await store.getUsers([u.id, 'doesnotexist0000'])).toEqual([changed]);
				expect(await store.getUsers([])).toEqual([]);
				await expect(store.updateUser('doesnotexist0000', { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
				await expect(store.setPasswordHash('doesnotexist0000', 'x')).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		describe('finding users at the size of a sector', () => {
			it('pages the users whose name or email holds the query, in any case, with how many match', async () => {
				const tag = `zoek${Math.random().toString(36).slice(2, 8)}`;
				const names = ['Anna', 'bert', 'Carla', 'Dirk', 'Eva'];
				for (const name of names) await store.createUser({ email: `${name.toLowerCase()}.${tag}@example.nl`, name: `${name} ${tag.toUpperCase()}`, passwordHash: 'h' });
				await store.createUser({ email: `other.${tag}@example.nl`, name: 'Someone Else', passwordHash: 'h' });
				const first = await store.searchUsers({ query: tag.toUpperCase(), offset: 0, limit: 2 });
				expect(first.total).toBe(6);
				expect(first.users.map((u) => u.name)).toEqual([`Anna ${tag.toUpperCase()}`, `bert ${tag.toUpperCase()}`]);
				const last = await store.searchUsers({ query: tag, offset: 4, limit: 2 });
				expect(last.users.map((u) => u.name)).toEqual([`Eva ${tag.toUpperCase()}`, 'Someone Else']);
				expect((await store.searchUsers({ query: `  CARLA.${tag}  `, offset: 0, limit: 10 })).users.map((u) => u.name)).toEqual([`Carla ${tag.toUpperCase()}`]);
				expect(await store.searchUsers({ query: `${tag}%`, offset: 0, limit: 10 })).toEqual({ users: [], total: 0 });
				expect((await store.searchUsers({ query: tag, offset: 6, limit: 2 })).users).toEqual([]);
				const everyone = await store.searchUsers({ query: '', offset: 0, limit: 1000 });
				expect(everyone.users).toEqual(await store.listUsers());
				expect(everyone.total).toBe(everyone.users.length);
			});
		});

		describe('sessions', () => {
			it('stores a session under its id, extends and deletes it', async () => {
				const u = await person();
				const expiresAt = new Date(Date.now() + 86_400_000);
				await store.createSession({ id: 'a'.repeat(64), userId: u.id, expiresAt });
				const found = await store.getSession('a'.repeat(64));
				expect(found?.user).toEqual(u);
				expect(found?.session.expiresAt.getTime()).toBe(expiresAt.getTime());
				const later = new Date(expiresAt.getTime() + 86_400_000);
				await store.setSessionExpiry('a'.repeat(64), later);
				expect((await store.getSession('a'.repeat(64)))!.session.expiresAt.getTime()).toBe(later.getTime());
				await store.deleteSession('a'.repeat(64));
				expect(await store.getSession('a'.repeat(64))).toBeNull();
			});

			it('refuses a session for an unknown user', async () => {
				await expect(store.createSession({ id: 'b'.repeat(64), userId: 'doesnotexist0000', expiresAt: new Date() })).rejects.toBeInstanceOf(NotFoundError);
			});

			it('signs a user out everywhere and sweeps expired sessions', async () => {
				const u = await person();
				const past = new Date(Date.now() - 1000);
				const future = new Date(Date.now() + 60_000);
				await store.createSession({ id: 'c'.repeat(64), userId: u.id, expiresAt: future });
				await store.createSession({ id: 'd'.repeat(64), userId: u.id, expiresAt: future });
				await store.createSession({ id: 'e'.repeat(64), userId: u.id, expiresAt: past });
				expect(await store.deleteExpiredSessions(new Date())).toBeGreaterThanOrEqual(1);
				expect(await store.getSession('e'.repeat(64))).toBeNull();
				expect(await store.getSession('c'.repeat(64))).not.toBeNull();
				await store.deleteUserSessions(u.id);
				expect(await store.getSession('c'.repeat(64))).toBeNull();
				expect(await store.getSession('d'.repeat(64))).toBeNull();
			});
		});

		describe('sign-in limit counters', () => {
			const t0 = new Date('2025-03-01T08:00:00Z');
			const at = (ms: number) => new Date(t0.getTime() + ms);

			it('counts hits per key, restarts a counter left alone too long, and forgets on request', async () => {
				expect(await store.bumpAuthCounter('pair:a', t0, 60_000)).toEqual({ hits: 1, lastAt: t0 });
				expect(await store.bumpAuthCounter('pair:a', at(1_000), 60_000)).toEqual({ hits: 2, lastAt: at(1_000) });
				await store.bumpAuthCounter('pair:b', at(2_000), 60_000);
				const read = await store.authCounters(['pair:a', 'pair:b', 'pair:none']);
				expect([...read.entries()].sort()).toEqual([
					['pair:a', { hits: 2, lastAt: at(1_000) }],
					['pair:b', { hits: 1, lastAt: at(2_000) }]
				]);
				// More than a minute after its last hit, the counter starts again.
				expect(await store.bumpAuthCounter('pair:a', at(62_000), 60_000)).toEqual({ hits: 1, lastAt: at(62_000) });
				await store.deleteAuthCounter('pair:a');
				expect((await store.authCounters(['pair:a'])).size).toBe(0);
				expect(await store.authCounters([])).toEqual(new Map());
			});

			it('counts every one of many concurrent hits', async () => {
				const hits = await Promise.all(Array.from({ length: 12 }, () => store.bumpAuthCounter('pair:busy', t0, 60_000)));
				expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
			});

			it('sweeps old counters of one kind only', async () => {
				await store.bumpAuthCounter('sweep:old', t0, 60_000);
				await store.bumpAuthCounter('sweep:new', at(10_000), 60_000);
				await store.bumpAuthCounter('keep:old', t0, 60_000);
				expect(await store.deleteAuthCountersBefore('sweep:', at(5_000))).toBe(1);
				expect([...(await store.authCounters(['sweep:old', 'sweep:new', 'keep:old'])).keys()].sort()).toEqual(['keep:old', 'sweep:new']);
			});
		});

		describe('memberships', () => {
			it('grants roles per organisation once, lists members and revokes', async () => {
				const u = await person();
				await store.addMembership(u.id, { organisation: 'acme', role: 'worker' });
				await store.addMembership(u.id, { organisation: 'acme', role: 'worker' });
				await store.addMembership(u.id, { organisation: 'acme', role: 'advisor' });
				await store.addMembership(u.id, { organisation: 'college', role: 'school' });
				expect(await store.memberships(u.id)).toEqual([
					{ organisation: 'acme', role: 'advisor' },
					{ organisation: 'acme', role: 'worker' },
					{ organisation: 'college', role: 'school' }
				]);
				const members = await store.members('acme');
				expect(members.filter((m) => m.user.id === u.id).map((m) => m.role)).toEqual(['advisor', 'worker']);
				await store.removeMembership(u.id, { organisation: 'acme', role: 'advisor' });
				expect(await store.memberships(u.id)).toHaveLength(2);
				await expect(store.addMembership('doesnotexist0000', { organisation: 'acme', role: 'worker' })).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		describe('organisations in use', () => {
			it('counts the memberships, advisor links and shared plans that name an organisation', async () => {
				const org = `org-${++seq}`;
				expect(await store.organisationUse(org)).toEqual({ memberships: 0, advisorLinks: 0, plans: 0 });
				const advisor = await person();
				const employee = await person();
				await store.addMembership(advisor.id, { organisation: org, role: 'advisor' });
				await store.addMembership(employee.id, { organisation: org, role: 'worker' });
				await store.addMembership(employee.id, { organisation: 'elsewhere', role: 'worker' });
				await store.linkEmployee(advisor.id, employee.id, org);
				await store.createPlan(newPlan(employee.id, { organisation: org }));
				await store.createPlan(newPlan(employee.id));
				expect(await store.organisationUse(org)).toEqual({ memberships: 2, advisorLinks: 1, plans: 1 });
			});

			it('revoking the membership a link rests on ends the link, so rejoining restores no access', async () => {
				const org = `org-${++seq}`;
				const advisor = await person();
				const employee = await person();
				await store.addMembership(advisor.id, { organisation: org, role: 'advisor' });
				await store.addMembership(advisor.id, { organisation: org, role: 'worker' });
				await store.addMembership(employee.id, { organisation: org, role: 'worker' });
				await store.addMembership(employee.id, { organisation: org, role: 'school' });
				await store.linkEmployee(advisor.id, employee.id, org);
				const other = await store.linkEmployee(advisor.id, employee.id, 'elsewhere');

				// Another membership in the organisation still carries the employee's side.
				await store.removeMembership(employee.id, { organisation: org, role: 'school' });
				expect(await store.advisorLinks({ employeeId: employee.id })).toHaveLength(2);
				await store.removeMembership(employee.id, { organisation: org, role: 'worker' });
				expect(await store.advisorLinks({ employeeId: employee.id })).toEqual([other]);
				await store.addMembership(employee.id, { organisation: org, role: 'worker' });
				expect(await store.advisorLinks({ employeeId: employee.id })).toEqual([other]);

				// The advisor's side rests on the advisor role, not on any membership.
				await store.linkEmployee(advisor.id, employee.id, org);
				await store.removeMembership(advisor.id, { organisation: org, role: 'advisor' });
				expect(await store.advisorLinks({ advisorId: advisor.id })).toEqual([other]);
				expect(await store.organisationUse(org)).toMatchObject({ advisorLinks: 0 });
			});
		});

		describe('profile', () => {
			it('keeps one level per skill and one date per certificate', async () => {
				const u = await person();
				expect(await store.profile(u.id)).toEqual({ skills: [], certificates: [] });
				await store.setProfileSkill(u.id, 'welding', 2);
				await store.setProfileSkill(u.id, 'welding', 4);
				await store.setProfileSkill(u.id, 'drawing', 1);
				await store.setProfileCertificate(u.id, 'vca', '2021-05-01');
				await store.setProfileCertificate(u.id, 'vca', '2023-06-15');
				expect(await store.profile(u.id)).toEqual({
					skills: [
						{ skill: 'drawing', level: 1 },
						{ skill: 'welding', level: 4 }
					],
					certificates: [{ certificate: 'vca', obtainedOn: '2023-06-15' }]
				});
				await store.removeProfileSkill(u.id, 'drawing');
				await store.removeProfileCertificate(u.id, 'vca');
				expect(await store.profile(u.id)).toEqual({ skills: [{ skill: 'welding', level: 4 }], certificates: [] });
				await expect(store.setProfileSkill('doesnotexist0000', 'welding', 1)).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		describe('advisor links', () => {
			it('links an employee to an advisor within an organisation, once', async () => {
				const advisor = await person();
				const employee = await person();
				const link = await store.linkEmployee(advisor.id, employee.id, 'acme');
				expect(link).toMatchObject({ advisorId: advisor.id, employeeId: employee.id, organisation: 'acme' });
				expect(await store.linkEmployee(advisor.id, employee.id, 'acme')).toEqual(link);
				expect(await store.advisorLinks({ advisorId: advisor.id })).toEqual([link]);
				expect(await store.advisorLinks({ employeeId: employee.id })).toEqual([link]);
				expect(await store.advisorLinks({ advisorId: employee.id })).toEqual([]);
				await store.unlinkEmployee(advisor.id, employee.id, 'acme');
				expect(await store.advisorLinks({ advisorId: advisor.id })).toEqual([]);
				await expect(store.linkEmployee(advisor.id, 'doesnotexist0000', 'acme')).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		describe('plans', () => {
			it('saves a plan with its route and network version and reads it back', async () => {
				const u = await person();
				const plan = await store.createPlan(newPlan(u.id));
				expect(plan).toMatchObject({ ownerId: u.id, status: 'accepted', networkVersion: 3, revision: 1 });
				expect(plan.acceptedAt).not.toBeNull();
				expect(await store.getPlan(plan.id)).toEqual(plan);
				expect((await store.getPlan(plan.id))!.route).toEqual(contractRoute());
				expect(await store.getPlan('doesnotexist0000')).toBeNull();
				await expect(store.createPlan(newPlan('doesnotexist0000'))).rejects.toBeInstanceOf(NotFoundError);
			});

			it('lists plans by owners and by organisation, newest first', async () => {
				const a = await person();
				const b = await person();
				const first = await store.createPlan(newPlan(a.id, { organisation: 'acme' }));
				const second = await store.createPlan(newPlan(b.id, { organisation: 'acme' }));
				const third = await store.createPlan(newPlan(a.id));
				expect((await store.listPlans({ ownerIds: [a.id] })).map((p) => p.id)).toEqual([third.id, first.id]);
				expect((await store.listPlans({ ownerIds: [a.id, b.id], organisation: 'acme' })).map((p) => p.id)).toEqual([second.id, first.id]);
				expect(await store.listPlans({ ownerIds: [] })).toEqual([]);
			});

			it('accepts a proposed plan, records when, and refuses a stale revision', async () => {
				const advisor = await person();
				const employee = await person();
				const plan = await store.createPlan(newPlan(employee.id, { createdBy: advisor.id, status: 'proposed', organisation: 'acme' }));
				expect(plan.acceptedAt).toBeNull();
				const accepted = await store.updatePlan(plan.id, { status: 'accepted' }, plan.revision);
				expect(accepted).toMatchObject({ status: 'accepted', revision: 2, organisation: 'acme' });
				expect(accepted.acceptedAt).not.toBeNull();
				await expect(store.updatePlan(plan.id, { title: 'late' }, plan.revision)).rejects.toBeInstanceOf(ConflictError);
				expect((await store.getPlan(plan.id))!.title).toBe('Welder to planner');
				const unshared = await store.updatePlan(plan.id, { organisation: null, title: 'Mine' });
				expect(unshared).toMatchObject({ organisation: null, title: 'Mine', revision: 3, acceptedAt: accepted.acceptedAt });
				await expect(store.updatePlan('doesnotexist0000', { title: 'x' })).rejects.toBeInstanceOf(NotFoundError);
			});

			it('keeps a conversation in order and the progress per module', async () => {
				const owner = await person();
				const advisor = await person();
				const plan = await store.createPlan(newPlan(owner.id));
				const c1 = await store.addComment(plan.id, owner.id, 'Can I start in autumn?');
				const c2 = await store.addComment(plan.id, advisor.id, 'Yes.');
				expect(await store.comments(plan.id)).toEqual([c1, c2]);
				await expect(store.addComment('doesnotexist0000', owner.id, 'x')).rejects.toBeInstanceOf(NotFoundError);
				await store.setModuleDone(plan.id, 'plan-basics', '2024-01-10');
				await store.setModuleDone(plan.id, 'plan-basics', '2024-02-10');
				await store.setModuleDone(plan.id, 'welding-1', '2024-03-01');
				expect(await store.progress(plan.id)).toEqual([
					{ module: 'plan-basics', doneOn: '2024-02-10' },
					{ module: 'welding-1', doneOn: '2024-03-01' }
				]);
				await store.setModuleDone(plan.id, 'welding-1', null);
				expect(await store.progress(plan.id)).toEqual([{ module: 'plan-basics', doneOn: '2024-02-10' }]);
				await expect(store.setModuleDone('doesnotexist0000', 'x', '2024-01-01')).rejects.toBeInstanceOf(NotFoundError);
			});

			it('deleting a plan removes its comments and progress', async () => {
				const u = await person();
				const plan = await store.createPlan(newPlan(u.id));
				await store.addComment(plan.id, u.id, 'note');
				await store.setModuleDone(plan.id, 'plan-basics', '2024-01-10');
				await store.deletePlan(plan.id);
				expect(await store.getPlan(plan.id)).toBeNull();
				expect(await store.comments(plan.id)).toEqual([]);
				expect(await store.progress(plan.id)).toEqual([]);
				await expect(store.deletePlan(plan.id)).rejects.toBeInstanceOf(NotFoundError);
			});
		});

		it('deleting a user removes their sessions, memberships, profile, links and plans, and keeps others’ comments', async () => {
			const leaver = await person();
			const colleague = await person();
			await store.createSession({ id: 'f'.repeat(64), userId: leaver.id, expiresAt: new Date(Date.now() + 60_000) });
			await store.addMembership(leaver.id, { organisation: 'acme', role: 'worker' });
			await store.setProfileSkill(leaver.id, 'welding', 3);
			await store.linkEmployee(colleague.id, leaver.id, 'acme');
			const own = await store.createPlan(newPlan(leaver.id));
			const theirs = await store.createPlan(newPlan(colleague.id));
			await store.addComment(theirs.id, leaver.id, 'from the leaver');
			await store.deleteUser(leaver.id);
			expect(await store.getUser(leaver.id)).toBeNull();
			expect(await store.getSession('f'.repeat(64))).toBeNull();
			expect(await store.memberships(leaver.id)).toEqual([]);
			expect(await store.profile(leaver.id)).toEqual({ skills: [], certificates: [] });
			expect(await store.advisorLinks({ advisorId: colleague.id })).toEqual([]);
			expect(await store.getPlan(own.id)).toBeNull();
			const [kept] = await store.comments(theirs.id);
			expect(kept).toMatchObject({ body: 'from the leaver', authorId: null });
			await expect(store.deleteUser(leaver.id)).rejects.toBeInstanceOf(NotFoundError);
		});
	});
}
