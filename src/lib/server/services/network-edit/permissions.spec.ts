import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind, EntityOf } from '$lib/schemas';
import { NotFoundError } from '../../store/errors';
import { account, seededStore } from './edit-fixture';
import { editorOf, type Editor } from './editor';
import { EditDenied } from './errors';

/**
 * The editing rules through the service against the real seed network. Most seed stations are
 * mapped in all four provinces (shared); aircraft-structures-fitter only in Zuid-Holland and
 * Noord-Brabant, system-engineer only in Noord-Brabant and Gelderland.
 */
const NET = 'seed';
let env: Awaited<ReturnType<typeof seededStore>>;
const who: Record<string, Editor> = {};

async function current<K extends EntityKind>(kind: K, id: string): Promise<{ item: EntityOf<K>; revision: number }> {
	const stored = (await env.store.getItem(NET, kind, id))!;
	return { item: structuredClone(stored.item), revision: stored.revision };
}

/** 'ok', or the refusal's reason (or error name), so a table of expectations reads plainly. */
async function outcome(p: Promise<unknown>): Promise<string> {
	try {
		await p;
		return 'ok';
	} catch (e) {
		if (e instanceof EditDenied) return `${e.refusal.status} ${e.refusal.reason.replace('editor.denied.', '')}`;
		if (e instanceof NotFoundError) return '404';
		throw e;
	}
}

async function relabel(editor: Editor, kind: EntityKind, id: string) {
	const { item, revision } = await current(kind, id);
	return outcome(env.service.save(editor, NET, kind, { ...item, label: { nl: `${item.label.nl}.`, en: `${item.label.en}.` } }, revision));
}

beforeAll(async () => {
	env = await seededStore('perm');
	const content = (await env.snapshots.get(NET)).content;
	const root = editorOf(account('root', [], true), content);
	await env.service.save(root, NET, 'organisations', { id: 'regio-rijnmond', label: { nl: 'Rijnmond', en: 'Rijnmond' }, kind: 'region', region: 'zuid-holland' }, 0);
	const after = (await env.snapshots.get(NET)).content;
	who.admin = root;
	who.gelderland = editorOf(account('gea', [{ organisation: 'regio-foodvalley', role: 'region-editor' }]), after);
	who.zuidHolland = editorOf(account('zoe', [{ organisation: 'regio-rijnmond', role: 'region-editor' }]), after);
	who.school = editorOf(account('sam', [{ organisation: 'da-vinci-college', role: 'school' }]), after);
	who.worker = editorOf(account('wim', [{ organisation: 'van-der-meer-machinebouw', role: 'worker' }]), after);
	who.vdm = editorOf(account('vera', [{ organisation: 'van-der-meer-machinebouw', role: 'region-editor' }]), after);
});
afterAll(() => env.dispose());

describe('who may change an existing item', () => {
	const matrix: [kind: EntityKind, id: string, expected: Record<string, string>][] = [
		['stations', 'hygienic-welder', { admin: 'ok', gelderland: 'ok', zuidHolland: 'ok', school: '403 regionEditorsOnly', worker: '403 noRole' }],
		['stations', 'aircraft-structures-fitter', { admin: 'ok', gelderland: '403 stationRegion', zuidHolland: 'ok', school: '403 regionEditorsOnly' }],
		['stations', 'system-engineer', { gelderland: 'ok', zuidHolland: '403 stationRegion' }],
		['lines', 'hygienic-design', { admin: 'ok', gelderland: 'ok', school: '403 regionEditorsOnly', worker: '403 noRole' }],
		['skills', 'mma-welding', { admin: 'ok', gelderland: 'ok', zuidHolland: 'ok', school: '403 regionEditorsOnly', worker: '403 noRole' }],
		['modules', 'vdm-hygienic-welding-practice', { admin: 'ok', vdm: 'ok', gelderland: '404', school: '403 regionEditorsOnly' }],
		['curricula', 'da-vinci-constructiewerker', { admin: 'ok', school: 'ok', gelderland: '403 schoolsOnly' }],
		['curricula', 'albeda-allround-constructiewerker', { school: '403 otherSchool' }],
		['regions', 'gelderland', { admin: 'ok', gelderland: '403 regionDemandOnly', zuidHolland: '403 adminOnly', school: '403 adminOnly' }],
		['organisations', 'oom', { admin: 'ok', gelderland: '403 adminOnly' }]
	];
	for (const [kind, id, expected] of matrix)
		for (const [person, result] of Object.entries(expected))
			it(`${kind} '${id}' by ${person}: ${result}`, async () => {
				expect(await relabel(who[person]!, kind, id)).toBe(result);
			});
});

