import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessDenied } from '../auth/errors';
import type { Account } from '../auth/roles';
import { ValidationError } from '../store/errors';
import { acceptPlan, commentOnPlan, deletePlan, linkEmployee, markModule, renamePlan, savePlan, sharePlan } from './commands';
import { CLOSED_MODULE, COMPANY, planWorld, weldingRoute } from './plan-fixture';
import { groupOf, planDetail, plansOf } from './views';

type World = Awaited<ReturnType<typeof planWorld>>;
let w: World;
beforeEach(async () => {
	w = await planWorld();
});
afterEach(() => w.dispose());

const save = (account: Account, extra: Partial<Parameters<typeof savePlan>[2]> = {}) =>
	savePlan(w.deps, account, { title: 'My route', route: weldingRoute(), ...extra }, 'seed');

async function refused(status: 403 | 404, attempt: () => Promise<unknown>) {
	const e = await attempt().then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(AccessDenied);
	expect((e as AccessDenied).status).toBe(status);
}

/** Everything stored about a plan, to show a refused attempt changed nothing. */
async function state(planId: string) {
	return { plan: await w.users.getPlan(planId), comments: await w.users.comments(planId), progress: await w.users.progress(planId) };
}

describe('who sees a plan', () => {
	it('a private plan exists only for its owner, even for their own advisor', async () => {
		const plan = await save(w.worker);
		expect(plan).toMatchObject({ status: 'accepted', organisation: null, network: 'seed', networkVersion: 1 });
		expect((await planDetail(w.deps, w.worker, plan.id)).relation).toBe('owner');
		for (const other of [w.advisor, w.otherAdvisor, w.colleague, w.loner, w.admin]) await refused(404, () => planDetail(w.deps, other, plan.id));
	});

	it('a shared plan is seen by the linked advisor of that organisation and by nobody else', async () => {
		const plan = await save(w.worker, { organisation: COMPANY });
		expect((await planDetail(w.deps, w.advisor, plan.id)).relation).toBe('advisor');
		for (const other of [w.otherAdvisor, w.colleague, w.loner, w.admin]) await refused(404, () => planDetail(w.deps, other, plan.id));
		expect((await plansOf(w.deps, w.advisor)).advised.map((p) => p.id)).toEqual([plan.id]);
		expect((await plansOf(w.deps, w.otherAdvisor)).advised).toEqual([]);
	});

	it('an advisor of the same organisation who has not linked the employee does not see it', async () => {
		const plan = await save(w.colleague, { organisation: COMPANY });
		await refused(404, () => planDetail(w.deps, w.advisor, plan.id));
	});

	it('access ends as soon as the advisor role, the link or the employee’s membership goes', async () => {
		const plan = await save(w.worker, { organisation: COMPANY });
		const noLongerAdvisor = { ...w.advisor, memberships: [] };
		await refused(404, () => planDetail(w.deps, noLongerAdvisor, plan.id));
		await w.users.removeMembership(w.worker.user.id, { organisation: COMPANY, role: 'worker' });
		await refused(404, () => planDetail(w.deps, w.advisor, plan.id));
		await w.users.addMembership(w.worker.user.id, { organisation: COMPANY, role: 'worker' });
		await w.users.unlinkEmployee(w.advisor.user.id, w.worker.user.id, COMPANY);
		await refused(404, () => planDetail(w.deps, w.advisor, plan.id));
	});

	it('an unknown plan id answers like someone else’s plan', async () => {
		await refused(404, () => planDetail(w.deps, w.worker, 'doesnotexist0000'));
	});
});

describe('who may change a plan', () => {
	it('the advisor may comment on a shared plan but not do the owner’s part, and a refusal changes nothing', async () => {
		const plan = await save(w.worker, { organisation: COMPANY });
		await commentOnPlan(w.deps, w.advisor, plan.id, 'Start with the practice day.');
		const before = await state(plan.id);
		await refused(403, () => markModule(w.deps, w.advisor, plan.id, 'tig-stainless-course', '2025-01-01'));
		await refused(403, () => renamePlan(w.deps, w.advisor, plan.id, 'Hijacked'));
		await refused(403, () => sharePlan(w.deps, w.advisor, plan.id, null));
		await refused(403, () => deletePlan(w.deps, w.advisor, plan.id));
		await refused(403, () => acceptPlan(w.deps, w.advisor, plan.id));
		expect(await state(plan.id)).toEqual(before);
	});

	it('strangers may do nothing at all, and learn nothing from trying', async () => {
		const plan = await save(w.worker, { organisation: COMPANY });
		const before = await state(plan.id);
		for (const other of [w.otherAdvisor, w.colleague, w.loner, w.admin]) {
			await refused(404, () => commentOnPlan(w.deps, other, plan.id, 'hello'));
			await refused(404, () => markModule(w.deps, other, plan.id, 'tig-stainless-course', '2025-01-01'));
			await refused(404, () => renamePlan(w.deps, other, plan.id, 'x'));
			await refused(404, () => sharePlan(w.deps, other, plan.id, null));
			await refused(404, () => acceptPlan(w.deps, other, plan.id));
			await refused(404, () => deletePlan(w.deps, other, plan.id));
		}
		expect(await state(plan.id)).toEqual(before);
	});

	it('the owner marks modules done (not in the future, only modules of the plan) and shares only with their own organisations', async () => {
		const plan = await save(w.worker);
		await markModule(w.deps, w.worker, plan.id, 'tig-stainless-course', '2025-06-01');
		await expect(markModule(w.deps, w.worker, plan.id, 'tig-stainless-course', '2025-07-01')).rejects.toBeInstanceOf(ValidationError);
		await expect(markModule(w.deps, w.worker, plan.id, 'not-in-plan', '2025-06-01')).rejects.toBeInstanceOf(ValidationError);
		expect(await w.users.progress(plan.id)).toEqual([{ module: 'tig-stainless-course', doneOn: '2025-06-01' }]);
		await refused(403, () => sharePlan(w.deps, w.worker, plan.id, 'oom'));
		await refused(403, () => save(w.worker, { organisation: 'oom' }));
		expect((await sharePlan(w.deps, w.worker, plan.id, COMPANY)).organisation).toBe(COMPANY);
	});
});

