import type { User } from '$lib/schemas/account';
import type { ModuleView, PersonRef, PlanDetail, PlanSummary } from '$lib/schemas/api/plans';
import type { Plan, PlanModule } from '$lib/schemas/plan';
import { viewerOf, type Account } from '../auth/roles';
import type { UserStore } from '../store/user-types';
import type { Viewer } from '../viewer';
import { may, type PlanAction } from './access';
import { openPlan, relationOf, type PlanDeps } from './deps';
import { compareWithNetwork, type Change } from './network-changes';
import { planProgress } from './progress';
import { certificateUpkeep, type Completion } from './upkeep';

/** The read models' types are the API's response schemas (schemas/api/plans), so pages and API say the same. */
export type { ModuleView, PersonRef, PlanDetail, PlanSummary };
type StopView = PlanDetail['stops'][number];

const ACTIONS: PlanAction[] = ['view', 'comment', 'progress', 'accept', 'share', 'rename', 'delete'];

function person(users: Map<string, User>, id: string | null): PersonRef | null {
	const u = id ? users.get(id) : undefined;
	return u ? { id: u.id, name: u.name } : null;
}

function moduleView(m: PlanModule, index: string, viewer: Viewer, doneOn: Record<string, string>, change: Change | null): ModuleView {
	const hidden = m.closedTo !== null && !viewer.organisations.includes(m.closedTo);
	return {
		key: hidden ? `hidden-${index}` : m.id,
		id: hidden ? null : m.id,
		label: hidden ? null : m.label,
		hidden,
		hours: m.hours,
		price: m.price,
		currency: m.currency,
		points: m.points,
		doneOn: doneOn[m.id] ?? null,
		change: hidden ? null : change
	};
}

/**
 * Modules the owner completed on the plans this account may see: all of them for the owner,
 * only the shared ones for an advisor, so upkeep points never reveal a private plan.
 */
async function completions(users: UserStore, account: Account, ownerId: string): Promise<Completion[]> {
	const plans = await users.listPlans({ ownerIds: [ownerId] });
	const latest = new Map<string, Completion>();
	for (const plan of plans) {
		if ((await relationOf(users, account, plan)) === null) continue;
		const modules = new Map(plan.route.stops.flatMap((s) => s.modules.map((m) => [m.id, m] as const)));
		for (const p of await users.progress(plan.id)) {
			const m = modules.get(p.module);
			if (!m || (latest.get(m.id)?.doneOn ?? '') >= p.doneOn) continue;
			latest.set(m.id, { module: m.id, doneOn: p.doneOn, points: m.points, certificates: m.certificates });
		}
	}
	return [...latest.values()];
}

