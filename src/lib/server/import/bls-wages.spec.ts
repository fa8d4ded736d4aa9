import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOewsBands } from './bls-wages';
import { silentProgress } from './progress';
import { SkipLog } from './skip-log';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-oews-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'OCC_CODE,OCC_TITLE,O_GROUP,A_PCT10,A_MEDIAN,A_PCT90,H_PCT10,H_MEDIAN,H_PCT90';

describe('readOewsBands', () => {
	it('reads published, top-coded and hourly-only wages, marking the last two as estimates', async () => {
		const path = join(dir, 'oews.csv');
		writeFileSync(
			path,
			[
				HEADER,
				'51-4121,Welders,detailed,38130,51000,75850,18.33,24.52,36.47',
				'29-1211,Anesthesiologists,detailed,#,#,#,#,#,#',
				'27-2011,Actors,detailed,*,*,*,12.5,23.33,80',
				'51-0000,Production Occupations,major,1,2,3,,,',
				'27-2099,Entertainers,detailed,*,*,*,*,*,*'
			].join('\n')
		);
		const skips = new SkipLog();
		const bands = await readOewsBands(path, silentProgress, skips);
		expect([...bands.keys()]).toEqual(['51-4121', '29-1211', '27-2011']);
		expect(bands.get('51-4121')).toMatchObject({ median: 4250, estimate: false, currency: 'USD' });
		expect(bands.get('29-1211')).toMatchObject({ min: Math.round(239200 / 12), estimate: true, source: expect.stringContaining('top-coded') });
		expect(bands.get('27-2011')).toMatchObject({ median: Math.round((23.33 * 2080) / 12), estimate: true, source: expect.stringContaining('2,080') });
		expect(bands.get('51-4121')!.method).toEqual({
			nl: 'Amerikaanse lonen (BLS OEWS, mei 2024, landelijk, SOC 51-4121): het 10e percentiel, de mediaan en het 90e percentiel van het jaarloon, gedeeld door 12.',
			en: 'U.S. wages (BLS OEWS, May 2024, national, SOC 51-4121): the 10th percentile, median and 90th percentile of annual wages, divided by 12.'
		});
		expect(bands.get('27-2011')!.method!.en).toContain('Estimate: hourly wage × 2,080 hours');
		expect(skips.list()).toEqual([{ reason: 'OEWS row without a SOC code or a median wage', count: 1, examples: ['row 5: 27-2099 Entertainers'] }]);
	});
});
