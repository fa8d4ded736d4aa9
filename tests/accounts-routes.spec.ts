import type { RequestEvent } from '@sveltejs/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import * as account from '../src/routes/[[lang=locale]]/account/+page.server';
import * as admin from '../src/routes/[[lang=locale]]/admin/+page.server';
import * as planPage from '../src/routes/[[lang=locale]]/plans/[id]/+page.server';
import * as printPage from '../src/routes/[[lang=locale]]/plans/[id]/print/+page.server';
import * as group from '../src/routes/[[lang=locale]]/plans/group/+page.server';
import * as plansPage from '../src/routes/[[lang=locale]]/plans/+page.server';
import * as newPlan from '../src/routes/[[lang=locale]]/plans/new/+page.server';
import * as me from '../src/routes/api/me/+server';
import * as myExport from '../src/routes/api/me/export/+server';
import * as plansApi from '../src/routes/api/plans/+server';
import * as planApi from '../src/routes/api/plans/[id]/+server';
import * as commentsApi from '../src/routes/api/plans/[id]/comments/+server';
import * as progressApi from '../src/routes/api/plans/[id]/progress/+server';
import { outcomeOf, routeEvent, type RouteRequest } from './route-event';

/**
 * Every load, action and endpoint of accounts and plans, called the way SvelteKit calls it, by
 * the wrong person: signed out, another organisation, another role. Each must refuse (401 or a
 * sign-in redirect when signed out, 403 or 404 otherwise) and leave the data as it was. A
 * route that forgot its guard fails here, whatever its layout does.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

const COMPANY = 'van-der-meer-machinebouw';
let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-routes-'));

type Who = Account | null;
const cast = {} as Record<'worker' | 'advisor' | 'otherAdvisor' | 'colleague' | 'loner' | 'admin', Account>;
let planId: string;

async function person(name: string, memberships: Membership[], isAdmin = false): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used', admin: isAdmin });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	cast.worker = await person('wim', [{ organisation: COMPANY, role: 'worker' }]);
	cast.colleague = await person('cor', [{ organisation: COMPANY, role: 'worker' }]);
	cast.advisor = await person('ada', [{ organisation: COMPANY, role: 'advisor' }]);
	cast.otherAdvisor = await person('otto', [{ organisation: 'oom', role: 'advisor' }]);
	cast.loner = await person('lou', []);
	cast.admin = await person('root', [], true);
	await app.users.linkEmployee(cast.advisor.user.id, cast.worker.user.id, COMPANY);
	const snap = await app.snapshots.get('seed');
	planId = (
		await app.users.createPlan({
			ownerId: cast.worker.user.id,
			createdBy: cast.worker.user.id,
			organisation: COMPANY,
			title: 'Towards hygienic fitter',
			status: 'accepted',
			network: 'seed',
			networkVersion: snap.version,
			route: {
				stops: [
					{ station: 'construction-welder', label: { nl: 'a', en: 'a' }, line: null, transfer: false, hopMonths: 0, salaryMedian: null, salaryCurrency: null, modules: [], untaught: [], certificates: [] },
					{
						station: 'hygienic-welder',
						label: { nl: 'b', en: 'b' },
						line: { id: 'welding', label: { nl: 'l', en: 'l' }, colour: '#000000' },
						transfer: false,
						hopMonths: 24,
						salaryMedian: null,
						salaryCurrency: null,
						modules: [{ id: 'tig-stainless-course', label: { nl: 'm', en: 'm' }, hours: 80, price: 2100, currency: 'EUR', points: 8, certificates: [], closedTo: null }],
						untaught: [],
						certificates: []
					}
				],
				hoursPerWeek: 8,
				totals: { months: 24, studyHours: 80, money: 2100, transfers: 0 }
			}
		})
	).id;
	await app.users.addComment(planId, cast.advisor.user.id, 'first comment');
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A RequestEvent as SvelteKit builds it for a route, for one person (or nobody). */
function event(who: Who, route: string, path: string, init: RouteRequest = {}): RequestEvent {
	return (request.current = routeEvent(who, route, path, init));
}

/** The status a caller sees, whether the handler returned, failed an action, redirected or threw. */
async function statusOf(run: () => unknown): Promise<number> {
	return (await outcomeOf(run)).status;
}