describe('shared stations', () => {
	it('a region editor adds or removes only their own region on a shared station', async () => {
		const { item, revision } = await current('stations', 'hygienic-fitter');
		const dropOthers = { ...item, regions: ['gelderland'] };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'stations', dropOthers, revision))).toBe('403 otherRegions');
		const addLimburg = { ...item, regions: [...item.regions, 'limburg'] };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'stations', addLimburg, revision))).toBe('403 otherRegions');
		const dropOwn = { ...item, regions: item.regions.filter((r) => r !== 'gelderland') };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'stations', dropOwn, revision))).toBe('ok');
		// Out of Gelderland now, so no longer theirs to change.
		expect(await relabel(who.gelderland!, 'stations', 'hygienic-fitter')).toBe('403 stationRegion');
	});

	it('a shared station is deleted only by someone who edits every region it is in', async () => {
		expect(await outcome(env.service.remove(who.gelderland!, NET, 'stations', 'system-engineer'))).toBe('403 sharedStation');
		const mine = { id: 'cheese-maker-fitter', label: { nl: 'Kaasmakerijmonteur', en: 'Cheese plant fitter' }, regions: ['gelderland'] };
		expect(await outcome(env.service.save(who.zuidHolland!, NET, 'stations', mine, 0))).toBe('403 otherRegions');
		expect(await outcome(env.service.save(who.gelderland!, NET, 'stations', mine, 0))).toBe('ok');
		expect(await outcome(env.service.remove(who.zuidHolland!, NET, 'stations', 'cheese-maker-fitter'))).toBe('403 stationRegion');
		expect(await outcome(env.service.remove(who.gelderland!, NET, 'stations', 'cheese-maker-fitter'))).toBe('ok');
	});

	it('a station in no region is anyone’s to edit among region editors', async () => {
		const open = { id: 'unmapped-craft', label: { nl: 'Vrij vak', en: 'Open craft' } };
		expect(await outcome(env.service.save(who.zuidHolland!, NET, 'stations', open, 0))).toBe('ok');
		expect(await relabel(who.gelderland!, 'stations', 'unmapped-craft')).toBe('ok');
		expect(await relabel(who.school!, 'stations', 'unmapped-craft')).toBe('403 regionEditorsOnly');
	});
});

describe('regions', () => {
	it('a region editor notes demand on their region, and changes nothing else about it', async () => {
		const { item, revision } = await current('regions', 'gelderland');
		const moved = { ...item, province: 'PV28' };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'regions', moved, revision))).toBe('403 regionDemandOnly');
		const { province: _dropped, ...withoutProvince } = item;
		expect(await outcome(env.service.save(who.gelderland!, NET, 'regions', withoutProvince, revision))).toBe('403 regionDemandOnly');
		const noted = { ...item, demand: [...item.demand.slice(1), { station: 'system-engineer', level: 'low' }] };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'regions', noted, revision))).toBe('ok');
		expect((await current('regions', 'gelderland')).item).toMatchObject({ label: item.label, province: item.province, demand: noted.demand });
	});
});

describe('lines', () => {
	it('a region editor may not add a stop outside their regions', async () => {
		const { item, revision } = await current('lines', 'hygienic-design');
		const longer = { ...item, stops: [...item.stops, { station: 'aircraft-structures-fitter', months: 12 }] };
		expect(await outcome(env.service.save(who.gelderland!, NET, 'lines', longer, revision))).toBe('403 lineStop');
		expect(await outcome(env.service.save(who.zuidHolland!, NET, 'lines', longer, revision))).toBe('ok');
		// Now it stops outside Gelderland: the whole line is out of the Gelderland editor's hands.
		expect(await relabel(who.gelderland!, 'lines', 'hygienic-design')).toBe('403 lineStop');
	});
});

describe('closed modules and curricula', () => {
	const closed = (organisation: string) => ({
		id: `closed-${organisation}`,
		label: { nl: 'Intern', en: 'In-house' },
		kind: 'online',
		hours: 2,
		price: 0,
		language: 'nl',
		provider: 'In-house',
		visibility: 'closed',
		organisation,
		teaches: [{ skill: 'mma-welding', level: 2 }]
	});

	it('a module may be closed only to an organisation the editor belongs to', async () => {
		expect(await outcome(env.service.save(who.gelderland!, NET, 'modules', closed('van-der-meer-machinebouw'), 0))).toBe('403 closedModule');
		expect(await outcome(env.service.save(who.vdm!, NET, 'modules', closed('van-der-meer-machinebouw'), 0))).toBe('ok');
	});

	it('a learning track cannot name a closed module its editor may not see', async () => {
		const track = { id: 'vdm-track', label: { nl: 'Spoor', en: 'Track' }, modules: ['vdm-hygienic-welding-practice'] };
		await expect(env.service.save(who.gelderland!, NET, 'learningTracks', track, 0)).rejects.toThrow("unknown module 'vdm-hygienic-welding-practice'");
		expect(await outcome(env.service.save(who.vdm!, NET, 'learningTracks', track, 0))).toBe('ok');
		expect(await outcome(env.service.read(who.gelderland!, NET, 'learningTracks', 'vdm-track'))).toBe('404');
	});

	it('a school creates curricula for its own school only, and cannot move one to another school', async () => {
		const mine = { id: 'da-vinci-hygienic-welder', label: { nl: 'Hygiënisch lassen', en: 'Hygienic welding' }, school: 'da-vinci-college', level: 'mbo-3', leadsTo: ['hygienic-welder'], teaches: [{ skill: 'tig-welding-stainless', level: 3 }] };
		expect(await outcome(env.service.save(who.school!, NET, 'curricula', { ...mine, school: 'albeda' }, 0))).toBe('403 otherSchool');
		expect(await outcome(env.service.save(who.school!, NET, 'curricula', mine, 0))).toBe('ok');
		const { item, revision } = await current('curricula', 'da-vinci-hygienic-welder');
		expect(await outcome(env.service.save(who.school!, NET, 'curricula', { ...item, school: 'albeda' }, revision))).toBe('403 otherSchool');
	});
});
