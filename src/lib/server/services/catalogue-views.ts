import type { ModuleDetail, SkillDetail } from '$lib/schemas/api/catalogue';
import type { LocalizedText } from '$lib/schemas';
import { NotFoundError } from '../store/errors';
import { canSeeModule, type Viewer } from '../viewer';
import { moduleRef } from './network-views';
import type { Snapshot } from './snapshot';

/**
 * Read models of a skill and a module, shared by their pages and the JSON API, so a reader can
 * follow any skill or module they meet to what it is and where it leads.
 */

/** A skill page lists at most this many stations; ESCO's commonest skills are required by thousands. */
export const STATION_LIST_LIMIT = 500;

export function skillDetail(snap: Snapshot, id: string, viewer: Viewer): SkillDetail {
	const skill = snap.skills.get(id);
	if (!skill) throw new NotFoundError(`skill '${id}' does not exist`);
	const needs = (snap.stationsBySkill.get(id) ?? []).map((s) => {
		const r = s.requires.find((x) => x.skill === id)!;
		return { id: s.id, label: s.label, essential: r.essential, level: r.level };
	});
	needs.sort((a, b) => Number(b.essential) - Number(a.essential) || b.level - a.level || a.id.localeCompare(b.id));
	const modules = (snap.modulesBySkill.get(id) ?? [])
		.filter((m) => canSeeModule(viewer, m))
		.map((m) => ({ ...moduleRef(m), teachesLevel: m.teaches.find((t) => t.skill === id)!.level }));
	const curricula = snap.content.curricula.flatMap((c) => {
		const taught = c.teaches.find((t) => t.skill === id);
		return taught
			? [{ id: c.id, label: c.label, school: snap.organisations.get(c.school)!.label, level: c.level, teachesLevel: taught.level }]
			: [];
	});
	const essential = needs.filter((n) => n.essential).length;
	return {
		id: skill.id,
		label: skill.label,
		fallback: skill.labelFallback ?? [],
		group: skill.group ?? null,
		codes: skill.codes ?? null,
		stations: needs.slice(0, STATION_LIST_LIMIT),
		stationCount: { essential, optional: needs.length - essential },
		modules,
		curricula,
		untaught: modules.length === 0 && curricula.length === 0
	};
}

/**
 * A module as the viewer may see it. A closed module answers "does not exist" to anyone outside
 * its organisation, with the same message as an id that was never there, so a page or the API
 * cannot be used to learn that it exists.
 */
export function moduleDetail(snap: Snapshot, id: string, viewer: Viewer): ModuleDetail {
	const m = snap.modules.get(id);
	if (!m || !canSeeModule(viewer, m)) throw new NotFoundError(`module '${id}' does not exist`);
	const certificate = (c: string) => ({ id: c, label: snap.certificates.get(c)?.label ?? { nl: c, en: c } });
	const visible = (other: string) => {
		const o = snap.modules.get(other);
		return o !== undefined && canSeeModule(viewer, o);
	};
	return {
		...moduleRef(m),
		organisation: m.organisation ? { id: m.organisation, label: snap.organisations.get(m.organisation)?.label ?? { nl: m.organisation, en: m.organisation } } : null,
		url: m.url ?? null,
		teaches: m.teaches.map((t) => ({ id: t.skill, label: snap.skills.get(t.skill)!.label, level: t.level })),
		awards: m.awards.map(certificate),
		upkeep: { points: m.points, certificates: m.points > 0 ? m.certificates.map(certificate) : [] },
		tracks: snap.content.learningTracks
			.filter((t) => t.modules.includes(id) && t.modules.every(visible))
			.map((t) => ({ id: t.id, label: t.label }))
	};
}
