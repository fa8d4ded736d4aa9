import type { User } from '$lib/schemas/account';
import type { LocalizedText } from '$lib/schemas/common';
import type { Plan, PlanModule, PlanStatus, PlanStop } from '$lib/schemas/plan';
import { viewerOf, type Account } from '../auth/roles';
import type { UserStore } from '../store/user-types';
import type { Viewer } from '../viewer';
import { may, type PlanAction, type PlanRelation } from './access';
import { openPlan, relationOf, type PlanDeps } from './deps';
import { compareWithNetwork, type Change } from './network-changes';
import { planProgress, type PlanProgress } from './progress';
import { certificateUpkeep, type CertificateUpkeep, type Completion } from './upkeep';

export interface PersonRef {
	id: string;
	name: string;
}

/** A module as one viewer may see it: a closed module of an organisation they are not in keeps only its numbers. */
export interface ModuleView {
	key: string;
	id: string | null;
	label: LocalizedText | null;
	hidden: boolean;
	hours: number;
	price: number;
	currency: string;
	points: number;
	doneOn: string | null;
	change: Change | null;
}

export interface StopView extends Omit<PlanStop, 'modules' | 'untaught'> {
	modules: ModuleView[];
	/** Named by today's network where it still knows the skill, else by id. */
	untaught: { id: string; label: LocalizedText | null }[];
	stationChange: Change | null;
	rideChange: Change | null;
	done: boolean;
}

export interface PlanDetail {
	id: string;
	title: string;
	status: PlanStatus;
	organisation: string | null;
	network: string;
	networkVersion: number;
	/** The network's version today; null when the network is gone. */
	currentVersion: number | null;
	networkChanged: boolean;
	createdAt: string;
	acceptedAt: string | null;
	owner: PersonRef;
	createdBy: PersonRef | null;
	relation: PlanRelation;
	can: Record<PlanAction, boolean>;
	stops: StopView[];
	totals: Plan['route']['totals'];
	hoursPerWeek: number;
	progress: Omit<PlanProgress, 'doneOn' | 'stopsDone' | 'next'> & {
		next: { stop: number; station: string; label: LocalizedText; modulesToDo: ModuleView[]; salaryBefore: number | null; salaryAfter: number | null; salaryStep: number | null } | null;
	};
	upkeep: (Omit<CertificateUpkeep, 'requiredAt'> & { label: LocalizedText | null; requiredAt: LocalizedText[] })[];
	comments: { id: string; author: PersonRef | null; body: string; createdAt: string; mine: boolean }[];
}

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

export interface PlanSummary {
	id: string;
	title: string;
	status: PlanStatus;
	organisation: string | null;
	owner: PersonRef;
	from: LocalizedText;
	to: LocalizedText;
	percent: number;
	createdAt: string;
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
