import { describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { schoolReach } from './school-reach';
import { buildSnapshot } from './snapshot';

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, seed.content);

describe('what a school feeds', () => {
	it('lists the stations its curricula lead to and what graduates still miss', () => {
		const r = schoolReach(snap, 'da-vinci-college');
		expect(r.school.region?.id).toBe('zuid-holland');
		expect(r.curricula.map((c) => c.id)).toContain('da-vinci-constructiewerker');
		const welder = r.fed.find((f) => f.station === 'welder')!;
		expect(welder.via.map((v) => v.id)).toContain('da-vinci-constructiewerker');
		expect(welder.demand).toBe('high');
		// Every essential skill listed is one no curriculum of the school teaches at the level asked.
		for (const s of welder.notTaught) expect(s.required).toBeGreaterThan(0);
	});

	it('names the region’s uncovered demand the school does not lead to', () => {
		const r = schoolReach(snap, 'da-vinci-college');
		expect(r.uncovered.map((u) => u.station)).toContain('hygienic-welder');
	});

	it('knows only schools', () => {
		expect(() => schoolReach(snap, 'oom')).toThrow("school 'oom' does not exist");
	});
});