/** Everything a plan page, the print view and GET /api/plans/[id] show, for one viewer. */
export async function planDetail(deps: PlanDeps, account: Account, planId: string): Promise<PlanDetail> {
	const { users } = deps;
	const { plan, relation } = await openPlan(users, account, planId, 'view');
	const [snap, progressRows, comments, profile] = await Promise.all([
		deps.snapshot(plan.network),
		users.progress(plan.id),
		users.comments(plan.id),
		users.profile(plan.ownerId)
	]);
	const people = new Map(
		(await users.getUsers([plan.ownerId, plan.createdBy, ...comments.map((c) => c.authorId).filter((id): id is string => id !== null)])).map((u) => [u.id, u])
	);
	const viewer = viewerOf(account);
	const changes = compareWithNetwork(plan.route, snap);
	const progress = planProgress(plan.route, progressRows);
	const stops: StopView[] = plan.route.stops.map((stop, i) => ({
		...stop,
		modules: stop.modules.map((m, j) => moduleView(m, `${i}-${j}`, viewer, progress.doneOn, changes.modules[m.id] ?? null)),
		untaught: stop.untaught.map((id) => ({ id, label: snap?.skills.get(id)?.label ?? null })),
		stationChange: changes.stops[i]!.station,
		rideChange: changes.stops[i]!.ride,
		done: progress.stopsDone[i]!
	}));
	const requiredAt = new Map<string, string[]>();
	plan.route.stops.slice(1).forEach((s) => s.certificates.forEach((c) => requiredAt.set(c, [...(requiredAt.get(c) ?? []), s.station])));
	const upkeep = certificateUpkeep({
		held: profile.certificates,
		requiredAt,
		completions: await completions(users, account, plan.ownerId),
		certificates: snap?.certificates ?? new Map(),
		today: deps.today()
	}).map((u) => ({
		...u,
		label: snap?.certificates.get(u.certificate)?.label ?? null,
		requiredAt: u.requiredAt.map((station) => plan.route.stops.find((s) => s.station === station)!.label)
	}));
	const next = progress.next;
	return {
		id: plan.id,
		title: plan.title,
		status: plan.status,
		organisation: plan.organisation,
		network: plan.network,
		networkVersion: plan.networkVersion,
		currentVersion: snap?.version ?? null,
		networkChanged: changes.any,
		createdAt: plan.createdAt,
		acceptedAt: plan.acceptedAt,
		owner: person(people, plan.ownerId) ?? { id: plan.ownerId, name: '' },
		createdBy: person(people, plan.createdBy),
		relation,
		can: Object.fromEntries(ACTIONS.map((a) => [a, may(relation, a) && (a !== 'accept' || plan.status === 'proposed')])) as Record<PlanAction, boolean>,
		stops,
		totals: plan.route.totals,
		hoursPerWeek: plan.route.hoursPerWeek,
		progress: {
			modulesDone: progress.modulesDone,
			modulesTotal: progress.modulesTotal,
			hoursDone: progress.hoursDone,
			hoursTotal: progress.hoursTotal,
			percent: progress.percent,
			next: next && {
				...next,
				label: plan.route.stops[next.stop]!.label,
				modulesToDo: stops[next.stop]!.modules.filter((m) => m.doneOn === null)
			}
		},
		upkeep,
		comments: comments.map((c) => ({
			id: c.id,
			author: person(people, c.authorId),
			body: c.body,
			createdAt: c.createdAt,
			mine: c.authorId === account.user.id
		}))
	};
}

async function summarise(users: UserStore, plan: Plan, owner: PersonRef): Promise<PlanSummary> {
	const stops = plan.route.stops;
	return {
		id: plan.id,
		title: plan.title,
		status: plan.status,
		organisation: plan.organisation,
		owner,
		from: stops[0]!.label,
		to: stops[stops.length - 1]!.label,
		percent: planProgress(plan.route, await users.progress(plan.id)).percent,
		createdAt: plan.createdAt
	};
}

/** My own plans, and the plans my linked employees shared with the organisations I advise in. */
export async function plansOf(deps: PlanDeps, account: Account): Promise<{ mine: PlanSummary[]; advised: PlanSummary[] }> {
	const { users } = deps;
	const me = { id: account.user.id, name: account.user.name };
	const mine = await Promise.all((await users.listPlans({ ownerIds: [account.user.id] })).map((p) => summarise(users, p, me)));
	const group = await groupOf(deps, account);
	return { mine, advised: group.flatMap((g) => g.plans) };
}

export interface GroupMember {
	employee: PersonRef & { email: string };
	organisation: string;
	plans: PlanSummary[];
}

/**
 * The advisor's group: each employee linked in an organisation where the account is an advisor
 * and the employee is still a member, with the plans they shared there (who is on which route,
 * how far). Empty for anyone who advises nowhere.
 */
export async function groupOf(deps: PlanDeps, account: Account, organisation?: string): Promise<GroupMember[]> {
	const { users } = deps;
	const advising = new Set(account.memberships.filter((m) => m.role === 'advisor').map((m) => m.organisation));
	const links = (await users.advisorLinks({ advisorId: account.user.id })).filter(
		(l) => advising.has(l.organisation) && (organisation === undefined || l.organisation === organisation)
	);
	const employees = new Map((await users.getUsers([...new Set(links.map((l) => l.employeeId))])).map((u) => [u.id, u]));
	const members: GroupMember[] = [];
	for (const link of links) {
		const employee = employees.get(link.employeeId);
		if (!employee || !(await users.memberships(employee.id)).some((m) => m.organisation === link.organisation)) continue;
		const ref = { id: employee.id, name: employee.name };
		const plans = await users.listPlans({ ownerIds: [employee.id], organisation: link.organisation });
		members.push({
			employee: { ...ref, email: employee.email },
			organisation: link.organisation,
			plans: await Promise.all(plans.map((p) => summarise(users, p, ref)))
		});
	}
	return members;
}
