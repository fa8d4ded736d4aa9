import type { Plan } from '$lib/schemas/plan';
import { AccessDenied } from '../auth/errors';
import type { Account } from '../auth/roles';
import type { Snapshot } from '../services/snapshot';
import { NotFoundError } from '../store/errors';
import type { UserStore } from '../store/user-types';
import { authorize, relationTo, type PlanAction, type PlanRelation } from './access';

/** What the plan rules need from the app; specs hand in a temporary store and a fixed snapshot. */
export interface PlanDeps {
	users: UserStore;
	/** The current snapshot of a network, or null when the network no longer exists. */
	snapshot(network: string): Promise<Snapshot | null>;
	/** Today as YYYY-MM-DD (injectable so upkeep and dates are testable). */
	today(): string;
}

export function planDeps(app: { users: UserStore; snapshots: { get(network: string): Promise<Snapshot> } }): PlanDeps {
	return {
		users: app.users,
		snapshot: async (network) => {
			try {
				return await app.snapshots.get(network);
			} catch (e) {
				if (e instanceof NotFoundError) return null;
				throw e;
			}
		},
		today: () => new Date().toISOString().slice(0, 10)
	};
}

/** How the account stands to a plan, from facts read now (links and memberships can change any time). */
export async function relationOf(users: UserStore, account: Account, plan: Plan): Promise<PlanRelation | null> {
	if (plan.ownerId === account.user.id) return 'owner';
	if (plan.organisation === null) return null;
	const [links, ownerMemberships] = await Promise.all([users.advisorLinks({ advisorId: account.user.id }), users.memberships(plan.ownerId)]);
	return relationTo(account, plan, { links, ownerMemberships });
}

/**
 * Loads a plan for one action, or refuses: a plan the account may not see answers exactly like a
 * plan that does not exist (404), so ids cannot be probed.
 */
export async function openPlan(users: UserStore, account: Account, id: string, action: PlanAction): Promise<{ plan: Plan; relation: PlanRelation }> {
	const plan = await users.getPlan(id);
	if (!plan) throw new AccessDenied(404, 'plan.notFound', `plan '${id}' does not exist`);
	const relation = authorize(await relationOf(users, account, plan), action, id);
	return { plan, relation };
}