/** Everything the attempts could touch, to prove a refusal changed nothing. */
async function everything() {
	const users = await app.users.listUsers();
	return {
		users,
		memberships: await Promise.all(users.map((u) => app.users.memberships(u.id))),
		profiles: await Promise.all(users.map((u) => app.users.profile(u.id))),
		plans: await app.users.listPlans({}),
		comments: await app.users.comments(planId),
		progress: await app.users.progress(planId),
		links: await app.users.advisorLinks({}),
		organisations: (await app.snapshots.get('seed')).content.organisations.length
	};
}

const PLAN = '/[[lang=locale]]/plans/[id]';
const planPath = () => `/en/plans/${planId}`;
const planParams = () => ({ id: planId });

type Attempt = { name: string; run: (who: Who) => unknown };

/** Page loads and actions on one plan, and its JSON endpoints. */
function planAttempts(): { readers: Attempt[]; ownerOnly: Attempt[] } {
	const action = (name: keyof typeof planPage.actions, form: Record<string, string>): Attempt => ({
		name: `plan action ${name}`,
		run: (who) => planPage.actions[name]!(event(who, PLAN, `${planPath()}?/${name}`, { form, params: planParams() }) as never)
	});
	const api = (name: string, handler: (e: never) => unknown, route: string, init: Parameters<typeof event>[3]): Attempt => ({
		name,
		run: (who) => handler(event(who, route, `/api/plans/${planId}`, { ...init, params: planParams() }) as never)
	});
	return {
		readers: [
			{ name: 'plan page', run: (who) => planPage.load(event(who, PLAN, planPath(), { params: planParams() }) as never) },
			{ name: 'print view', run: (who) => printPage.load(event(who, `${PLAN}/print`, `${planPath()}/print`, { params: planParams() }) as never) },
			action('comment', { body: 'sneaky comment' }),
			api('GET /api/plans/[id]', planApi.GET, '/api/plans/[id]', {}),
			api('POST /api/plans/[id]/comments', commentsApi.POST, '/api/plans/[id]/comments', { json: { body: 'sneaky' } })
		],
		ownerOnly: [
			action('progress', { module: 'tig-stainless-course', done: 'true' }),
			action('accept', {}),
			action('share', { organisation: '' }),
			action('rename', { title: 'Hijacked' }),
			action('delete', {}),
			api('PATCH /api/plans/[id]', planApi.PATCH, '/api/plans/[id]', { method: 'PATCH', json: { title: 'Hijacked' } }),
			api('DELETE /api/plans/[id]', planApi.DELETE, '/api/plans/[id]', { method: 'DELETE' }),
			api('PUT /api/plans/[id]/progress', progressApi.PUT, '/api/plans/[id]/progress', { method: 'PUT', json: { module: 'tig-stainless-course', doneOn: '2024-01-01' } })
		]
	};
}

function adminAttempts(): Attempt[] {
	const ADMIN = '/[[lang=locale]]/admin';
	const action = (name: keyof typeof admin.actions, form: () => Record<string, string>, what = ''): Attempt => ({
		name: `admin action ${name}${what}`,
		run: (who) => admin.actions[name]!(event(who, ADMIN, `/en/admin?/${name}`, { form: form() }) as never)
	});
	return [
		{ name: 'admin page', run: (who) => admin.load(event(who, ADMIN, '/en/admin') as never) },
		action('changeRole', () => ({ change: 'grant', userId: cast.loner.user.id, organisation: COMPANY, role: 'advisor', confirmed: 'yes' }), ': grant'),
		action('changeRole', () => ({ change: 'revoke', userId: cast.advisor.user.id, organisation: COMPANY, role: 'advisor', confirmed: 'yes' }), ': revoke'),
		action('changeRole', () => ({ change: 'admin', userId: cast.loner.user.id, admin: 'true', confirmed: 'yes' }), ': make admin'),
		action('changeRole', () => ({ change: 'grant', userId: cast.loner.user.id, organisation: COMPANY, role: 'advisor' }), ': ask to grant'),
		action('createOrganisation', () => ({ id: 'intruder-bv', nl: 'Indringer', en: 'Intruder', kind: 'company' }))
	];
}

