import { z } from 'zod';
import { Codes, Id, Locale, LocalizedText } from '../common';
import { ModuleRef } from './network-views';

/** Read models of a skill and a module, shared by their pages and the JSON API (GET /api/skills/{id}, /api/modules/{id}). */

const VersionOf = { network: Id, version: z.number().int().positive() };
const Named = z.object({ id: Id, label: LocalizedText }).strict();

export const StationNeed = Named.extend({ essential: z.boolean(), level: z.number().int() }).strict();
export type StationNeed = z.infer<typeof StationNeed>;

export const SkillDetail = z
	.object({
		id: Id,
		label: LocalizedText,
		/** Languages whose label is the English one standing in (imports). */
		fallback: z.array(Locale),
		group: z.string().nullable(),
		codes: Codes.nullable(),
		/** Stations requiring the skill: essential first, then by required level (highest first), then id. */
		stations: z.array(StationNeed),
		/** How many stations require it in all (the list stops at a limit). */
		stationCount: z.object({ essential: z.number().int().nonnegative(), optional: z.number().int().nonnegative() }).strict(),
		/** Modules the viewer may see that teach it, with the level they teach to. */
		modules: z.array(ModuleRef.extend({ teachesLevel: z.number().int() }).strict()),
		curricula: z.array(Named.extend({ school: LocalizedText, level: z.string(), teachesLevel: z.number().int() }).strict()),
		/** No visible module and no curriculum teaches it: learned on the job, or nowhere. */
		untaught: z.boolean()
	})
	.strict();
export type SkillDetail = z.infer<typeof SkillDetail>;

export const ModuleDetail = ModuleRef.extend({
	/** The organisation a closed module is closed to (only its members get this far). */
	organisation: Named.nullable(),
	url: z.string().nullable(),
	teaches: z.array(Named.extend({ level: z.number().int() }).strict()),
	/** Certificates passing the module obtains. */
	awards: z.array(Named),
	/** Upkeep points it gives towards certificates already held; never obtains them. */
	upkeep: z.object({ points: z.number().nonnegative(), certificates: z.array(Named) }).strict(),
	/** Learning tracks bundling it whose every module the viewer may see (a track never names a hidden one). */
	tracks: z.array(Named)
}).strict();
export type ModuleDetail = z.infer<typeof ModuleDetail>;

export const SkillResponse = z.object({ ...VersionOf, skill: SkillDetail }).strict();
export const ModuleResponse = z.object({ ...VersionOf, module: ModuleDetail }).strict();
