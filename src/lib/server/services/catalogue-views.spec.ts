import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { NotFoundError } from '../store/errors';
import { ANONYMOUS, type Viewer } from '../viewer';
import { moduleDetail, skillDetail } from './catalogue-views';
import { buildSnapshot, type Snapshot } from './snapshot';

const COMPANY = 'van-der-meer-machinebouw';
const CLOSED = 'vdm-hygienic-welding-practice';
const member: Viewer = { userId: 'u1', organisations: [COMPANY], roles: ['worker'] };
const outsider: Viewer = { userId: 'u2', organisations: ['oom'], roles: ['advisor'] };

let snap: Snapshot;
beforeAll(() => {
	const seed = loadSeedDirectory('graph-seed');
	snap = buildSnapshot(seed.meta, 1, seed.content);
});

describe('skill detail', () => {
	it('lists the stations requiring it, essential first and highest level first, with the modules teaching it', () => {
		const s = skillDetail(snap, 'tig-welding-stainless', ANONYMOUS);
		expect(s.label.en).toBe('TIG welding of stainless steel');
		const required = snap.content.stations.filter((st) => st.requires.some((r) => r.skill === 'tig-welding-stainless'));
		expect(s.stations.map((x) => x.id).sort()).toEqual(required.map((st) => st.id).sort());
		expect(s.stationCount.essential + s.stationCount.optional).toBe(required.length);
		const order = s.stations.map((x) => [Number(!x.essential), -x.level]);
		expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
		expect(s.stations.find((x) => x.id === 'hygienic-welder')).toMatchObject({ essential: true, level: 4 });
		expect(s.modules.length).toBeGreaterThan(0);
		for (const m of s.modules) expect(snap.modules.get(m.id)!.teaches.find((t) => t.skill === s.id)!.level).toBe(m.teachesLevel);
		expect(s.untaught).toBe(false);
	});

	it('lists a closed module only to members of its organisation', () => {
		expect(skillDetail(snap, 'tig-welding-stainless', member).modules.map((m) => m.id)).toContain(CLOSED);
		expect(skillDetail(snap, 'tig-welding-stainless', outsider).modules.map((m) => m.id)).not.toContain(CLOSED);
		expect(skillDetail(snap, 'tig-welding-stainless', ANONYMOUS).modules.map((m) => m.id)).not.toContain(CLOSED);
	});

	it('marks a skill no module or school teaches (forgotten craftsmanship)', () => {
		const s = skillDetail(snap, 'orbital-welding-thin-wall-stainless', ANONYMOUS);
		expect(s.modules).toEqual([]);
		expect(s.untaught).toBe(true);
		expect(s.stationCount.essential).toBeGreaterThan(0);
	});

	it('an unknown skill does not exist', () => {
		expect(() => skillDetail(snap, 'no-such-skill', ANONYMOUS)).toThrow(NotFoundError);
	});
});

describe('module detail', () => {
	it('says what it teaches, which certificates it awards and which it gives upkeep points to', () => {
		const m = moduleDetail(snap, 'vca-basis-course', ANONYMOUS);
		expect(m).toMatchObject({ provider: 'Kiwa Opleidingen', hours: 16, price: 295, currency: 'EUR', language: 'nl', closed: false, organisation: null });
		expect(m.teaches.map((s) => [s.id, s.level])).toEqual([
			['vca-safe-working', 2],
			['task-risk-analysis', 1],
			['hot-work-fire-safety', 1]
		]);
		expect(m.awards.map((c) => c.id)).toEqual(['vca-basis']);
		expect(m.upkeep).toMatchObject({ points: 4, certificates: [{ id: 'vca-basis' }] });
		expect(m.tracks.map((t) => t.id)).toEqual(['track-safety-basics']);
	});

	it('a closed module is shown to members, with the organisation it is closed to', () => {
		const m = moduleDetail(snap, CLOSED, member);
		expect(m.closed).toBe(true);
		expect(m.organisation).toMatchObject({ id: COMPANY });
		expect(m.awards).toEqual([]);
		expect(m.upkeep.points).toBe(4);
	});

	it('a closed module does not exist for anyone else, with the message of an id that never was', () => {
		for (const viewer of [outsider, ANONYMOUS]) {
			expect(() => moduleDetail(snap, CLOSED, viewer)).toThrow(NotFoundError);
			expect(() => moduleDetail(snap, CLOSED, viewer)).toThrow(`module '${CLOSED}' does not exist`);
		}
		expect(() => moduleDetail(snap, 'no-such-module', ANONYMOUS)).toThrow("module 'no-such-module' does not exist");
	});
});
