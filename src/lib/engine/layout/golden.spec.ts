import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutInputFromGeoJson } from './geojson';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { CAREER_LINES, GEO_LINES, GEO_POSITIONS, fromLines } from './test-networks';
import type { LayoutInput } from './types';

/**
 * Golden files: the whole layout (and its metrics) of a few networks, so any change to the
 * output shows up as a diff to review. `UPDATE_GOLDEN=1 npx vitest run src/lib/engine/layout`
 * rewrites them. Timings and search counters are left out; the time budget is lifted so a
 * slow machine cannot cut the local search short and change the result.
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const TRANSIT = resolve(import.meta.dirname, '../../../../../shared/data/transit-networks');
const update = process.env.UPDATE_GOLDEN === '1';

function snapshot(input: LayoutInput) {
	const result = layout({ ...input, settings: { ...input.settings, timeBudgetMs: 600_000 } });
	// Timings vary, and the search counters change with every speed-up that leaves the layout alone.
	const { timeMs: _t, searches: _s, expandedStates: _e, ...stats } = result.stats;
	const { timeMs: _m, ...metrics } = layoutMetrics(result, { input });
	return { layout: { ...result, stats }, metrics };
}

/** JSON with one line per point or small object, so diffs stay readable. */
function format(value: unknown): string {
	return (
		JSON.stringify(value, null, '\t')
			.replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')
			.replace(/\{\n([^{}[\]]*?)\n\s*\}/g, (_, body: string) => `{ ${body.trim().replace(/,\s*\n\s*/g, ', ')} }`) + '\n'
	);
}

function check(name: string, input: LayoutInput) {
	const file = join(GOLDEN, `${name}.json`);
	const actual = format(snapshot(input));
	if (update || !existsSync(file)) {
		writeFileSync(file, actual);
		return;
	}
	expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('golden layouts', () => {
	it('career network without positions', () => check('career', fromLines(CAREER_LINES)));

	it('small network with position hints', () => check('geo-small', fromLines(GEO_LINES, GEO_POSITIONS)));

	const freiburg = join(TRANSIT, 'freiburg.json');
	it.skipIf(!existsSync(freiburg))(`Freiburg tram network${existsSync(freiburg) ? '' : ' (skipped: ../shared/data/transit-networks not found)'}`, () =>
		check('freiburg', layoutInputFromGeoJson(JSON.parse(readFileSync(freiburg, 'utf8')), 'freiburg'))
	);
});
