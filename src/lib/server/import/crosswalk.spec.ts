import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrosswalk } from './crosswalk';
import { FIXTURES } from './fixture-paths';
import { ReferenceTally } from './guard';
import { resolveOnetCode } from './onet-codes';
import { silentProgress } from './progress';
import { SkipLog } from './skip-log';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const CHILD = 'http://data.europa.eu/esco/occupation/child-of-welder';
const FILE = join(FIXTURES.esco, '..', 'esco-onet-crosswalk', 'esco_onet_crosswalk_Nov2020.csv');

describe('ESCO ↔ O*NET crosswalk', () => {
	it('joins an occupation by its own row and lets a narrower occupation inherit its parent’s code; reports rows that do not join', async () => {
		const ctx = { progress: silentProgress, skips: new SkipLog(), notes: [] as string[], references: new ReferenceTally() };
		const matches = await readCrosswalk(FILE, new Set([WELDER, CHILD]), new Map([[CHILD, WELDER]]), ctx);
		expect(matches.get(WELDER)).toMatchObject({ onet: '51-4121.06' });
		expect(matches.get(WELDER)!.inheritedFrom).toBeUndefined();
		expect(matches.get(CHILD)).toMatchObject({ onet: '51-4121.06', inheritedFrom: WELDER });
		const skipped = ctx.skips.list().find((s) => s.reason === 'crosswalk row for an occupation not in this ESCO release')!;
		expect(skipped.count).toBe(21);
		expect(ctx.notes[0]).toContain('1 inherit');
	});

	it('finds the O*NET 29.2 occupation of an older code: same code, base code, same title, SOC 2018 successor', () => {
		const current = new Set(['51-4121.00', '15-1252.00', '15-1251.00']);
		const titles = new Map([['computer programmers', '15-1251.00']]);
		expect(resolveOnetCode('51-4121.06', 'welders', current, titles)).toEqual({ code: '51-4121.00', how: 'base code' });
		expect(resolveOnetCode('15-1131.00', 'computer programmers', current, titles)).toEqual({ code: '15-1251.00', how: 'same title' });
		expect(resolveOnetCode('15-1132.00', 'software developers, applications', current, titles)).toEqual({ code: '15-1252.00', how: 'SOC 2018 successor' });
		expect(resolveOnetCode('99-9999.00', 'nothing', current, titles)).toBeUndefined();
	});
});
