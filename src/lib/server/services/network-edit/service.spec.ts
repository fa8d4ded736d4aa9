import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind } from '$lib/schemas';
import { ConflictError, InUseError, NotFoundError, ValidationError } from '../../store/errors';
import { contractRoute } from '../../store/user-contract';
import type { Snapshot } from '../snapshot';
import { account, seededStore } from './edit-fixture';
import { editorOf, type Editor } from './editor';
import { EditConflict, EditDenied } from './errors';
import { NetworkEditService } from './service';

const NET = 'seed';
let env: Awaited<ReturnType<typeof seededStore>>;
let admin: Editor, gelderland: Editor, zuidHolland: Editor, school: Editor, worker: Editor, vdmEditor: Editor;

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a refusal');
}

async function current<K extends EntityKind>(kind: K, id: string) {
	const stored = (await env.store.getItem(NET, kind, id))!;
	return { item: structuredClone(stored.item), revision: stored.revision };
}

beforeAll(async () => {
	env = await seededStore('edit');
	const snap = await env.snapshots.get(NET);
	admin = editorOf(account('root', [], true), snap.content);
	await env.service.save(admin, NET, 'organisations', { id: 'regio-rijnmond', label: { nl: 'Regio Rijnmond', en: 'Rijnmond region' }, kind: 'region', region: 'zuid-holland' }, 0);
	const content = (await env.snapshots.get(NET)).content;
	gelderland = editorOf(account('gea', [{ organisation: 'regio-foodvalley', role: 'region-editor' }]), content);
	zuidHolland = editorOf(account('zoe', [{ organisation: 'regio-rijnmond', role: 'region-editor' }]), content);
	school = editorOf(account('sam', [{ organisation: 'da-vinci-college', role: 'school' }]), content);
	worker = editorOf(account('wim', [{ organisation: 'van-der-meer-machinebouw', role: 'worker' }]), content);
	vdmEditor = editorOf(
		account('vera', [
			{ organisation: 'van-der-meer-machinebouw', role: 'region-editor' },
			{ organisation: 'regio-foodvalley', role: 'region-editor' }
		]),
		content
	);
});
afterAll(() => env.dispose());

describe('editors', () => {
	it('take their regions from their organisations in the network', () => {
		expect([...gelderland.regions]).toEqual(['gelderland']);
		expect([...zuidHolland.regions]).toEqual(['zuid-holland']);
		expect([...school.schools]).toEqual(['da-vinci-college']);
		expect(worker.regionEditor).toBe(false);
	});
});

describe('validation and references', () => {
	it('refuses a bad field with a ValidationError naming it, and writes nothing', async () => {
		const { item, revision } = await current('stations', 'welder');
		const version = await env.store.networkVersion(NET);
		const e = await rejection(env.service.save(admin, NET, 'stations', { ...item, level: 12 }, revision));
		expect(e).toBeInstanceOf(ValidationError);
		expect((e as ValidationError).issues[0]!.field).toBe('level');
		expect(await env.store.networkVersion(NET)).toBe(version);
	});

	it('refuses an unknown reference, naming the field and the id', async () => {
		const { item, revision } = await current('stations', 'welder');
		item.requires.push({ skill: 'underwater-basket-weaving', essential: true, level: 2 });
		const e = (await rejection(env.service.save(admin, NET, 'stations', item, revision))) as ValidationError;
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.issues).toEqual([{ field: `requires.${item.requires.length - 1}.skill`, message: "unknown skill 'underwater-basket-weaving'" }]);
	});

	it('refuses creating an id that exists, on the id field', async () => {
		const e = (await rejection(env.service.save(admin, NET, 'skills', { id: 'mma-welding', label: { nl: 'x', en: 'x' } }, 0))) as ValidationError;
		expect(e.issues[0]).toMatchObject({ field: 'id', message: "skill 'mma-welding' already exists" });
	});

	it('saves a valid edit: new revision, version up, audited with who, before and after', async () => {
		const { item, revision } = await current('stations', 'welder');
		const before = await env.store.networkVersion(NET);
		const saved = await env.service.save(admin, NET, 'stations', { ...item, label: { nl: 'Lasser MAG', en: 'MAG welder' } }, revision);
		expect(saved.revision).toBe(revision + 1);
		expect(saved.version).toBe(before! + 1);
		expect((await env.snapshots.get(NET)).stations.get('welder')!.label.en).toBe('MAG welder');
		const [entry] = await env.service.history(admin, NET, 'stations', 'welder');
		expect(entry).toMatchObject({ by: 'root', action: 'update', fields: ['label'], version: saved.version });
		expect((entry!.before as { label: { en: string } }).label.en).toBe('Welder');
	});
});

