import type { AdvisorLink, Membership } from '$lib/schemas/account';
import type { Plan } from '$lib/schemas/plan';
import { AccessDenied } from '../auth/errors';
import { holdsRole, type Account } from '../auth/roles';

/** How someone stands to a plan: the person it is for, or an advisor guiding them. */
export type PlanRelation = 'owner' | 'advisor';

export type PlanAction = 'view' | 'comment' | 'progress' | 'accept' | 'share' | 'rename' | 'delete';

const ALLOWED: Record<PlanRelation, ReadonlySet<PlanAction>> = {
	owner: new Set(['view', 'comment', 'progress', 'accept', 'share', 'rename', 'delete']),
	advisor: new Set(['view', 'comment'])
};

/** What decides an advisor's access; loaded fresh on every request, so revoking a role or link takes effect at once. */
export interface AdvisingFacts {
	/** Links where the account is the advisor. */
	links: readonly AdvisorLink[];
	/** The plan owner's current memberships. */
	ownerMemberships: readonly Membership[];
}

/**
 * An advisor sees a plan only when all of these hold now: the owner shared it with an
 * organisation, the advisor holds the advisor role there, has linked the owner there, and the
 * owner is still a member there. Anything less and the plan does not exist for them.
 */
export function relationTo(account: Account, plan: Plan, facts: AdvisingFacts): PlanRelation | null {
	if (plan.ownerId === account.user.id) return 'owner';
	const org = plan.organisation;
	if (org === null) return null;
	const advising =
		holdsRole(account, 'advisor', org) &&
		facts.links.some((l) => l.advisorId === account.user.id && l.employeeId === plan.ownerId && l.organisation === org) &&
		facts.ownerMemberships.some((m) => m.organisation === org);
	return advising ? 'advisor' : null;
}

export function may(relation: PlanRelation, action: PlanAction): boolean {
	return ALLOWED[relation].has(action);
}

/** The relation if it allows `action`: 404 for strangers, 403 for an advisor doing the owner's part. */
export function authorize(relation: PlanRelation | null, action: PlanAction, planId: string): PlanRelation {
	if (relation === null) throw new AccessDenied(404, 'plan.notFound', `plan '${planId}' does not exist`);
	if (!may(relation, action)) throw new AccessDenied(403, 'auth.forbidden', `only the person the plan is for may ${action} plan '${planId}'`);
	return relation;
}
