import { describe, expect, it } from 'vitest';
import { skillCoverage, skillsUsedOnRoute, type Requirement } from './skill-coverage';

const req = (skill: string, level: number, essential = true): Requirement => ({ skill, level, essential });

describe('skill coverage', () => {
	const station = [req('tig', 3), req('mag', 2), req('drawing', 2), req('hygiene', 3, false), req('english', 1, false)];

	it('counts required skills held at or above their level, essential apart', () => {
		const held = new Map([
			['tig', 4],
			['mag', 2],
			['drawing', 1],
			['english', 2],
			['unrelated', 5]
		]);
		expect(skillCoverage(station, held)).toEqual({ have: 3, total: 5, essentialHave: 2, essentialTotal: 3 });
	});

	it('a skill held below the required level does not count', () => {
		expect(skillCoverage([req('tig', 4)], new Map([['tig', 3]]))).toEqual({ have: 0, total: 1, essentialHave: 0, essentialTotal: 1 });
	});

	it('nothing held covers nothing; a station without requirements has nothing to cover', () => {
		expect(skillCoverage(station, new Map())).toEqual({ have: 0, total: 5, essentialHave: 0, essentialTotal: 3 });
		expect(skillCoverage([], new Map([['tig', 5]]))).toEqual({ have: 0, total: 0, essentialHave: 0, essentialTotal: 0 });
	});
});

describe('skills a route uses', () => {
	const requires: Record<string, Requirement[]> = {
		b: [req('mag', 2), req('english', 1, false)],
		c: [req('tig', 4), req('mag', 3), req('drawing', 2)]
	};
	const of = (s: string) => requires[s] ?? [];
	const held = new Map([
		['drawing', 2],
		['mag', 2],
		['english', 3],
		['tig', 3]
	]);

	it('lists held skills meeting a charged requirement of a station arrived at, in order of first use', () => {
		// tig is held below level 4, so the route must teach it: not one of the traveller's skills it uses.
		expect(skillsUsedOnRoute(['b', 'c'], of, held, false)).toEqual(['mag', 'drawing']);
	});

	it('counts optional requirements only when the question includes them', () => {
		expect(skillsUsedOnRoute(['b', 'c'], of, held, true)).toEqual(['mag', 'english', 'drawing']);
	});

	it('uses nothing when nothing held is required on the way', () => {
		expect(skillsUsedOnRoute(['b', 'c'], of, new Map([['welding', 5]]), true)).toEqual([]);
	});
});
