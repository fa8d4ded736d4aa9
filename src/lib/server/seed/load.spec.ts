import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ENTITY_KINDS } from '$lib/schemas';
import { contractNetwork } from '../store/contract-fixture';
import { META_FILE, SEED_FILES, SeedError, loadSeedDirectory } from './load';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeSeed(mutate: (files: Record<string, unknown>) => void = () => {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-seed-'));
	dirs.push(dir);
	const { meta, content } = contractNetwork('seed');
	const files: Record<string, unknown> = { [META_FILE]: meta };
	for (const kind of ENTITY_KINDS) files[SEED_FILES[kind]] = content[kind];
	mutate(files);
	for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), typeof value === 'string' ? value : stringify(value));
	return dir;
}

function seedError(dir: string): SeedError {
	try {
		loadSeedDirectory(dir);
	} catch (e) {
		if (e instanceof SeedError) return e;
		throw e;
	}
	throw new Error('expected a SeedError');
}

describe('loading a seed directory', () => {
	it('reads every file into a validated network', () => {
		const seed = loadSeedDirectory(writeSeed());
		expect(seed).toEqual(contractNetwork('seed'));
	});

	it('names file, item, field and reason for a bad item', () => {
		const err = seedError(
			writeSeed((f) => {
				(f['stations.yaml'] as { requires: { level: number }[] }[])[0]!.requires[0]!.level = 9;
			})
		);
		expect(err.issues).toEqual([
			{ file: 'stations.yaml', item: "station 'welder'", field: 'requires.0.level', message: expect.stringMatching(/5/) }
		]);
		expect(err.message).toContain("stations.yaml: station 'welder', field 'requires.0.level'");
	});

	it('reports dangling references once every file is valid on its own', () => {
		const err = seedError(
			writeSeed((f) => {
				(f['lines.yaml'] as { stops: { station: string }[] }[])[0]!.stops[1]!.station = 'astronaut';
			})
		);
		expect(err.issues).toEqual([{ file: 'lines.yaml', item: "line 'weld-line'", field: 'stops.1.station', message: "unknown station 'astronaut'" }]);
	});

	it('reports broken YAML with its line, and missing files', () => {
		const err = seedError(
			writeSeed((f) => {
				f['skills.yaml'] = '- id: welding\n  label: {nl: Lassen, en: Welding\n';
				delete f['regions.yaml'];
			})
		);
		expect(err.issues.map((i) => [i.file, i.message.split(':')[0]])).toEqual([
			['regions.yaml', 'file is missing'],
			['skills.yaml', expect.stringMatching(/^not valid YAML at line \d+/)]
		]);
	});

	it('refuses a key that reaches a prototype anywhere, with its line', () => {
		const err = seedError(
			writeSeed((f) => {
				f['skills.yaml'] = '- id: welding\n  label:\n    nl: Lassen\n    en: Welding\n    __proto__: { polluted: 1 }\n';
			})
		);
		expect(err.issues).toEqual([{ file: 'skills.yaml', item: '-', field: '__proto__', message: "the key '__proto__' is not allowed (line 5)" }]);
	});

	it('a file that is not a list is refused; items without id are named by position', () => {
		const err = seedError(
			writeSeed((f) => {
				f['certificates.yaml'] = { id: 'vca' };
				f['skills.yaml'] = [{ label: { nl: 'x', en: 'x' } }];
			})
		);
		expect(err.issues).toContainEqual({ file: 'certificates.yaml', item: '-', field: '-', message: 'must be a YAML list of items' });
		expect(err.issues).toContainEqual(expect.objectContaining({ file: 'skills.yaml', item: 'skill #1', field: 'id' }));
	});
});

describe('the shipped graph-seed', () => {
	const seed = loadSeedDirectory('graph-seed');
	const c = seed.content;

	it('meets the sizes the product promises', () => {
		expect(c.stations.length).toBeGreaterThanOrEqual(45);
		expect(c.lines.length).toBeGreaterThanOrEqual(10);
		expect(c.skills.length).toBeGreaterThanOrEqual(150);
		expect(c.modules.length).toBeGreaterThanOrEqual(30);
		expect(c.learningTracks.length).toBeGreaterThanOrEqual(17);
		expect(c.modules.some((m) => m.visibility === 'closed')).toBe(true);
		expect(c.modules.some((m) => m.visibility === 'public')).toBe(true);
		expect(c.certificates.some((x) => x.pointsPerYear > 0)).toBe(true);
		expect(c.curricula.length).toBeGreaterThan(0);
		expect(c.regions.map((r) => r.label.nl)).toEqual(expect.arrayContaining(['Zuid-Holland', 'Noord-Brabant']));
	});

	it('has the hygienic-design line with the mapped crafts', () => {
		const hygienic = c.lines.find((l) => l.id === 'hygienic-design')!;
		const names = hygienic.stops.map((s) => c.stations.find((st) => st.id === s.station)!.label.en.toLowerCase());
		for (const craft of ['hygienic welder', 'hygienic fitter', 'hygienic design engineer', 'work planner', 'project leader', 'maintenance mechanic'])
			expect(names.some((n) => n.includes(craft)), craft).toBe(true);
	});

	it('has interchanges where lines meet and a salary band with its source on every station', () => {
		const served = new Map<string, number>();
		for (const l of c.lines) for (const s of l.stops) served.set(s.station, (served.get(s.station) ?? 0) + 1);
		expect([...served.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(5);
		for (const s of c.stations) expect(s.salaryBand, s.id).toBeDefined();
		for (const b of c.salaryBands) expect(b.source.length).toBeGreaterThan(10);
	});

	it('is what the loader returns for an unchanged copy (files are the source of truth)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'vakmetro-seedcopy-'));
		dirs.push(dir);
		cpSync('graph-seed', dir, { recursive: true });
		expect(loadSeedDirectory(dir)).toEqual(seed);
		expect(readFileSync(join(dir, 'stations.yaml'), 'utf8')).toBe(readFileSync('graph-seed/stations.yaml', 'utf8'));
	});
});
