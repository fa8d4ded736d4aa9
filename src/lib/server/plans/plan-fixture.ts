import type { Membership } from '$lib/schemas/account';
import type { PlanRouteRequest } from '$lib/schemas/plan';
import type { Account } from '../auth/roles';
import { loadSeedDirectory } from '../seed/load';
import { buildSnapshot, type Snapshot } from '../services/snapshot';
import type { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import type { PlanDeps } from './deps';

/** The seed's example company: it owns the closed modules. */
export const COMPANY = 'van-der-meer-machinebouw';
export const CLOSED_MODULE = 'vdm-hygienic-welding-practice';
export const TODAY = '2025-06-30';

let seed: Snapshot | undefined;
/** The real seed network as a snapshot, built once per spec file. */
export function seedSnapshot(version = 1): Snapshot {
	if (version === 1) return (seed ??= build(1));
	return build(version);
}
function build(version: number): Snapshot {
	const { meta, content } = loadSeedDirectory('graph-seed');
	return buildSnapshot(meta, version, content);
}

/** Construction welder → hygienic welder on the welding line, then change to the hygienic-design line. */
export function weldingRoute(modules: { first?: string[]; second?: string[] } = {}): PlanRouteRequest {
	return {
		from: 'construction-welder',
		hops: [
			{ line: 'welding', to: 'hygienic-welder', modules: modules.first ?? ['tig-stainless-course', 'tig-stainless-practice-day'], untaught: ['orbital-welding-thin-wall-stainless'] },
			{ line: 'hygienic-design', to: 'hygienic-fitter', modules: modules.second ?? ['hygienic-pipework-course'], untaught: ['slope-drainability'] }
		],
		hoursPerWeek: 8
	};
}

/**
 * A temporary user store with the cast every plan rule is tried against: a worker and an
 * advisor of the example company, an advisor of another organisation, a worker with no
 * organisation, and a site admin.
 */
export async function planWorld(snapshot: () => Snapshot | null = () => seedSnapshot()) {
	const { users, dispose } = await tempUserStore();
	const deps: PlanDeps = { users, snapshot: async () => snapshot(), today: () => TODAY };
	const person = async (name: string, memberships: Membership[], admin = false): Promise<Account> => {
		const user = await users.createUser({ email: `${name.toLowerCase()}@example.nl`, name, passwordHash: 'h', admin });
		for (const m of memberships) await users.addMembership(user.id, m);
		return { user, memberships };
	};
	const cast = {
		worker: await person('Wim', [{ organisation: COMPANY, role: 'worker' }]),
		colleague: await person('Cor', [{ organisation: COMPANY, role: 'worker' }]),
		advisor: await person('Ada', [{ organisation: COMPANY, role: 'advisor' }]),
		otherAdvisor: await person('Otto', [{ organisation: 'oom', role: 'advisor' }]),
		loner: await person('Lou', []),
		admin: await person('Root', [], true)
	};
	await users.linkEmployee(cast.advisor.user.id, cast.worker.user.id, COMPANY);
	return { users: users as SqliteUserStore, deps, dispose, ...cast };
}
