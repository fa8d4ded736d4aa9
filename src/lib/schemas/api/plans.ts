import { z } from 'zod';
import { AdvisorLink, IsoDate, IsoDateTime, Membership, RecordId, User } from '../account';
import { Id, LocalizedText } from '../common';
import { CommentBody, ModuleProgress, Plan, PlanComment, PlanStatus, PlanStop, PlanTitle } from '../plan';
import { Profile } from '../profile';

/** What /api/plans, /api/plans/[id] (and its comments and progress) and /api/me take and answer. */

// ---- requests

/** Owner only: rename, share with an organisation (or make private with null), accept a proposed plan. */
export const PlanPatch = z
	.object({ title: PlanTitle.optional(), organisation: Id.nullable().optional(), status: z.literal('accepted').optional() })
	.strict()
	.refine((p) => Object.keys(p).length > 0, { message: 'name at least one of title, organisation, status' });

export const CommentRequest = z.object({ body: CommentBody }).strict();

/** A module done on a day, or not done with doneOn null. */
export const ProgressRequest = z.object({ module: Id, doneOn: IsoDate.nullable() }).strict();

// ---- answers

export const PersonRef = z.object({ id: RecordId, name: z.string() }).strict();
export type PersonRef = z.infer<typeof PersonRef>;

/** What changed in today's network since the plan was saved. */
const Change = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('removed') }).strict(),
	z.object({ kind: z.literal('changed'), fields: z.array(z.string()) }).strict()
]);

/** A module as one viewer may see it: a closed module of an organisation they are not in keeps only its numbers. */
export const ModuleView = z
	.object({
		key: z.string(),
		id: Id.nullable(),
		label: LocalizedText.nullable(),
		hidden: z.boolean(),
		hours: z.number().nonnegative(),
		price: z.number().nonnegative(),
		currency: z.string(),
		points: z.number().int().nonnegative(),
		doneOn: IsoDate.nullable(),
		change: Change.nullable()
	})
	.strict();
export type ModuleView = z.infer<typeof ModuleView>;

export const PlanProgressView = z
	.object({
		modulesDone: z.number().int().nonnegative(),
		modulesTotal: z.number().int().nonnegative(),
		hoursDone: z.number().nonnegative(),
		hoursTotal: z.number().nonnegative(),
		/** By study hours, 0–100. */
		percent: z.number().min(0).max(100),
		/** The first stop with modules still to do; null when every module is done. */
		next: z
			.object({
				stop: z.number().int().nonnegative(),
				station: Id,
				label: LocalizedText,
				modulesToDo: z.array(ModuleView),
				salaryBefore: z.number().nullable(),
				salaryAfter: z.number().nullable(),
				salaryStep: z.number().nullable()
			})
			.strict()
			.nullable()
	})
	.strict();

export const PlanDetail = z
	.object({
		id: RecordId,
		title: z.string(),
		status: PlanStatus,
		organisation: Id.nullable(),
		network: Id,
		networkVersion: z.number().int().positive(),
		/** The network's version today; null when the network is gone. */
		currentVersion: z.number().int().positive().nullable(),
		networkChanged: z.boolean(),
		createdAt: IsoDateTime,
		acceptedAt: IsoDateTime.nullable(),
		owner: PersonRef,
		createdBy: PersonRef.nullable(),
		relation: z.enum(['owner', 'advisor']),
		/** What this viewer may do with the plan. */
		can: z.record(z.enum(['view', 'comment', 'progress', 'accept', 'share', 'rename', 'delete']), z.boolean()),
		stops: z.array(
			PlanStop.omit({ modules: true, untaught: true })
				.extend({
					modules: z.array(ModuleView),
					/** Learned on the job: named by today's network where it still knows the skill. */
					untaught: z.array(z.object({ id: Id, label: LocalizedText.nullable() }).strict()),
					stationChange: Change.nullable(),
					rideChange: Change.nullable(),
					done: z.boolean()
				})
				.strict()
		),
		totals: Plan.shape.route.shape.totals,
		hoursPerWeek: z.number().positive(),
		progress: PlanProgressView,
		upkeep: z.array(
			z
				.object({
					certificate: Id,
					label: LocalizedText.nullable(),
					held: z.boolean(),
					obtainedOn: IsoDate.nullable(),
					expiresOn: IsoDate.nullable(),
					pointsPerYear: z.number().nonnegative(),
					pointsEarned: z.number().nonnegative(),
					status: z.enum(['ok', 'short', 'expired', 'to-obtain']),
					requiredAt: z.array(LocalizedText)
				})
				.strict()
		),
		comments: z.array(z.object({ id: RecordId, author: PersonRef.nullable(), body: z.string(), createdAt: IsoDateTime, mine: z.boolean() }).strict())
	})
	.strict();
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanSummary = z
	.object({
		id: RecordId,
		title: z.string(),
		status: PlanStatus,
		organisation: Id.nullable(),
		owner: PersonRef,
		from: LocalizedText,
		to: LocalizedText,
		percent: z.number().min(0).max(100),
		createdAt: IsoDateTime
	})
	.strict();
export type PlanSummary = z.infer<typeof PlanSummary>;

/** My own plans, and the plans my employees shared with the organisations I advise in. */
export const PlanListResponse = z.object({ mine: z.array(PlanSummary), advised: z.array(PlanSummary) }).strict();
export type PlanListResponse = z.infer<typeof PlanListResponse>;

export const SavedPlanResponse = z.object({ plan: Plan }).strict();
export const CommentResponse = z.object({ comment: PlanComment }).strict();

export const MeResponse = z.object({ user: User, memberships: z.array(Membership), profile: Profile }).strict();
export type MeResponse = z.infer<typeof MeResponse>;

/** Everything stored about me, as a file to keep (no password hash, no session ids). */
export const MyDataExport = z
	.object({
		exportedAt: IsoDateTime,
		user: User,
		memberships: z.array(Membership),
		profile: Profile,
		advisorLinks: z.array(AdvisorLink),
		plans: z.array(Plan.extend({ comments: z.array(PlanComment), progress: z.array(ModuleProgress) }).strict())
	})
	.strict();
export type MyDataExport = z.infer<typeof MyDataExport>;
