import { int, isInt, isPoint, Point } from 'neo4j-driver';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, ENTITY_SCHEMAS, type EntityKind, type EntityOf, type NetworkContent } from '../../../schemas';
import { loadSeedDirectory } from '../../seed/load';
import { contractNetwork } from '../contract-fixture';
import {
	auditFromProps,
	auditToProps,
	graphToItem,
	itemToGraph,
	metaFromProps,
	metaToProps,
	referencedIds,
	toNumber,
	toPlain,
	type Props,
	type RelRow
} from './mapping';
import { GRAPH_MODEL, RESERVED_PROPS } from './model';

const t = (nl: string, en: string) => ({ nl, en });

/** Every optional field filled in, so each property type and relationship makes the trip. */
const full: NetworkContent = {
	organisations: [{ id: 'acme', label: t('Acme BV', 'Acme Ltd'), kind: 'company', region: 'zh' }],
	regions: [
		{
			id: 'zh',
			label: t('Zuid-Holland', 'South Holland'),
			province: 'PV28',
			demand: [
				{ station: 'planner', level: 'high', note: t('Veel vacatures', 'Many vacancies') },
				{ station: 'welder', level: 'low' }
			]
		}
	],
	skills: [
		{ id: 'welding', label: t('Lassen', 'Welding'), labelFallback: ['nl'], group: 'metal', codes: { esco: 'http://data.europa.eu/esco/skill/x', onet: '51-4121.06' } },
		{ id: 'planning', label: t('Plannen', 'Planning'), codes: {} },
		{ id: 'safety', label: t('Veiligheid', 'Safety'), labelFallback: [] }
	],
	certificates: [{ id: 'vca', label: t('VCA', 'VCA'), issuer: 'SSVV', validityYears: 10, pointsPerYear: 0 }],
	salaryBands: [
		{ id: 'b', label: t('B', 'B'), min: 2800.5, median: 3200, max: 3600, currency: 'EUR', source: 'cao', year: 2024, estimate: false }
	],
	stations: [
		{
			id: 'welder',
			label: t('Lasser', 'Welder'),
			altLabels: { nl: ['Constructielasser', 'MIG-MAG-lasser'], en: [] },
			description: t('Last', 'Welds'),
			level: 3,
			codes: { isco: '7212', brc: '1234' },
			requires: [
				{ skill: 'safety', essential: true, level: 1 },
				{ skill: 'welding', essential: true, level: 3 }
			],
			salaryBand: 'b',
			regions: ['zh'],
			certificates: ['vca'],
			position: { x: 12.5, y: -3 },
			pinned: true
		},
		{ id: 'planner', label: t('Planner', 'Planner'), requires: [], regions: [], certificates: [] }
	],
	lines: [
		{
			id: 'l1',
			label: t('Lijn', 'Line'),
			description: t('Omschrijving', 'Description'),
			colour: '#112233',
			stops: [{ station: 'welder' }, { station: 'planner', months: 18 }]
		}
	],
	modules: [
		{
			id: 'm1',
			label: t('M', 'M'),
			kind: 'workshop',
			hours: 7.5,
			price: 0,
			currency: 'USD',
			language: 'en',
			provider: 'P',
			visibility: 'public',
			teaches: [
				{ skill: 'welding', level: 2 },
				{ skill: 'planning', level: 1 }
			],
			awards: ['vca'],
			points: 3,
			certificates: ['vca'],
			url: 'https://example.org/m1'
		}
	],
	learningTracks: [{ id: 'tr', label: t('Spoor', 'Track'), subject: t('Onderwerp', 'Subject'), modules: ['m1'] }],
	curricula: [
		{
			id: 'c1',
			label: t('Opleiding', 'Programme'),
			school: 'acme',
			crebo: '25123',
			level: 'mbo-3',
			region: 'zh',
			leadsTo: ['planner', 'welder'],
			teaches: [{ skill: 'planning', level: 2 }]
		}
	]
};

/** What the server gives back for what was written: properties as stored, relationships in any order. */
function roundTrip<K extends EntityKind>(kind: K, item: EntityOf<K>): EntityOf<K> {
	const graph = itemToGraph(kind, item);
	const stored: Props = { ...graph.props, network: 'n', ord: int(0), revision: int(1) };
	const rels: Record<string, RelRow[]> = {};
	for (const [field, rows] of Object.entries(graph.rels)) rels[field] = [...rows].reverse();
	return graphToItem(kind, stored, rels);
}

