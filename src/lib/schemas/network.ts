import { z } from 'zod';
import { Certificate } from './certificate';
import { Id, LocalizedText, singleLine } from './common';
import { Curriculum } from './curriculum';
import { LearningTrack } from './learning-track';
import { Line } from './line';
import { Module } from './module';
import { Organisation } from './organisation';
import { Region } from './region';
import { SalaryBand } from './salary-band';
import { Skill } from './skill';
import { Station } from './station';

/** Every kind of item a network holds, with its schema; the order is the load order. */
export const ENTITY_SCHEMAS = {
	organisations: Organisation,
	regions: Region,
	skills: Skill,
	certificates: Certificate,
	salaryBands: SalaryBand,
	stations: Station,
	lines: Line,
	modules: Module,
	learningTracks: LearningTrack,
	curricula: Curriculum
} as const;
export type EntityKind = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];
export const EntityKindSchema = z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]);

/** Singular words for messages ("station 'x'"). */
export const ENTITY_NOUN: Record<EntityKind, string> = {
	organisations: 'organisation',
	regions: 'region',
	skills: 'skill',
	certificates: 'certificate',
	salaryBands: 'salary band',
	stations: 'station',
	lines: 'line',
	modules: 'module',
	learningTracks: 'learning track',
	curricula: 'curriculum'
};

export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;

export const NetworkMeta = z
	.object({
		id: Id,
		label: LocalizedText,
		/** Where the data comes from, shown as attribution. */
		source: singleLine(z.string().max(500)).optional()
	})
	.strict();
export type NetworkMeta = z.infer<typeof NetworkMeta>;

export const NetworkContent = z.object({
	organisations: z.array(Organisation),
	regions: z.array(Region),
	skills: z.array(Skill),
	certificates: z.array(Certificate),
	salaryBands: z.array(SalaryBand),
	stations: z.array(Station),
	lines: z.array(Line),
	modules: z.array(Module),
	learningTracks: z.array(LearningTrack),
	curricula: z.array(Curriculum)
});
export type NetworkContent = z.infer<typeof NetworkContent>;

export function emptyNetwork(): NetworkContent {
	return {
		organisations: [],
		regions: [],
		skills: [],
		certificates: [],
		salaryBands: [],
		stations: [],
		lines: [],
		modules: [],
		learningTracks: [],
		curricula: []
	};
}

/** One problem found in a network: which item, which field, why. */
export interface NetworkIssue {
	kind: EntityKind;
	id: string;
	field: string;
	message: string;
}

/**
 * Checks what single-item schemas cannot: unique ids per kind and that every reference
 * points at an existing item of the right kind. Returns all problems, not just the first.
 */
export function checkReferences(net: NetworkContent): NetworkIssue[] {
	const issues: NetworkIssue[] = [];
	const ids = {} as Record<EntityKind, Set<string>>;
	for (const kind of ENTITY_KINDS) {
		ids[kind] = new Set();
		for (const item of net[kind]) {
			if (ids[kind].has(item.id))
				issues.push({ kind, id: item.id, field: 'id', message: `duplicate ${ENTITY_NOUN[kind]} id '${item.id}'` });
			ids[kind].add(item.id);
		}
	}
	const ref = (kind: EntityKind, id: string, field: string, target: EntityKind, value: string | undefined) => {
		if (value !== undefined && !ids[target].has(value))
			issues.push({ kind, id, field, message: `unknown ${ENTITY_NOUN[target]} '${value}'` });
	};
	for (const o of net.organisations) ref('organisations', o.id, 'region', 'regions', o.region);
	for (const r of net.regions) r.demand.forEach((d, i) => ref('regions', r.id, `demand.${i}.station`, 'stations', d.station));
	for (const s of net.stations) {
		s.requires.forEach((r, i) => ref('stations', s.id, `requires.${i}.skill`, 'skills', r.skill));
		ref('stations', s.id, 'salaryBand', 'salaryBands', s.salaryBand);
		s.regions.forEach((r, i) => ref('stations', s.id, `regions.${i}`, 'regions', r));
		s.certificates.forEach((c, i) => ref('stations', s.id, `certificates.${i}`, 'certificates', c));
	}
	for (const l of net.lines) l.stops.forEach((s, i) => ref('lines', l.id, `stops.${i}.station`, 'stations', s.station));
	for (const m of net.modules) {
		m.teaches.forEach((t, i) => ref('modules', m.id, `teaches.${i}.skill`, 'skills', t.skill));
		ref('modules', m.id, 'organisation', 'organisations', m.organisation);
		m.awards.forEach((c, i) => ref('modules', m.id, `awards.${i}`, 'certificates', c));
		m.certificates.forEach((c, i) => ref('modules', m.id, `certificates.${i}`, 'certificates', c));
	}
	for (const t of net.learningTracks) t.modules.forEach((m, i) => ref('learningTracks', t.id, `modules.${i}`, 'modules', m));
	for (const c of net.curricula) {
		ref('curricula', c.id, 'school', 'organisations', c.school);
		ref('curricula', c.id, 'region', 'regions', c.region);
		c.leadsTo.forEach((s, i) => ref('curricula', c.id, `leadsTo.${i}`, 'stations', s));
		c.teaches.forEach((t, i) => ref('curricula', c.id, `teaches.${i}.skill`, 'skills', t.skill));
	}
	return issues;
}

/** Items elsewhere in the network that point at the given item (for "in use by" before deletes). */
export function referencesTo(net: NetworkContent, kind: EntityKind, id: string): { kind: EntityKind; id: string }[] {
	const probe: NetworkContent = { ...net, [kind]: net[kind].filter((i) => i.id !== id) } as NetworkContent;
	return checkReferences(probe)
		.filter((i) => i.message.endsWith(`'${id}'`) && i.message.startsWith(`unknown ${ENTITY_NOUN[kind]} `))
		.map((i) => ({ kind: i.kind, id: i.id }))
		.filter((v, i, all) => all.findIndex((w) => w.kind === v.kind && w.id === v.id) === i);
}
