import { z } from 'zod';
import { Id, LocalizedText } from '../common';
import { SalaryBand } from '../salary-band';

/** GET /api/map as it answers: a laid-out metro map (positions, line order per hop, labels, names). */

const XY = z.tuple([z.number(), z.number()]);

const Label = z
	.object({
		x: z.number(),
		y: z.number(),
		anchor: z.enum(['start', 'middle', 'end']),
		width: z.number(),
		height: z.number(),
		dir: z.enum(['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'])
	})
	.strict();

export const MapLayout = z
	.object({
		/** Junctions (the layout's own bend points) carry no label. */
		stations: z.array(z.object({ id: z.string(), x: z.number(), y: z.number(), label: Label.nullable(), pinned: z.literal(true).optional() }).strict()),
		/** One per hop: `lines` left to right walking from `from` to `to`; `points` holds the bends. */
		edges: z.array(z.object({ from: z.string(), to: z.string(), lines: z.array(z.string()), points: z.array(XY) }).strict()),
		lines: z.array(z.object({ id: z.string(), colour: z.string(), stations: z.array(z.string()) }).strict()),
		/** A line's name written on it where its colour is close to a line it meets (see engine/layout/line-names.ts). */
		lineNames: z
			.array(z.object({ line: z.string(), station: z.string(), text: z.string(), x: z.number(), y: z.number(), width: z.number(), height: z.number() }).strict())
			.optional(),
		bounds: z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() }).strict(),
		/** The drawing constants the layout was made for (pixels). */
		style: z.object({ cellSize: z.number(), fontSize: z.number(), lineWidth: z.number(), lineSpacing: z.number(), stationRadius: z.number() }).strict(),
		/** How the layout went (grid, timings, budgets): diagnostics, not part of the drawing. */
		stats: z
			.object({
				timeMs: z.record(z.enum(['prepare', 'initial', 'routing', 'localSearch', 'lineOrder', 'labels', 'total']), z.number()),
				grid: z.object({ width: z.number(), height: z.number(), cellSize: z.number() }).strict(),
				routedPaths: z.number().int(),
				failedPaths: z.number().int(),
				routingAttempts: z.number().int(),
				orderRelaxed: z.number().int(),
				gridCrossings: z.number().int(),
				localSearchRounds: z.number().int(),
				localSearchMoves: z.number().int(),
				searches: z.number().int(),
				expandedStates: z.number().int(),
				budgetExhausted: z.boolean(),
				gridRefined: z.boolean(),
				lineNames: z.object({ placed: z.number().int(), unplaced: z.number().int() }).strict(),
				initial: z.enum(['positions', 'layered', 'previous', 'mixed'])
			})
			.strict()
	})
	.strict();

export const MapStation = z
	.object({ id: Id, label: LocalizedText, lines: z.array(z.string()), interchange: z.boolean(), salary: SalaryBand.nullable() })
	.strict();

export const MapLine = z.object({ id: z.string(), label: LocalizedText, colour: z.string(), bridge: z.literal(true).optional() }).strict();

export const MapRoute = z
	.object({ stations: z.array(Id), legs: z.array(z.object({ line: z.string(), stations: z.array(Id) }).strict()), transfers: z.array(Id) })
	.strict();

export const MapResponse = z
	.object({
		network: Id,
		version: z.number().int().positive(),
		layout: MapLayout,
		/** An overview (straight hops, unchecked labels) of a network too big for the metro map. */
		overview: z.boolean().optional(),
		stations: z.array(MapStation),
		lines: z.array(MapLine),
		/** On a local map (`around`, `route` or `group`): what it is about and what its window left out. */
		local: z
			.object({
				kind: z.enum(['station', 'route', 'group', 'stations']),
				focus: z.array(Id),
				radius: z.number().int(),
				group: z.string().optional(),
				omitted: z.object({ stations: z.number().int(), lines: z.number().int() }).strict()
			})
			.strict()
			.optional(),
		/** On a route map: the route asked for, bridge walks as legs. */
		route: MapRoute.optional()
	})
	.strict();
export type MapResponse = z.infer<typeof MapResponse>;
