import type { User } from '$lib/schemas/account';
import type { Plan, PlanComment, SavePlanRequest } from '$lib/schemas/plan';
import { AccessDenied } from '../auth/errors';
import { holdsRole, isMemberOf, viewerOf, type Account } from '../auth/roles';
import { NotFoundError, ValidationError } from '../store/errors';
import type { UserStore } from '../store/user-types';
import { openPlan, type PlanDeps } from './deps';
import { buildPlanRoute } from './route-builder';

/** The employee an advisor acts for, checked now: advisor role, the link and the employee's membership, all in `organisation`. */
export async function advisedEmployee(users: UserStore, account: Account, employeeId: string, organisation: string): Promise<Account> {
	const refuse = () => new AccessDenied(403, 'auth.forbidden', `'${employeeId}' is not an employee you advise in '${organisation}'`);
	if (!holdsRole(account, 'advisor', organisation)) throw refuse();
	const links = await users.advisorLinks({ advisorId: account.user.id });
	if (!links.some((l) => l.employeeId === employeeId && l.organisation === organisation)) throw refuse();
	const [user, memberships] = await Promise.all([users.getUser(employeeId), users.memberships(employeeId)]);
	if (!user || !memberships.some((m) => m.organisation === organisation)) throw refuse();
	return { user, memberships };
}

function requireMember(account: Account, organisation: string): void {
	if (!isMemberOf(account, organisation))
		throw new AccessDenied(403, 'auth.forbidden', `you are not a member of '${organisation}', so you cannot share a plan with it`);
}

/**
 * Saves a route as a plan, recording the network and its version. My own plan is accepted at once
 * (and private unless I share it with one of my organisations); a plan an advisor makes for an
 * employee is shared with their organisation and proposed until the employee accepts it.
 */
export async function savePlan(deps: PlanDeps, account: Account, request: SavePlanRequest, defaultNetwork: string): Promise<Plan> {
	const network = request.network ?? defaultNetwork;
	const snap = await deps.snapshot(network);
	if (!snap) throw new NotFoundError(`network '${network}' does not exist`);
	const forEmployee = request.employeeId !== undefined && request.employeeId !== account.user.id;
	if (forEmployee && !request.organisation)
		throw new ValidationError('a plan for an employee names the organisation you advise them in', [
			{ field: 'organisation', message: 'is required when making a plan for an employee' }
		]);
	const owner = forEmployee ? await advisedEmployee(deps.users, account, request.employeeId!, request.organisation!) : account;
	if (!forEmployee && request.organisation) requireMember(account, request.organisation);
	// Every module must be visible to everyone the plan is for, so no one is shown a closed module of another organisation.
	const travellers = forEmployee ? [viewerOf(account), viewerOf(owner)] : [viewerOf(account)];
	const route = buildPlanRoute(snap, request.route, travellers);
	return deps.users.createPlan({
		ownerId: owner.user.id,
		createdBy: account.user.id,
		organisation: request.organisation ?? null,
		title: request.title,
		status: forEmployee ? 'proposed' : 'accepted',
		network: snap.meta.id,
		networkVersion: snap.version,
		route
	});
}

export async function commentOnPlan(deps: PlanDeps, account: Account, planId: string, body: string): Promise<PlanComment> {
	await openPlan(deps.users, account, planId, 'comment');
	return deps.users.addComment(planId, account.user.id, body);
}

/** Marks a module of the route done on a day (not after today), or not done with `null`. */
export async function markModule(deps: PlanDeps, account: Account, planId: string, module: string, doneOn: string | null): Promise<void> {
	const { plan } = await openPlan(deps.users, account, planId, 'progress');
	if (!plan.route.stops.some((s) => s.modules.some((m) => m.id === module)))
		throw new ValidationError(`plan '${planId}' has no module '${module}'`, [{ field: 'module', message: `is not part of this plan` }]);
	if (doneOn !== null && doneOn > deps.today())
		throw new ValidationError(`${doneOn} is in the future`, [{ field: 'doneOn', message: 'cannot be in the future' }]);
	await deps.users.setModuleDone(planId, module, doneOn);
}

export async function acceptPlan(deps: PlanDeps, account: Account, planId: string): Promise<Plan> {
	const { plan } = await openPlan(deps.users, account, planId, 'accept');
	return plan.status === 'accepted' ? plan : deps.users.updatePlan(planId, { status: 'accepted' }, plan.revision);
}

/** Shares the plan with one of the owner's organisations (its advisors may then see it), or makes it private with `null`. */
export async function sharePlan(deps: PlanDeps, account: Account, planId: string, organisation: string | null): Promise<Plan> {
	const { plan } = await openPlan(deps.users, account, planId, 'share');
	if (organisation !== null) requireMember(account, organisation);
	return deps.users.updatePlan(planId, { organisation }, plan.revision);
}

export async function renamePlan(deps: PlanDeps, account: Account, planId: string, title: string): Promise<Plan> {
	const { plan } = await openPlan(deps.users, account, planId, 'rename');
	return deps.users.updatePlan(planId, { title }, plan.revision);
}

export async function deletePlan(deps: PlanDeps, account: Account, planId: string): Promise<void> {
	await openPlan(deps.users, account, planId, 'delete');
	await deps.users.deletePlan(planId);
}

/** An advisor links a member of an organisation they advise in; anyone else is refused. */
export async function linkEmployee(deps: PlanDeps, account: Account, organisation: string, employeeId: string): Promise<User> {
	if (!holdsRole(account, 'advisor', organisation) || employeeId === account.user.id)
		throw new AccessDenied(403, 'auth.forbidden', `you do not advise in '${organisation}'`);
	const [user, memberships] = await Promise.all([deps.users.getUser(employeeId), deps.users.memberships(employeeId)]);
	if (!user || !memberships.some((m) => m.organisation === organisation))
		throw new AccessDenied(404, 'plan.unknownEmployee', `'${employeeId}' is not a member of '${organisation}'`);
	await deps.users.linkEmployee(account.user.id, employeeId, organisation);
	return user;
}

export async function unlinkEmployee(deps: PlanDeps, account: Account, organisation: string, employeeId: string): Promise<void> {
	if (!holdsRole(account, 'advisor', organisation)) throw new AccessDenied(403, 'auth.forbidden', `you do not advise in '${organisation}'`);
	await deps.users.unlinkEmployee(account.user.id, employeeId, organisation);
}