function signedInAttempts(): Attempt[] {
	const ACCOUNT = '/[[lang=locale]]/account';
	const GROUP = '/[[lang=locale]]/plans/group';
	return [
		{ name: 'account page', run: (who) => account.load(event(who, ACCOUNT, '/en/account') as never) },
		...(['setSkill', 'removeSkill', 'setCertificate', 'removeCertificate'] as const).map((name) => ({
			name: `account action ${name}`,
			run: (who: Who) => account.actions[name]!(event(who, ACCOUNT, `/en/account?/${name}`, { form: { skill: 'welding-symbols', level: '2', certificate: 'vca-basis', obtainedOn: '2020-01-01' } }) as never)
		})),
		{ name: 'my plans', run: (who) => plansPage.load(event(who, '/[[lang=locale]]/plans', '/en/plans') as never) },
		{ name: 'new plan page', run: (who) => newPlan.load(event(who, '/[[lang=locale]]/plans/new', '/en/plans/new?from=construction-welder&to=hygienic-fitter') as never) },
		{ name: 'save plan action', run: (who) => newPlan.actions.default!(event(who, '/[[lang=locale]]/plans/new', '/en/plans/new?from=construction-welder&to=hygienic-fitter', { form: { title: 'x', for: '', organisation: '' } }) as never) },
		{ name: 'group overview', run: (who) => group.load(event(who, GROUP, '/en/plans/group') as never) },
		{ name: 'group link', run: (who) => group.actions.link!(event(who, GROUP, '/en/plans/group?/link', { form: { organisation: COMPANY, employeeId: cast.colleague.user.id } }) as never) },
		{ name: 'GET /api/me', run: (who) => me.GET(event(who, '/api/me', '/api/me') as never) },
		{ name: 'GET /api/me/export', run: (who) => myExport.GET(event(who, '/api/me/export', '/api/me/export') as never) },
		{ name: 'GET /api/plans', run: (who) => plansApi.GET(event(who, '/api/plans', '/api/plans') as never) },
		{ name: 'POST /api/plans', run: (who) => plansApi.POST(event(who, '/api/plans', '/api/plans', { json: { title: 'x', route: { from: 'construction-welder', hops: [{ line: 'welding', to: 'hygienic-welder' }] } } }) as never) }
	];
}

describe('signed out, every account and plan route refuses and changes nothing', () => {
	it.each([...planAttempts().readers, ...planAttempts().ownerOnly, ...adminAttempts(), ...signedInAttempts()].map((a) => [a.name, a] as const))(
		'%s',
		async (_, attempt) => {
			const before = await everything();
			const status = await statusOf(() => attempt.run(null));
			expect([401, 303]).toContain(status);
			expect(await everything()).toEqual(before);
		}
	);
});

describe('a plan is refused to everyone it is not shared with, changing nothing', () => {
	for (const who of ['otherAdvisor', 'colleague', 'loner', 'admin'] as const)
		it.each([...planAttempts().readers, ...planAttempts().ownerOnly].map((a) => [a.name, a] as const))(`${who}: %s → 404`, async (_, attempt) => {
			const before = await everything();
			expect(await statusOf(() => attempt.run(cast[who]))).toBe(404);
			expect(await everything()).toEqual(before);
		});
});

describe('the advisor of the same organisation reads and comments but does not do the owner’s part', () => {
	it.each(planAttempts().ownerOnly.map((a) => [a.name, a] as const))('advisor: %s → 403', async (_, attempt) => {
		const before = await everything();
		expect(await statusOf(() => attempt.run(cast.advisor))).toBe(403);
		expect(await everything()).toEqual(before);
	});

	it.each(planAttempts().readers.filter((a) => !/comment/.test(a.name)).map((a) => [a.name, a] as const))('advisor: %s → 200', async (_, attempt) => {
		expect(await statusOf(() => attempt.run(cast.advisor))).toBe(200);
	});
});

describe('administration is for administrators only', () => {
	for (const who of ['worker', 'advisor', 'otherAdvisor', 'loner'] as const)
		it.each(adminAttempts().map((a) => [a.name, a] as const))(`${who}: %s → 403`, async (_, attempt) => {
			const before = await everything();
			expect(await statusOf(() => attempt.run(cast[who]))).toBe(403);
			expect(await everything()).toEqual(before);
		});

	it('the admin page opens for an administrator', async () => {
		expect(await statusOf(() => adminAttempts()[0]!.run(cast.admin))).toBe(200);
	});
});