describe('deleting', () => {
	it('refuses deleting an item in use and lists its users', async () => {
		const e = (await rejection(env.service.remove(admin, NET, 'skills', 'mma-welding'))) as InUseError;
		expect(e).toBeInstanceOf(InUseError);
		expect(e.users).toContainEqual({ kind: 'stations', id: 'welder' });
		expect(e.message).toContain("skill 'mma-welding' is still used by");
	});

	it('counts users hidden from the editor without naming them', async () => {
		// 'borescope-weld-inspection' is taught by a closed Van der Meer module, among others.
		const view = await env.service.read(gelderland, NET, 'skills', 'borescope-weld-inspection');
		const all = await env.service.read(admin, NET, 'skills', 'borescope-weld-inspection');
		expect(view.usedBy.items).not.toContainEqual({ kind: 'modules', id: 'vdm-hygienic-welding-practice' });
		expect(view.usedBy.hidden).toBeGreaterThan(0);
		expect(all.usedBy.items).toContainEqual({ kind: 'modules', id: 'vdm-hygienic-welding-practice' });
		expect(all.usedBy.hidden).toBe(0);
	});

	it('refuses deleting an organisation that accounts still name, listing what names it', async () => {
		const org = { id: 'cheese-works', label: { nl: 'Kaasfabriek', en: 'Cheese works' }, kind: 'company' };
		await env.service.save(admin, NET, 'organisations', org, 0);
		const advisor = await env.users.createUser({ email: 'ada@example.nl', name: 'Ada', passwordHash: 'x' });
		const employee = await env.users.createUser({ email: 'eli@example.nl', name: 'Eli', passwordHash: 'x' });
		await env.users.addMembership(advisor.id, { organisation: org.id, role: 'advisor' });
		await env.users.addMembership(employee.id, { organisation: org.id, role: 'worker' });
		await env.users.linkEmployee(advisor.id, employee.id, org.id);
		const plan = await env.users.createPlan({ ownerId: employee.id, createdBy: employee.id, organisation: org.id, title: 'Mine', status: 'proposed', network: NET, networkVersion: 1, route: contractRoute() });

		const view = await env.service.read(admin, NET, 'organisations', org.id);
		expect(view.accountUse).toEqual({ memberships: 2, advisorLinks: 1, plans: 1 });
		const e = (await rejection(env.service.remove(admin, NET, 'organisations', org.id))) as InUseError;
		expect(e).toBeInstanceOf(InUseError);
		expect(e.message).toBe("organisation 'cheese-works' is still used by 2 membership(s), 1 advisor link(s), 1 shared plan(s); revoke the memberships and unshare the plans first");
		expect(await env.store.getItem(NET, 'organisations', org.id)).not.toBeNull();

		// Once nothing names it, it goes, and a new organisation with the same id starts empty.
		await env.users.removeMembership(advisor.id, { organisation: org.id, role: 'advisor' });
		await env.users.removeMembership(employee.id, { organisation: org.id, role: 'worker' });
		await env.users.updatePlan(plan.id, { organisation: null });
		await env.service.remove(admin, NET, 'organisations', org.id);
		await env.service.save(admin, NET, 'organisations', org, 0);
		expect((await env.service.read(admin, NET, 'organisations', org.id)).accountUse).toEqual({ memberships: 0, advisorLinks: 0, plans: 0 });
	});

	it('deletes an unused item', async () => {
		await env.service.save(gelderland, NET, 'skills', { id: 'cheese-vat-welding', label: { nl: 'Kaasvaten lassen', en: 'Cheese vat welding' } }, 0);
		await env.service.remove(gelderland, NET, 'skills', 'cheese-vat-welding');
		expect(await env.store.getItem(NET, 'skills', 'cheese-vat-welding')).toBeNull();
		await expect(env.service.remove(gelderland, NET, 'skills', 'cheese-vat-welding')).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('two editors saving the same item', () => {
	it('refuses the second save with the stored version and who saved it; the first is kept', async () => {
		const { item, revision } = await current('lines', 'hygienic-design');
		await env.service.save(gelderland, NET, 'lines', { ...item, colour: '#00a19b' }, revision);
		const e = (await rejection(env.service.save(admin, NET, 'lines', { ...item, colour: '#123456' }, revision))) as EditConflict;
		expect(e).toBeInstanceOf(EditConflict);
		expect(e).toBeInstanceOf(ConflictError);
		expect(e.current!.revision).toBe(revision + 1);
		expect((e.current!.item as { colour: string }).colour).toBe('#00a19b');
		expect(e.lastChange!.actor.label).toBe('gea');
		expect((await current('lines', 'hygienic-design')).item.colour).toBe('#00a19b');
	});

	it('a change elsewhere in the network between check and write is checked again, not refused', async () => {
		const { item, revision } = await current('skills', 'mma-welding');
		const stale = await env.snapshots.get(NET);
		const other = await current('skills', 'weld-preparation');
		await env.service.save(admin, NET, 'skills', { ...other.item, group: 'changed elsewhere' }, other.revision);
		let served = false;
		const racing = new NetworkEditService(env.store, {
			get: async (network: string): Promise<Snapshot> => {
				if (served) return env.snapshots.get(network);
				served = true;
				return stale;
			},
			invalidate: (network?: string) => env.snapshots.invalidate(network)
		}, env.users);
		const saved = await racing.save(admin, NET, 'skills', { ...item, group: 'arc welding' }, revision);
		expect(saved.revision).toBe(revision + 1);
		expect(served).toBe(true);
	});

	it('saving over a deleted item is a conflict too', async () => {
		await env.service.save(admin, NET, 'skills', { id: 'short-lived', label: { nl: 'Kort', en: 'Short' } }, 0);
		const { item, revision } = await current('skills', 'short-lived');
		await env.service.remove(admin, NET, 'skills', 'short-lived', revision);
		const e = (await rejection(env.service.save(admin, NET, 'skills', item, revision))) as EditConflict;
		expect(e).toBeInstanceOf(EditConflict);
		expect(e.current).toBeNull();
	});
});
