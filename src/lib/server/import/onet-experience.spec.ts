import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixture-paths';
import { ReferenceTally } from './guard';
import { educationByJobZone, readOnetEte } from './onet-experience';
import { silentProgress } from './progress';
import { SkipLog } from './skip-log';

describe('O*NET education, training and experience', () => {
	it('reads the median required level of education (RL) per occupation, next to experience and training', async () => {
		const ctx = { progress: silentProgress, skips: new SkipLog(), notes: [] as string[], references: new ReferenceTally() };
		const ete = await readOnetEte(FIXTURES.onet, new Set(['51-4121.00', '29-1141.00', '29-1141.04', '17-3027.00']), ctx);
		// Welders: high school; nurse practitioners: master's; engineering technicians: associate's.
		expect(Object.fromEntries(ete.education)).toEqual({ '51-4121.00': 2, '29-1141.00': 6, '29-1141.04': 8, '17-3027.00': 5 });
		expect(ete.experience.get('51-4121.00')).toBeGreaterThan(0);
	});

	it('gives an occupation without RL ratings the median level of its job zone', () => {
		const zones = new Map([
			['a', 4],
			['b', 4],
			['c', 4],
			['d', 2],
			['unrated', 4]
		]);
		const education = new Map([
			['a', 6],
			['b', 6],
			['c', 4],
			['d', 2]
		]);
		expect(educationByJobZone(zones, education)).toEqual(new Map([[4, 6], [2, 2]]));
	});
});
