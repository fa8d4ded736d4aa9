import { describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../seed/load';
import { buildSnapshot } from '../services/snapshot';
import { stationRows, stationsTableFragment } from './stations-table-fragment';

const seed = loadSeedDirectory('graph-seed');

describe('the shared table of stations', () => {
	const v1 = buildSnapshot(seed.meta, 1, seed.content);

	it('links every station by name in the reader’s language, with its lines', () => {
		const en = stationsTableFragment(v1, 'en');
		expect(en.startsWith('<div class="table-scroll')).toBe(true);
		expect(en.match(/<a href="\/en\/stations\//g)?.length).toBe(seed.content.stations.length);
		expect(en).toContain('Hygienic welder');
		const nl = stationsTableFragment(v1, 'nl');
		expect(nl).toContain('Hygiënisch lasser');
		expect(nl).toContain('href="/nl/lines/welding"');
	});

	it('is rendered again for a new network version', () => {
		const content = structuredClone(seed.content);
		content.stations.find((s) => s.id === 'welder')!.label.en = 'Welder (MIG/MAG)';
		const v2 = buildSnapshot(seed.meta, 2, content);
		expect(stationsTableFragment(v2, 'en')).toContain('Welder (MIG/MAG)');
		expect(stationsTableFragment(v1, 'en')).not.toContain('Welder (MIG/MAG)');
	});

	it('sends a client-side navigation only what the table shows', () => {
		const row = stationRows(v1).find((r) => r.id === 'hygienic-welder')!;
		expect(Object.keys(row).sort()).toEqual(['id', 'label', 'lines']);
		expect(row.lines.length).toBeGreaterThan(1);
	});
});
