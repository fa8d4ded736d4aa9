import { describe, expect, it } from 'vitest';
import { worstOf } from './evict';

type L = { months: number; hours: number; seq: number };
const BY = [(l: L) => l.months, (l: L) => l.hours];

describe('the label a full bag evicts', () => {
	it('is the worst by the sum of its criteria, each scaled over the bag', () => {
		// months 0..10 and hours 0..1000: 5 months and 900 hours (0.5 + 0.9) is worse than 10 months and 0 hours (1 + 0).
		const bag = [
			{ months: 0, hours: 1000, seq: 0 },
			{ months: 10, hours: 0, seq: 1 },
			{ months: 5, hours: 900, seq: 2 },
			{ months: 1, hours: 100, seq: 3 }
		];
		expect(worstOf(bag, BY)).toBe(2);
	});

	it('is the newer on a tie: by the given order, else the later in the bag', () => {
		const bag = [
			{ months: 1, hours: 1, seq: 7 },
			{ months: 1, hours: 1, seq: 3 }
		];
		expect(worstOf(bag, BY)).toBe(1);
		expect(worstOf(bag, BY, (a, b) => a.seq > b.seq)).toBe(0);
	});

	it('ignores a criterion on which the whole bag is equal', () => {
		const bag = [
			{ months: 4, hours: 0, seq: 0 },
			{ months: 4, hours: 10, seq: 1 },
			{ months: 4, hours: 5, seq: 2 }
		];
		expect(worstOf(bag, BY)).toBe(1);
	});
});