describe('advising is for advisors of the organisation', () => {
	it('the group overview and linking refuse anyone who advises nowhere', async () => {
		for (const who of ['worker', 'loner', 'admin'] as const) {
			const before = await everything();
			for (const attempt of signedInAttempts().filter((a) => a.name.startsWith('group'))) expect(await statusOf(() => attempt.run(cast[who]))).toBe(403);
			expect(await everything()).toEqual(before);
		}
	});

	it('an advisor of another organisation cannot link its members', async () => {
		const before = await everything();
		const link = signedInAttempts().find((a) => a.name === 'group link')!;
		expect(await statusOf(() => link.run(cast.otherAdvisor))).toBe(403);
		expect(await everything()).toEqual(before);
	});

	it('an advisor cannot save a plan for someone they have not linked', async () => {
		const before = await everything();
		const res = (await plansApi.POST(
			event(cast.advisor, '/api/plans', '/api/plans', {
				json: {
					title: 'x',
					employeeId: cast.colleague.user.id,
					organisation: COMPANY,
					route: { from: 'construction-welder', hops: [{ line: 'welding', to: 'hygienic-welder' }] }
				}
			}) as never
		)) as Response;
		expect(res.status).toBe(403);
		expect(await everything()).toEqual(before);
	});
});

describe('the owner ticks a module of the plan done, one toggle per module', () => {
	const progress = (form: Record<string, string>) =>
		outcomeOf(() => planPage.actions.progress!(event(cast.worker, PLAN, `${planPath()}?/progress`, { form, params: planParams() }) as never));
	const today = new Date().toISOString().slice(0, 10);

	it('ticked means done today; unticked means not done', async () => {
		expect((await progress({ module: 'tig-stainless-course', done: 'true' })).status).toBe(200);
		expect(await app.users.progress(planId)).toEqual([{ module: 'tig-stainless-course', doneOn: today }]);
		expect((await progress({ module: 'tig-stainless-course', done: 'false' })).status).toBe(200);
		expect(await app.users.progress(planId)).toEqual([]);
	});

	it('refuses a module the plan does not hold, or a toggle that is neither, naming the field and changing nothing', async () => {
		const before = await everything();
		const notInPlan = await progress({ module: 'hygienic-pipework-course', done: 'true' });
		expect(notInPlan.status).toBe(400);
		expect(notInPlan.body).toMatchObject({ form: 'progress', errors: { module: expect.any(String) } });
		const neither = await progress({ module: 'tig-stainless-course', done: 'yesterday' });
		expect(neither.status).toBe(400);
		expect(neither.body).toMatchObject({ form: 'progress', errors: { done: expect.any(String) } });
		expect(await everything()).toEqual(before);
	});

	it('the plan page and its print view carry the route for the map and its salary story', async () => {
		for (const load of [
			() => planPage.load(event(cast.worker, PLAN, planPath(), { params: planParams() }) as never),
			() => printPage.load(event(cast.worker, `${PLAN}/print`, `${planPath()}/print`, { params: planParams() }) as never)
		]) {
			const data = (await outcomeOf(load)).body as Record<string, unknown>;
			expect(data.mapRoute).toEqual({ stations: ['construction-welder', 'hygienic-welder'], legs: [{ line: 'welding', stations: ['construction-welder', 'hygienic-welder'] }], transfers: [] });
			expect(data.map).toMatchObject({ network: 'seed' });
			expect(data.salary).toMatchObject({ horizon: 24, route: { hops: [{ from: 'construction-welder', to: 'hygienic-welder', months: 24 }] } });
		}
	});
});

