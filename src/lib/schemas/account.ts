import { z } from 'zod';
import { Id, singleLine } from './common';

/**
 * Roles a person holds in an organisation. `admin` is not among them: administrators run the
 * whole site (users, organisations, roles), so it is a property of the user, not of a membership.
 */
export const MemberRole = z.enum(['worker', 'advisor', 'region-editor', 'school']);
export type MemberRole = z.infer<typeof MemberRole>;

/** Every role a guard can ask for. */
export const Role = z.enum([...MemberRole.options, 'admin']);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/** Random ids (users, plans, comments): lowercase so they pass as slugs in URLs. */
export const RecordId = z
	.string()
	.regex(/^[a-z0-9]{16,64}$/, 'is not a valid id');

export const Email = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, 'must be at most 254 characters')
	.email('is not an email address');

/**
 * Long passphrases are welcome (argon2 takes any length); the upper bound only keeps a request
 * from making the server hash megabytes.
 */
export const Password = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');

export const PersonName = singleLine(z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'));

export const Membership = z
	.object({
		organisation: Id,
		role: MemberRole
	})
	.strict();
export type Membership = z.infer<typeof Membership>;

export const IsoDateTime = z.string().datetime({ offset: true });
/** A calendar day (YYYY-MM-DD), as on a certificate. */
export const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-03-31')
	.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date');

export const User = z
	.object({
		id: RecordId,
		email: Email,
		name: PersonName,
		admin: z.boolean(),
		createdAt: IsoDateTime
	})
	.strict();
export type User = z.infer<typeof User>;

/** An advisor guides an employee within one organisation both belong to. */
export const AdvisorLink = z
	.object({
		advisorId: RecordId,
		employeeId: RecordId,
		organisation: Id,
		createdAt: IsoDateTime
	})
	.strict();
export type AdvisorLink = z.infer<typeof AdvisorLink>;
