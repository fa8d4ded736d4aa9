import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../viewer';
import { loadSeedDirectory } from '../seed/load';
import { search, stationDetail } from '../services/network-views';
import { buildSnapshot, type Snapshot } from '../services/snapshot';
import type { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import { SESSION_COOKIE } from './cookie';
import { fakeEvent, memoryCookies } from './fake-event';
import { createAuthHandle } from './handle';
import { createSession, generateSessionToken } from './session';

/**
 * The seed's example company owns closed modules. These specs run the real path a request
 * takes: session cookie → auth handle → locals.viewer → the read models pages and API share.
 */
const COMPANY = 'van-der-meer-machinebouw';
const CLOSED = 'vdm-hygienic-welding-practice';

let users: SqliteUserStore;
let dispose: () => Promise<void>;
let snap: Snapshot;

beforeAll(async () => {
	({ users, dispose } = await tempUserStore());
	const seed = loadSeedDirectory('graph-seed');
	snap = buildSnapshot(seed.meta, 1, seed.content);
});
afterAll(() => dispose());

/** The viewer a request with this session cookie (or none) ends up with. */
async function requestViewer(token?: string): Promise<Viewer> {
	const event = fakeEvent({ cookies: memoryCookies(token ? { [SESSION_COOKIE]: token } : {}).cookies });
	await createAuthHandle(async () => users)({ event, resolve: async () => new Response() });
	return event.locals.viewer;
}

let people = 0;
async function signedInAs(memberships: { organisation: string; role: 'worker' | 'advisor' }[]): Promise<{ userId: string; token: string }> {
	const user = await users.createUser({ email: `person${++people}@example.nl`, name: 'V', passwordHash: 'h' });
	for (const m of memberships) await users.addMembership(user.id, m);
	const token = generateSessionToken();
	await createSession(users, token, user.id);
	return { userId: user.id, token };
}

const viewerOfNewUser = async (memberships: { organisation: string; role: 'worker' | 'advisor' }[]) => requestViewer((await signedInAs(memberships)).token);

const modulesOn = (viewer: Viewer) => stationDetail(snap, 'hygienic-welder', viewer).requires.flatMap((r) => r.modules.map((m) => m.id));
const found = (viewer: Viewer) => search(snap, 'Van der Meer hygienic welding', viewer).map((h) => h.id);

describe('closed modules reach only members of their organisation', () => {
	it('the seed has the closed module on the hygienic welder station', () => {
		expect(snap.modules.get(CLOSED)).toMatchObject({ visibility: 'closed', organisation: COMPANY });
	});

	it('a member (any role) sees it on the station and finds it in search', async () => {
		for (const role of ['worker', 'advisor'] as const) {
			const viewer = await viewerOfNewUser([{ organisation: COMPANY, role }]);
			expect(viewer.organisations).toEqual([COMPANY]);
			expect(modulesOn(viewer)).toContain(CLOSED);
			expect(found(viewer)).toContain(CLOSED);
		}
	});

	it('a member of another organisation does not', async () => {
		const viewer = await viewerOfNewUser([{ organisation: 'oom', role: 'advisor' }]);
		expect(modulesOn(viewer)).not.toContain(CLOSED);
		expect(found(viewer)).not.toContain(CLOSED);
	});

	it('a signed-in user without organisation and an anonymous visitor do not', async () => {
		for (const viewer of [await viewerOfNewUser([]), await requestViewer()]) {
			expect(modulesOn(viewer)).not.toContain(CLOSED);
			expect(found(viewer)).not.toContain(CLOSED);
			// Public modules for the same skills stay visible: only the closed one is hidden.
			expect(modulesOn(viewer).length).toBeGreaterThan(0);
		}
	});

	it('losing the membership hides it again on the next request', async () => {
		const { userId, token } = await signedInAs([{ organisation: COMPANY, role: 'worker' }]);
		expect(modulesOn(await requestViewer(token))).toContain(CLOSED);
		await users.removeMembership(userId, { organisation: COMPANY, role: 'worker' });
		expect(modulesOn(await requestViewer(token))).not.toContain(CLOSED);
	});
});