describe('advisors and employees', () => {
	it('an advisor makes a plan for a linked employee; both comment; the employee accepts', async () => {
		const plan = await save(w.advisor, { employeeId: w.worker.user.id, organisation: COMPANY, title: 'Towards hygienic fitter' });
		expect(plan).toMatchObject({ ownerId: w.worker.user.id, createdBy: w.advisor.user.id, status: 'proposed', organisation: COMPANY });
		expect((await plansOf(w.deps, w.worker)).mine.map((p) => p.id)).toEqual([plan.id]);
		await commentOnPlan(w.deps, w.advisor, plan.id, 'What do you think?');
		await commentOnPlan(w.deps, w.worker, plan.id, 'Looks good.');
		const detail = await planDetail(w.deps, w.worker, plan.id);
		expect(detail.can.accept).toBe(true);
		expect(detail.createdBy?.name).toBe('Ada');
		expect(detail.comments.map((c) => [c.author?.name, c.body, c.mine])).toEqual([
			['Ada', 'What do you think?', false],
			['Wim', 'Looks good.', true]
		]);
		expect((await acceptPlan(w.deps, w.worker, plan.id)).status).toBe('accepted');
		expect((await planDetail(w.deps, w.worker, plan.id)).can.accept).toBe(false);
	});

	it('an advisor cannot make plans for people they have not linked or outside their organisation', async () => {
		await refused(403, () => save(w.advisor, { employeeId: w.colleague.user.id, organisation: COMPANY }));
		await refused(403, () => save(w.otherAdvisor, { employeeId: w.worker.user.id, organisation: COMPANY }));
		await refused(403, () => save(w.otherAdvisor, { employeeId: w.worker.user.id, organisation: 'oom' }));
		await refused(403, () => save(w.colleague, { employeeId: w.worker.user.id, organisation: COMPANY }));
		await expect(save(w.advisor, { employeeId: w.worker.user.id })).rejects.toBeInstanceOf(ValidationError);
		expect(await w.users.listPlans({ ownerIds: [w.worker.user.id, w.colleague.user.id] })).toEqual([]);
	});

	it('links only members of an organisation the advisor advises in', async () => {
		expect((await linkEmployee(w.deps, w.advisor, COMPANY, w.colleague.user.id)).name).toBe('Cor');
		await refused(404, () => linkEmployee(w.deps, w.advisor, COMPANY, w.loner.user.id));
		await refused(403, () => linkEmployee(w.deps, w.otherAdvisor, COMPANY, w.worker.user.id));
		await refused(403, () => linkEmployee(w.deps, w.worker, COMPANY, w.colleague.user.id));
		const group = await groupOf(w.deps, w.advisor);
		expect(group.map((g) => g.employee.name).sort()).toEqual(['Cor', 'Wim']);
		expect(await groupOf(w.deps, w.otherAdvisor)).toEqual([]);
	});

	it('shows a closed module only to members of its organisation; an advisor elsewhere sees that a closed module is there, not which', async () => {
		await w.users.addMembership(w.worker.user.id, { organisation: 'oom', role: 'worker' });
		const worker = { ...w.worker, memberships: await w.users.memberships(w.worker.user.id) };
		await w.users.linkEmployee(w.otherAdvisor.user.id, w.worker.user.id, 'oom');
		const plan = await save(worker, { route: weldingRoute({ first: [CLOSED_MODULE] }), organisation: 'oom' });
		const own = await planDetail(w.deps, worker, plan.id);
		expect(own.stops[1]!.modules[0]).toMatchObject({ id: CLOSED_MODULE, hidden: false });
		const advised = await planDetail(w.deps, w.otherAdvisor, plan.id);
		expect(advised.stops[1]!.modules[0]).toMatchObject({ id: null, label: null, hidden: true });
		expect(JSON.stringify(advised)).not.toContain(CLOSED_MODULE);
		expect(JSON.stringify(advised)).not.toContain('Van der Meer');
	});

	it('an advisor’s view of upkeep counts only modules done on plans shared with them', async () => {
		await w.users.setProfileCertificate(w.worker.user.id, 'iso-9606-1-fm5', '2024-01-01');
		const privatePlan = await save(w.worker);
		const shared = await save(w.worker, { organisation: COMPANY });
		await markModule(w.deps, w.worker, privatePlan.id, 'tig-stainless-course', '2025-05-01');
		const fm5 = (d: Awaited<ReturnType<typeof planDetail>>) => d.upkeep.find((u) => u.certificate === 'iso-9606-1-fm5')!;
		expect(fm5(await planDetail(w.deps, w.worker, shared.id)).pointsEarned).toBe(8);
		expect(fm5(await planDetail(w.deps, w.advisor, shared.id)).pointsEarned).toBe(0);
	});
});
