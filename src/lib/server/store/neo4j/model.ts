import type { EntityKind } from '../../../schemas';

/**
 * The graph model of a network: one node label per kind of item, one relationship type per
 * reference. Every Cypher statement the adapter runs is generated from this fixed table, so
 * labels and relationship types never come from input; values always travel as parameters.
 *
 * Property types:
 * - `text`: a LocalizedText, stored as `<name>_nl` and `<name>_en` (so each language can be indexed)
 * - `texts`: a list of strings per language ({ nl: [...], en: [...] }), stored as `<name>_nl` and `<name>_en` lists
 * - `codes`: external classification codes, stored as `codes_esco`, `codes_isco` ...
 * - `point`: a layout position, stored as a cartesian Neo4j point
 * - `int`: stored as a Neo4j Integer; `float`: stored as a Neo4j Float
 * - `json`: nested plain data (a station's level profile and moves), stored as a JSON string
 */
export type PropType = 'string' | 'int' | 'float' | 'bool' | 'strings' | 'text' | 'texts' | 'codes' | 'point' | 'json';

export interface PropSpec {
	name: string;
	type: PropType;
}

export interface RelSpec {
	/** The item field that holds the reference(s). */
	field: string;
	/** Relationship type, pointing from the item to the referenced item. */
	type: string;
	target: EntityKind;
	/** An ordered list (kept by a `seq` property on the relationship) or a single optional reference. */
	many: boolean;
	/** When list elements are objects ({ skill, level }), the element field that holds the target id. */
	key?: string;
	/** The other element fields, stored on the relationship. */
	props?: PropSpec[];
}

export interface KindModel {
	label: string;
	props: PropSpec[];
	rels: RelSpec[];
}

/** Keys of `Codes` in src/lib/schemas/common.ts, flattened to `codes_<key>`. */
export const CODE_KEYS = ['esco', 'isco', 'onet', 'brc'] as const;

/** Properties every item node carries besides its own fields. */
export const RESERVED_PROPS = ['network', 'id', 'ord', 'revision'] as const;

const text = (name: string): PropSpec => ({ name, type: 'text' });

export const GRAPH_MODEL: Record<EntityKind, KindModel> = {
	organisations: {
		label: 'Organisation',
		props: [text('label'), { name: 'kind', type: 'string' }],
		rels: [{ field: 'region', type: 'IN_REGION', target: 'regions', many: false }]
	},
	regions: {
		label: 'Region',
		props: [text('label'), { name: 'province', type: 'string' }],
		rels: [
			{
				field: 'demand',
				type: 'DEMANDS',
				target: 'stations',
				many: true,
				key: 'station',
				props: [{ name: 'level', type: 'string' }, text('note')]
			}
		]
	},
	skills: {
		label: 'Skill',
		props: [
			text('label'),
			{ name: 'labelFallback', type: 'strings' },
			{ name: 'group', type: 'string' },
			{ name: 'codes', type: 'codes' },
			{ name: 'reuse', type: 'string' }
		],
		rels: []
	},
	certificates: {
		label: 'Certificate',
		props: [text('label'), { name: 'issuer', type: 'string' }, { name: 'validityYears', type: 'int' }, { name: 'pointsPerYear', type: 'int' }],
		rels: []
	},
	salaryBands: {
		label: 'SalaryBand',
		props: [
			text('label'),
			{ name: 'min', type: 'float' },
			{ name: 'median', type: 'float' },
			{ name: 'max', type: 'float' },
			{ name: 'currency', type: 'string' },
			{ name: 'source', type: 'string' },
			text('method'),
			{ name: 'year', type: 'int' },
			{ name: 'estimate', type: 'bool' },
			{ name: 'margin', type: 'float' }
		],
		rels: []
	},
	stations: {
		label: 'Station',
		props: [
			text('label'),
			{ name: 'altLabels', type: 'texts' },
			text('description'),
			{ name: 'level', type: 'int' },
			{ name: 'codes', type: 'codes' },
			{ name: 'position', type: 'point' },
			{ name: 'pinned', type: 'bool' },
			{ name: 'profile', type: 'json' },
			{ name: 'moves', type: 'json' }
		],
		rels: [
			{
				field: 'requires',
				type: 'REQUIRES',
				target: 'skills',
				many: true,
				key: 'skill',
				props: [
					{ name: 'essential', type: 'bool' },
					{ name: 'level', type: 'int' }
				]
			},
			{ field: 'salaryBand', type: 'PAYS', target: 'salaryBands', many: false },
			{ field: 'regions', type: 'IN_REGION', target: 'regions', many: true },
			{ field: 'certificates', type: 'NEEDS_CERTIFICATE', target: 'certificates', many: true }
		]
	},
	lines: {
		label: 'Line',
		props: [text('label'), text('description'), { name: 'colour', type: 'string' }],
		rels: [{ field: 'stops', type: 'STOPS_AT', target: 'stations', many: true, key: 'station', props: [{ name: 'months', type: 'int' }, { name: 'score', type: 'float' }] }]
	},
	modules: {
		label: 'Module',
		props: [
			text('label'),
			{ name: 'kind', type: 'string' },
			{ name: 'hours', type: 'float' },
			{ name: 'price', type: 'float' },
			{ name: 'currency', type: 'string' },
			{ name: 'language', type: 'string' },
			{ name: 'provider', type: 'string' },
			{ name: 'visibility', type: 'string' },
			{ name: 'points', type: 'int' },
			{ name: 'url', type: 'string' }
		],
		rels: [
			{ field: 'teaches', type: 'TEACHES', target: 'skills', many: true, key: 'skill', props: [{ name: 'level', type: 'int' }] },
			{ field: 'organisation', type: 'CLOSED_TO', target: 'organisations', many: false },
			{ field: 'certificates', type: 'COUNTS_TOWARDS', target: 'certificates', many: true },
			{ field: 'awards', type: 'AWARDS', target: 'certificates', many: true }
		]
	},
	learningTracks: {
		label: 'LearningTrack',
		props: [text('label'), text('subject')],
		rels: [{ field: 'modules', type: 'INCLUDES', target: 'modules', many: true }]
	},
	curricula: {
		label: 'Curriculum',
		props: [text('label'), { name: 'crebo', type: 'string' }, { name: 'level', type: 'string' }],
		rels: [
			{ field: 'school', type: 'OFFERED_BY', target: 'organisations', many: false },
			{ field: 'region', type: 'IN_REGION', target: 'regions', many: false },
			{ field: 'leadsTo', type: 'LEADS_TO', target: 'stations', many: true },
			{ field: 'teaches', type: 'TEACHES', target: 'skills', many: true, key: 'skill', props: [{ name: 'level', type: 'int' }] }
		]
	}
};

/** Node label of the node that holds a network's meta data, version and audit counter. */
export const NETWORK_LABEL = 'Network';
export const AUDIT_LABEL = 'AuditEntry';

const KIND_BY_LABEL = new Map(Object.entries(GRAPH_MODEL).map(([kind, m]) => [m.label, kind as EntityKind]));

export function kindOfLabel(label: string): EntityKind | undefined {
	return KIND_BY_LABEL.get(label);
}
