import { describe, expect, it } from 'vitest';
import { certificateUpkeep } from './upkeep';
import { seedSnapshot } from './plan-fixture';

describe('certificate upkeep', () => {
	const certificates = seedSnapshot().certificates;
	const fm5 = certificates.get('iso-9606-1-fm5')!;

	it('compares points earned in the last twelve months with the points needed per year, and says when it expires', () => {
		const [u] = certificateUpkeep({
			held: [{ certificate: 'iso-9606-1-fm5', obtainedOn: '2024-03-01' }],
			requiredAt: new Map(),
			completions: [
				{ module: 'a', doneOn: '2025-01-10', points: 4, certificates: ['iso-9606-1-fm5'] },
				{ module: 'b', doneOn: '2024-05-01', points: 8, certificates: ['iso-9606-1-fm5'] },
				{ module: 'c', doneOn: '2025-02-01', points: 9, certificates: ['vca-basis'] }
			],
			certificates,
			today: '2025-06-30'
		});
		expect(u).toEqual({
			certificate: 'iso-9606-1-fm5',
			held: true,
			obtainedOn: '2024-03-01',
			expiresOn: `${2024 + fm5.validityYears}-03-01`,
			pointsPerYear: fm5.pointsPerYear,
			pointsEarned: 4,
			status: 'short',
			requiredAt: []
		});
	});

	it('is up to date with enough points, expired after its validity, and to obtain when only the route asks for it', () => {
		const upkeep = certificateUpkeep({
			held: [
				{ certificate: 'iso-9606-1-fm5', obtainedOn: '2024-03-01' },
				{ certificate: 'vca-basis', obtainedOn: '2010-01-01' }
			],
			requiredAt: new Map([['iso-14732-operator', ['hygienic-welder']]]),
			completions: [{ module: 'a', doneOn: '2025-06-30', points: 8, certificates: ['iso-9606-1-fm5'] }],
			certificates,
			today: '2025-06-30'
		});
		expect(upkeep.map((u) => [u.certificate, u.status])).toEqual([
			['vca-basis', 'expired'],
			['iso-14732-operator', 'to-obtain'],
			['iso-9606-1-fm5', 'ok']
		]);
		expect(upkeep[1]!.requiredAt).toEqual(['hygienic-welder']);
	});
});
