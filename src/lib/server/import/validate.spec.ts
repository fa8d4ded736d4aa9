import { describe, expect, it } from 'vitest';
import { emptyNetwork } from '$lib/schemas';
import { ImportError } from './errors';
import { validateNetwork } from './validate';

const meta = { id: 'esco', label: { nl: 'ESCO', en: 'ESCO' } };
const label = { nl: 'Lasser', en: 'Welder' };

describe('validateNetwork', () => {
	it('parses every item, filling schema defaults', () => {
		const { content } = validateNetwork(meta, {
			...emptyNetwork(),
			skills: [{ id: 'tig', label }],
			stations: [{ id: 'welder', label, requires: [{ skill: 'tig', essential: true, level: 3 }] } as never]
		});
		expect(content.stations[0]).toMatchObject({ regions: [], certificates: [] });
	});

	it('throws one ImportError listing schema problems by item and field', () => {
		const broken = {
			...emptyNetwork(),
			lines: [{ id: 'l', label, colour: '#000000', stops: [{ station: 'a' }] }],
			skills: [{ id: 'Not A Slug', label }]
		};
		try {
			validateNetwork(meta, broken);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ImportError);
			expect((e as ImportError).message).toContain('nothing was written');
			expect((e as ImportError).issues).toEqual([
				expect.stringMatching(/^skill 'Not A Slug': id: must be a lowercase slug/),
				"line 'l': stops: a line needs at least two stops"
			]);
		}
	});

	it('reports references to items that do not exist', () => {
		const dangling = { ...emptyNetwork(), stations: [{ id: 'welder', label, requires: [{ skill: 'tig', essential: true, level: 3 }], regions: [], certificates: [] }] };
		expect(() => validateNetwork(meta, dangling)).toThrow(ImportError);
		try {
			validateNetwork(meta, dangling);
		} catch (e) {
			expect((e as ImportError).issues).toEqual(["station 'welder': requires.0.skill: unknown skill 'tig'"]);
		}
	});
});
