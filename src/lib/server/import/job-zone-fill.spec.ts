import { describe, expect, it } from 'vitest';
import { fillJobZones } from './job-zone-fill';

describe('fillJobZones', () => {
	it('keeps known zones and fills a missing one from the narrowest ISCO group that has zones (median)', () => {
		const zones = fillJobZones([
			{ isco: '1324', jobZone: 4 }, // warehouse manager
			{ isco: '1324', jobZone: 4 },
			{ isco: '1324', jobZone: 3 },
			{ isco: '1324', jobZone: null }, // supply chain manager, no O*NET code
			{ isco: '1321', jobZone: 5 },
			{ isco: '1311', jobZone: null } // no zone in 1311: the sub-major group 13 decides
		]);
		expect(zones.slice(0, 3)).toEqual([4, 4, 3]);
		expect(zones[3]).toBe(4);
		// 13xx known zones: 4, 4, 3, 5 → lower median 4.
		expect(zones[5]).toBe(4);
	});

	it('falls back to the ISCO skill level, and leaves an occupation without a code unknown', () => {
		expect(fillJobZones([{ isco: '9333', jobZone: null }])).toEqual([1]);
		expect(fillJobZones([{ isco: '2512', jobZone: null }])).toEqual([4]);
		expect(fillJobZones([{ isco: undefined, jobZone: null }])).toEqual([null]);
	});
});
