import type { UserStore } from '../store/user-types';

/**
 * Everything stored about one person, as they would take it with them: account, memberships,
 * profile, advisor links and their own plans with conversation and progress. Password hash and
 * session ids are not personal content and would only be a risk in a downloaded file.
 */
export async function exportMyData(users: UserStore, userId: string) {
	const user = await users.getUser(userId);
	if (!user) return null;
	const [memberships, profile, asEmployee, asAdvisor, plans] = await Promise.all([
		users.memberships(userId),
		users.profile(userId),
		users.advisorLinks({ employeeId: userId }),
		users.advisorLinks({ advisorId: userId }),
		users.listPlans({ ownerIds: [userId] })
	]);
	return {
		exportedAt: new Date().toISOString(),
		user,
		memberships,
		profile,
		advisorLinks: [...asEmployee, ...asAdvisor],
		plans: await Promise.all(plans.map(async (p) => ({ ...p, comments: await users.comments(p.id), progress: await users.progress(p.id) })))
	};
}