describe('neo4j mapping: items to graph and back', () => {
	it('covers every field of every schema, and nothing else', () => {
		for (const kind of ENTITY_KINDS) {
			const model = GRAPH_MODEL[kind];
			const mapped = ['id', ...model.props.map((p) => p.name), ...model.rels.map((r) => r.field)].sort();
			expect(mapped, kind).toEqual(Object.keys(ENTITY_SCHEMAS[kind].shape).sort());
			for (const p of model.props) expect(RESERVED_PROPS as readonly string[], `${kind}.${p.name}`).not.toContain(p.name);
		}
	});

	it.each(ENTITY_KINDS)('round-trips %s with every optional field set', (kind) => {
		for (const item of full[kind]) expect(roundTrip(kind, item as EntityOf<typeof kind>)).toStrictEqual(item);
	});

	it('round-trips the contract fixture exactly', () => {
		const { content } = contractNetwork();
		for (const kind of ENTITY_KINDS) for (const item of content[kind]) expect(roundTrip(kind, item as EntityOf<typeof kind>)).toEqual(item);
	});

	it.skipIf(!existsSync('graph-seed/network.yaml'))('round-trips every item of graph-seed exactly', () => {
		// Strictly equal, as the seed script compares with isDeepStrictEqual to decide that nothing changed.
		const { content } = loadSeedDirectory('graph-seed');
		for (const kind of ENTITY_KINDS) for (const item of content[kind]) expect(roundTrip(kind, item as EntityOf<typeof kind>)).toStrictEqual(item);
	});

	it('leaves absent optional fields absent, not null or undefined', () => {
		const back = roundTrip('stations', { id: 's', label: t('S', 'S'), requires: [], regions: [], certificates: [] });
		expect(Object.keys(back).sort()).toEqual(['certificates', 'id', 'label', 'regions', 'requires']);
		const stop = roundTrip('lines', full.lines[0]!).stops[0]!;
		expect(Object.keys(stop)).toEqual(['station']);
	});

	it('keeps an empty codes object apart from no codes', () => {
		expect(roundTrip('skills', full.skills[1]!).codes).toEqual({});
		expect('codes' in roundTrip('skills', { id: 'x', label: t('x', 'x') })).toBe(false);
	});

	it('stores labels per language, integers as Neo4j Integers, positions as cartesian points', () => {
		const { props, rels } = itemToGraph('stations', full.stations[0]!);
		expect(props).toMatchObject({ id: 'welder', label_nl: 'Lasser', label_en: 'Welder', codes_isco: '7212', pinned: true });
		expect(isInt(props.level)).toBe(true);
		expect(isPoint(props.position)).toBe(true);
		expect(toNumber((props.position as Point).srid)).toBe(7203);
		expect(rels.requires!.map((r) => [r.to, toNumber(r.props.seq), r.props.essential, toNumber(r.props.level)])).toEqual([
			['safety', 0, true, 1],
			['welding', 1, true, 3]
		]);
		expect(rels.salaryBand).toEqual([{ to: 'b', props: {} }]);
		// Fractions stay floats: an Integer would truncate them.
		expect(itemToGraph('modules', full.modules[0]!).props.hours).toBe(7.5);
	});

	it('keeps list order and repeated entries by seq, whatever order the server returns', () => {
		const track = { id: 'tr', label: t('T', 'T'), modules: ['b', 'a', 'c', 'a'] };
		expect(roundTrip('learningTracks', track).modules).toEqual(['b', 'a', 'c', 'a']);
	});

	it('refuses a field the graph model does not know instead of dropping it', () => {
		const stray = { ...full.skills[0]!, colour: 'red' } as unknown as EntityOf<'skills'>;
		expect(() => itemToGraph('skills', stray)).toThrow(/skills: field\(s\) colour have no place/);
		const strayStop = { ...full.lines[0]!, stops: [{ station: 'a', platform: 2 }] } as unknown as EntityOf<'lines'>;
		expect(() => itemToGraph('lines', strayStop)).toThrow(/lines.stops: element field\(s\) platform/);
	});

	it('lists the ids an item refers to, per target kind', () => {
		const refs = referencedIds('stations', itemToGraph('stations', full.stations[0]!));
		expect(refs).toEqual([
			{ field: 'requires', target: 'skills', ids: ['safety', 'welding'] },
			{ field: 'salaryBand', target: 'salaryBands', ids: ['b'] },
			{ field: 'regions', target: 'regions', ids: ['zh'] },
			{ field: 'certificates', target: 'certificates', ids: ['vca'] }
		]);
	});

	it('refuses two relationships where the schema allows one', () => {
		expect(() =>
			graphToItem('modules', { id: 'm' }, { organisation: [{ to: 'a', props: {} }, { to: 'b', props: {} }] })
		).toThrow(/2 CLOSED_TO relationships/);
	});
});

describe('neo4j mapping: values from the driver', () => {
	it('converts Integers to numbers and refuses unsafe ones', () => {
		expect(toNumber(int(42))).toBe(42);
		expect(toNumber(1.5)).toBe(1.5);
		expect(() => toNumber(int('9007199254740993'), 'version')).toThrow(/version 9007199254740993 is outside/);
		expect(() => toNumber('7')).toThrow(TypeError);
	});

	it('turns nested driver values into plain data', () => {
		expect(toPlain({ a: int(1), b: [int(2), 'x'], p: new Point(int(7203), 1, 2), n: null })).toEqual({ a: 1, b: [2, 'x'], p: { x: 1, y: 2 }, n: null });
	});
});

describe('neo4j mapping: network meta and audit entries', () => {
	it('round-trips meta with and without a source', () => {
		const meta = { id: 'net', label: t('Net', 'Net'), source: 'seed' };
		expect(metaFromProps('net', metaToProps('ns:net', meta))).toEqual(meta);
		const bare = { id: 'net', label: t('Net', 'Net') };
		expect(metaFromProps('net', metaToProps('net', bare))).toEqual(bare);
		expect(metaToProps('ns:net', meta).id).toBe('ns:net');
	});

	it('round-trips audit entries, keeping nulls as nulls', () => {
		const entry = {
			seq: 3,
			at: '2026-01-01T00:00:00.000Z',
			actor: { userId: 'u1', label: 'Editor' },
			action: 'update' as const,
			kind: 'skills' as const,
			itemId: 'welding',
			before: { id: 'welding', label: t('a', 'a') },
			after: { id: 'welding', label: t('b', 'b') },
			version: 7
		};
		const props = auditToProps('ns:net', entry);
		expect(isInt(props.seq) && isInt(props.version)).toBe(true);
		expect(auditFromProps('net', props)).toEqual({ ...entry, network: 'net' });
		const system = { ...entry, actor: { userId: null, label: 'seed' }, action: 'replace' as const, kind: null, itemId: null, before: null };
		const back = auditFromProps('net', auditToProps('net', system));
		expect(back).toEqual({ ...system, network: 'net' });
		expect(Object.keys(auditToProps('net', system))).not.toContain('before');
	});
});
