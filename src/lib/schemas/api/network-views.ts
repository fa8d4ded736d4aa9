import { z } from 'zod';
import { Codes, Id, Locale, LocalizedParagraph, LocalizedText } from '../common';
import { SalaryBand } from '../salary-band';

/** Read models shared by pages and the JSON API (GET /api/stations, /api/lines, /api/search). */

const VersionOf = { network: Id, version: z.number().int().positive() };

export const LineRef = z.object({ id: Id, label: LocalizedText, colour: z.string() }).strict();
export type LineRef = z.infer<typeof LineRef>;

const StationRef = z.object({ id: Id, label: LocalizedText }).strict();

export const StationSummary = z
	.object({
		id: Id,
		label: LocalizedText,
		level: z.number().int().nullable(),
		salary: SalaryBand.nullable(),
		lines: z.array(LineRef),
		interchange: z.boolean()
	})
	.strict();
export type StationSummary = z.infer<typeof StationSummary>;

export const ModuleRef = z
	.object({
		id: Id,
		label: LocalizedText,
		kind: z.string(),
		hours: z.number().nonnegative(),
		price: z.number().nonnegative(),
		currency: z.string(),
		language: z.string(),
		provider: z.string(),
		closed: z.boolean()
	})
	.strict();
export type ModuleRef = z.infer<typeof ModuleRef>;

export const StationDetail = StationSummary.extend({
	description: LocalizedParagraph.nullable(),
	codes: Codes.nullable(),
	requires: z.array(
		z
			.object({
				/** `fallback` lists the languages whose label is the English one standing in (imports). */
				skill: z.object({ id: Id, label: LocalizedText, fallback: z.array(Locale) }).strict(),
				essential: z.boolean(),
				level: z.number().int(),
				modules: z.array(ModuleRef),
				/** No visible module and no curriculum teaches it: learned on the job, or nowhere. */
				untaught: z.boolean()
			})
			.strict()
	),
	/** Where each line goes from here. */
	onLines: z.array(
		z
			.object({
				line: LineRef,
				previous: StationRef.nullable(),
				next: StationRef.extend({ months: z.number().nonnegative() }).strict().nullable()
			})
			.strict()
	),
	curricula: z.array(
		z.object({ id: Id, label: LocalizedText, school: LocalizedText, crebo: z.string().nullable(), level: z.string() }).strict()
	),
	certificates: z.array(
		z.object({ id: Id, label: LocalizedText, validityYears: z.number(), pointsPerYear: z.number() }).strict()
	),
	regions: z.array(StationRef)
}).strict();
export type StationDetail = z.infer<typeof StationDetail>;

export const LineSummary = LineRef.extend({ stops: z.number().int().min(2), from: Id, to: Id }).strict();
export type LineSummary = z.infer<typeof LineSummary>;

export const LineDetail = LineRef.extend({
	description: LocalizedParagraph.nullable(),
	stops: z.array(
		z
			.object({
				station: StationSummary,
				/** Experience months on the previous stop before riding on to this one. */
				months: z.number().nullable(),
				monthsFromStart: z.number().nonnegative(),
				/** Other lines to change to here. */
				transfers: z.array(LineRef)
			})
			.strict()
	)
}).strict();
export type LineDetail = z.infer<typeof LineDetail>;

export const SearchKind = z.enum(['station', 'skill', 'module']);
export const SearchHit = z.object({ kind: SearchKind, id: Id, label: LocalizedText, score: z.number() }).strict();
export type SearchHit = z.infer<typeof SearchHit>;

export const StationListResponse = z.object({ ...VersionOf, stations: z.array(StationSummary) }).strict();
export type StationListResponse = z.infer<typeof StationListResponse>;
export const StationResponse = z.object({ ...VersionOf, station: StationDetail }).strict();
export type StationResponse = z.infer<typeof StationResponse>;
export const LineListResponse = z.object({ ...VersionOf, lines: z.array(LineSummary) }).strict();
export type LineListResponse = z.infer<typeof LineListResponse>;
export const LineResponse = z.object({ ...VersionOf, line: LineDetail }).strict();
export type LineResponse = z.infer<typeof LineResponse>;
export const SearchResponse = z.object({ ...VersionOf, query: z.string(), results: z.array(SearchHit) }).strict();
export type SearchResponse = z.infer<typeof SearchResponse>;
