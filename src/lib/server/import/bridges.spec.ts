import { describe, expect, it } from 'vitest';
import type { Line, Station } from '$lib/schemas';
import { deriveBridges } from './bridges';

function station(id: string, essential: string[], optional: string[] = []): Station {
	return {
		id,
		label: { nl: id, en: id },
		requires: [...essential.map((skill) => ({ skill, essential: true, level: 3 })), ...optional.map((skill) => ({ skill, essential: false, level: 3 }))],
		regions: [],
		certificates: []
	};
}

const line = (id: string, ...stations: string[]): Line => ({
	id,
	label: { nl: id, en: id },
	colour: '#123456',
	stops: stations.map((station, i) => (i === 0 ? { station } : { station, months: 12 }))
});

function jaccard(a: Station, b: Station): number {
	const x = new Set(a.requires.filter((r) => r.essential).map((r) => r.skill));
	const y = b.requires.filter((r) => r.essential).map((r) => r.skill);
	const shared = y.filter((s) => x.has(s)).length;
	return shared / (x.size + y.length - shared);
}

const stations = [
	station('welder', ['s1', 's2', 's3', 's4']),
	station('pipe-welder', ['s1', 's2', 's3', 's4', 's5']), // 4/5 = 0.8 with welder
	station('brazier', ['s1', 's2', 's3', 's6', 's7', 's8']), // 3/7 ≈ 0.43 with welder
	station('fitter', ['s1', 's2', 's9', 's10']), // shares only 2 with anyone
	station('planner', ['s1', 's2', 's3'], ['s4', 's5']) // optional skills do not count
];

describe('deriveBridges', () => {
	it('bridges exactly the pairs whose essential-skill Jaccard reaches the threshold', () => {
		for (const threshold of [0.3, 0.5, 0.75, 0.9]) {
			const bridges = deriveBridges({ stations, lines: [] }, threshold);
			for (const b of bridges) expect(b.overlap).toBeGreaterThanOrEqual(threshold);
			const expected = stations.flatMap((a) =>
				stations.filter((b) => a.id < b.id && jaccard(a, b) >= threshold).map((b) => `${a.id}|${b.id}`)
			);
			// Pairs sharing fewer than three essential skills are never bridged (fitter).
			expect(bridges.map((b) => `${b.from}|${b.to}`).sort()).toEqual(expected.filter((p) => !p.includes('fitter')).sort());
		}
	});

	it('returns each pair once, from < to, sorted, with its overlap', () => {
		expect(deriveBridges({ stations, lines: [] }, 0.75)).toEqual([
			{ from: 'pipe-welder', to: 'welder', overlap: 0.8 },
			{ from: 'planner', to: 'welder', overlap: 0.75 }
		]);
	});

	it('leaves out pairs that already share a line', () => {
		const bridges = deriveBridges({ stations, lines: [line('weld', 'welder', 'pipe-welder')] }, 0.5);
		expect(bridges.map((b) => `${b.from}|${b.to}`)).not.toContain('pipe-welder|welder');
		expect(bridges.map((b) => `${b.from}|${b.to}`)).toContain('planner|welder');
	});

	it('lets the minimum of shared skills be set and refuses a threshold outside (0, 1]', () => {
		expect(deriveBridges({ stations, lines: [] }, 0.3, { minShared: 1 }).some((b) => b.from === 'fitter' || b.to === 'fitter')).toBe(true);
		expect(() => deriveBridges({ stations, lines: [] }, 0)).toThrow(RangeError);
		expect(() => deriveBridges({ stations, lines: [] }, 1.5)).toThrow(RangeError);
	});
});
