import { z } from 'zod';
import { Id, LocalizedText, SkillLevel, singleLine } from './common';

export const ModuleKind = z.enum(['online', 'video', 'workshop', 'course']);

export const SkillTaught = z.object({ skill: Id, level: SkillLevel }).strict();

/** A learning unit; closed modules are visible only to members of one organisation. */
export const Module = z
	.object({
		id: Id,
		label: LocalizedText,
		kind: ModuleKind,
		hours: z.number().positive().max(5000),
		price: z.number().nonnegative().max(100000),
		currency: z.enum(['EUR', 'USD']).default('EUR'),
		language: z.enum(['nl', 'en']),
		provider: singleLine(z.string().min(1).max(200)),
		visibility: z.enum(['public', 'closed']),
		/** The organisation a closed module is closed to. */
		organisation: Id.optional(),
		teaches: z.array(SkillTaught).min(1, 'a module teaches at least one skill'),
		/**
		 * Certificates the module awards: an exam, or a course that ends in the certificate.
		 * Passing it obtains them; the planner charges such a module where a station requires one.
		 */
		awards: z.array(Id).default([]),
		/** Upkeep points the module gives towards each of `certificates` once they are held. */
		points: z.number().int().min(0).max(1000).default(0),
		/** Certificates the module's upkeep `points` count towards; taking it never obtains them. */
		certificates: z.array(Id).default([]),
		url: z.string().url().optional()
	})
	.strict()
	.superRefine((m, ctx) => {
		if (m.visibility === 'closed' && !m.organisation)
			ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'a closed module names the organisation it is closed to' });
		if (m.visibility === 'public' && m.organisation)
			ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'a public module is not closed to an organisation' });
	});
export type Module = z.infer<typeof Module>;
