import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { fromLines } from './test-networks';

const base = {
	red: ['a1', 'a2', 'hub', 'a3', 'a4'],
	blue: ['b1', 'b2', 'hub', 'b3', 'b4'],
	green: ['a3', 'g1', 'g2']
};

describe('stability', () => {
	const first = layout(fromLines(base));

	it('lays out the same network again in the same place', () => {
		const again = layout(fromLines(base), { previous: first });
		expect(layoutMetrics(again, { previous: first }).stationsMoved).toBe(0);
	});

	it('moves few stations when a station is added at the end of a line', () => {
		const next = layout(fromLines({ ...base, red: [...base.red, 'a5'] }), { previous: first });
		const m = layoutMetrics(next, { previous: first });
		expect(m.stationsMoved).toBeLessThanOrEqual(2);
		expect(m.octilinearShare).toBe(1);
	});

	it('moves few stations when a stop is added in the middle of a line', () => {
		const next = layout(fromLines({ ...base, blue: ['b1', 'b2', 'hub', 'b3', 'bx', 'b4'] }), { previous: first });
		expect(layoutMetrics(next, { previous: first }).stationsMoved).toBeLessThanOrEqual(3);
	});

	it('moves few stations when a new line joins two stations', () => {
		const next = layout(fromLines({ ...base, orange: ['g2', 'o1', 'b4'] }), { previous: first });
		expect(layoutMetrics(next, { previous: first }).stationsMoved).toBeLessThanOrEqual(3);
	});

	it('never moves a pinned station, even when the rest changes', () => {
		const input = fromLines({ ...base, red: [...base.red, 'a5'] });
		const pin = first.stations.find((s) => s.id === 'hub')!;
		input.stations.find((s) => s.id === 'hub')!.pinned = { x: pin.x, y: pin.y };
		const next = layout(input, { previous: first });
		expect(next.stations.find((s) => s.id === 'hub')).toMatchObject({ x: pin.x, y: pin.y });
	});
});
