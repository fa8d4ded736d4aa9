import { z } from 'zod';
import { IsoDate, IsoDateTime, RecordId } from './account';
import { Id, LocalizedText, multiLine, singleLine } from './common';

/**
 * A module as it was when the plan was saved. Plans keep their own copy because the network
 * changes under them: a module that is later removed or changed must still show, marked.
 */
export const PlanModule = z
	.object({
		id: Id,
		label: LocalizedText,
		hours: z.number().nonnegative(),
		price: z.number().nonnegative(),
		currency: z.enum(['EUR', 'USD']),
		points: z.number().int().nonnegative(),
		certificates: z.array(Id),
		/** The organisation a closed module was closed to; viewers outside it see it redacted. */
		closedTo: Id.nullable()
	})
	.strict();
export type PlanModule = z.infer<typeof PlanModule>;

export const PlanLineRef = z.object({ id: Id, label: LocalizedText, colour: z.string() }).strict();
export type PlanLineRef = z.infer<typeof PlanLineRef>;

/** One stop of a saved route, with what the hop that arrives here costs and brings. */
export const PlanStop = z
	.object({
		station: Id,
		label: LocalizedText,
		/** The line ridden to arrive here; null at the origin and after a bridge. */
		line: PlanLineRef.nullable(),
		/** Arriving here meant changing lines at the previous stop. */
		transfer: z.boolean(),
		/** Experience months the line gives the hop that arrives here. */
		hopMonths: z.number().nonnegative(),
		salaryMedian: z.number().nonnegative().nullable(),
		salaryCurrency: z.enum(['EUR', 'USD']).nullable(),
		modules: z.array(PlanModule),
		/** Skills the hop needs that no module visible to the traveller teaches: learned on the job. */
		untaught: z.array(Id),
		/** Certificates the station asks for, as they were when the plan was saved. */
		certificates: z.array(Id)
	})
	.strict();
export type PlanStop = z.infer<typeof PlanStop>;

export const PlanRoute = z
	.object({
		stops: z.array(PlanStop).min(2),
		hoursPerWeek: z.number().positive(),
		totals: z
			.object({
				months: z.number().nonnegative(),
				studyHours: z.number().nonnegative(),
				money: z.number().nonnegative(),
				transfers: z.number().int().nonnegative()
			})
			.strict()
	})
	.strict();
export type PlanRoute = z.infer<typeof PlanRoute>;

/**
 * What a client sends to save a route: ids only. The server looks every id up in the current
 * network and builds the PlanRoute itself, so a plan never holds labels, prices or closed
 * modules a client made up.
 */
export const PlanRouteRequest = z
	.object({
		from: Id,
		hops: z
			.array(
				z
					.object({
						/** null for a bridge walk between two stations that share no line. */
						line: Id.nullable(),
						to: Id,
						modules: z.array(Id).max(50).default([]),
						/** Skills of `to` the planner found no module for (learned on the job). */
						untaught: z.array(Id).max(50).default([]),
						/** Experience months of a bridge walk; a ridden hop takes the line's months. */
						bridgeMonths: z.number().min(0).max(240).optional()
					})
					.strict()
			)
			.min(1, 'a route has at least one hop')
			.max(60),
		hoursPerWeek: z.number().min(0.5).max(80).default(8)
	})
	.strict();
export type PlanRouteRequest = z.infer<typeof PlanRouteRequest>;

/** Made by an advisor for an employee it is proposed until the employee accepts it; my own plans are accepted. */
export const PlanStatus = z.enum(['proposed', 'accepted']);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanTitle = singleLine(z.string().trim().min(1, 'must not be empty').max(160, 'must be at most 160 characters'));

export const Plan = z
	.object({
		id: RecordId,
		ownerId: RecordId,
		createdBy: RecordId,
		/** The organisation the plan is shared with; null keeps it private to its owner. */
		organisation: Id.nullable(),
		title: PlanTitle,
		status: PlanStatus,
		network: Id,
		networkVersion: z.number().int().positive(),
		route: PlanRoute,
		createdAt: IsoDateTime,
		updatedAt: IsoDateTime,
		acceptedAt: IsoDateTime.nullable(),
		/** Bumped on every change, for "someone else saved first" checks. */
		revision: z.number().int().positive()
	})
	.strict();
export type Plan = z.infer<typeof Plan>;

export const CommentBody = multiLine(z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'));

export const PlanComment = z
	.object({
		id: RecordId,
		planId: RecordId,
		/** Null once the author's account is deleted; the comment stays part of the conversation. */
		authorId: RecordId.nullable(),
		body: CommentBody,
		createdAt: IsoDateTime
	})
	.strict();
export type PlanComment = z.infer<typeof PlanComment>;

export const ModuleProgress = z.object({ module: Id, doneOn: IsoDate }).strict();
export type ModuleProgress = z.infer<typeof ModuleProgress>;

/** Saving a route as a plan: for myself, or (as an advisor) for an employee I guide in `organisation`. */
export const SavePlanRequest = z
	.object({
		title: PlanTitle,
		network: Id.optional(),
		route: PlanRouteRequest,
		employeeId: RecordId.optional(),
		/** Shares the plan with an organisation of the owner; required when making a plan for an employee. */
		organisation: Id.nullable().optional()
	})
	.strict();
export type SavePlanRequest = z.infer<typeof SavePlanRequest>;