describe('the admin finds users by name or email, a page at a time, and changes roles in one place after a confirmation', () => {
	const ADMIN = '/[[lang=locale]]/admin';
	const load = async (query: string) => (await outcomeOf(() => admin.load(event(cast.admin, ADMIN, `/en/admin${query}`) as never)));
	const changeRole = (form: Record<string, string>) => outcomeOf(() => admin.actions.changeRole!(event(cast.admin, ADMIN, '/en/admin?/changeRole', { form }) as never));
	type Loaded = { users: { rows: { user: { email: string } }[]; total: number; page: number; pages: number }; selected: { user: { id: string } } | null; unknownUser: boolean };

	it('searches on the server and pages with a bounded page size', async () => {
		for (let i = 0; i < 30; i++) await app.users.createUser({ email: `fitter${String(i).padStart(2, '0')}@paging.example`, name: `Fitter ${String(i).padStart(2, '0')}`, passwordHash: 'h' });
		const first = (await load('?q=PAGING.example')).body as Loaded;
		expect(first.users).toMatchObject({ total: 30, page: 1, pages: 2 });
		expect(first.users.rows).toHaveLength(25);
		expect(first.users.rows[0]!.user.email).toBe('fitter00@paging.example');
		const second = (await load('?q=paging.example&page=2')).body as Loaded;
		expect(second.users.rows.map((r) => r.user.email)).toEqual(['25', '26', '27', '28', '29'].map((n) => `fitter${n}@paging.example`));
		// Beyond the last page shows the last page, not an empty list.
		expect(((await load('?q=paging.example&page=9')).body as Loaded).users.page).toBe(2);
		expect(((await load('?q=wim')).body as Loaded).users.rows.map((r) => r.user.email)).toEqual(['wim@example.nl']);
	});

	it('refuses a page or user in the address it cannot use, naming it', async () => {
		for (const [query, field] of [['?page=abc', 'page'], ['?page=0', 'page'], ['?user=../etc', 'user'], [`?q=${'x'.repeat(201)}`, 'q']] as const) {
			const res = await load(query);
			expect(res.status).toBe(400);
			expect((res.body as { message: string }).message).toContain(field);
		}
		expect(((await load(`?user=${'a'.repeat(24)}`)).body as Loaded).unknownUser).toBe(true);
		expect(((await load(`?user=${cast.loner.user.id}`)).body as Loaded).selected?.user.id).toBe(cast.loner.user.id);
	});

	it('asks first and changes nothing; the confirmed change is made', async () => {
		const grant = { change: 'grant', userId: cast.loner.user.id, organisation: COMPANY, role: 'school' };
		const before = await everything();
		const asked = await changeRole(grant);
		expect(asked.status).toBe(200);
		expect(asked.body).toMatchObject({ confirm: { change: 'grant', name: 'lou', organisation: COMPANY, role: 'school', organisationLabel: { en: 'Van der Meer Machinebouw' } } });
		expect(await everything()).toEqual(before);
		expect((await changeRole({ ...grant, confirmed: 'yes' })).body).toEqual({ saved: true });
		expect(await app.users.memberships(cast.loner.user.id)).toEqual([{ organisation: COMPANY, role: 'school' }]);
		expect((await changeRole({ ...grant, change: 'revoke', confirmed: 'yes' })).body).toEqual({ saved: true });
		expect(await app.users.memberships(cast.loner.user.id)).toEqual([]);
	});

	it('never picks an organisation for the admin, and refuses unknown ones and removing their own rights, naming the field', async () => {
		const before = await everything();
		const cases: [Record<string, string>, string][] = [
			[{ change: 'grant', userId: cast.loner.user.id, organisation: '', role: 'worker', confirmed: 'yes' }, 'organisation'],
			[{ change: 'grant', userId: cast.loner.user.id, organisation: 'no-such-org', role: 'worker', confirmed: 'yes' }, 'organisation'],
			[{ change: 'grant', userId: cast.loner.user.id, organisation: COMPANY, role: 'emperor', confirmed: 'yes' }, 'role'],
			[{ change: 'grant', userId: 'a'.repeat(24), organisation: COMPANY, role: 'worker', confirmed: 'yes' }, 'userId'],
			[{ change: 'admin', userId: cast.admin.user.id, admin: 'false', confirmed: 'yes' }, 'userId'],
			[{ change: 'promote', userId: cast.loner.user.id }, 'change']
		];
		for (const [form, field] of cases) {
			const res = await changeRole(form);
			expect(res.status, JSON.stringify(form)).toBe(400);
			expect((res.body as { errors: Record<string, string> }).errors[field], JSON.stringify(form)).toEqual(expect.any(String));
		}
		expect(await everything()).toEqual(before);
	});
});
