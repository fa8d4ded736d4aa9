import { describe, expect, it } from 'vitest';
import { evenSpread, placeChain } from './chain-placement';

const free = { weight: 0, ax: 0, ay: 0 };
const line = (i: number) => i;
const flat = () => 0;
const noBend = () => false;

describe('placeChain', () => {
	it('spreads stations evenly along the path', () => {
		expect(evenSpread(3, 8)).toEqual([2, 4, 6]);
		expect(placeChain([free, free, free], 8, line, flat, noBend)).toEqual([2, 4, 6]);
	});

	it('keeps stations off the path nodes where another path crosses', () => {
		const at = placeChain([free], 4, line, flat, noBend, (i) => i === 2);
		expect(at).toHaveLength(1);
		expect(at[0]).not.toBe(2);
	});

	it('pulls anchored stations towards their previous position', () => {
		const anchored = { weight: 4, ax: 1, ay: 0 };
		expect(placeChain([anchored, free], 6, line, flat, noBend)[0]).toBe(1);
	});
});
