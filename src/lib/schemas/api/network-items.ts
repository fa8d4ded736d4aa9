import { z } from 'zod';
import { Id } from '../common';
import { ENTITY_SCHEMAS, EntityKindSchema } from '../network';

/** GET/PUT/DELETE /api/networks/[network]/[kind]/[id]: one network item for editors. */

/** An item of any kind, as that kind's schema has it (the kind is in the URL). */
export const NetworkItem = z.union(Object.values(ENTITY_SCHEMAS));

/** revision 0 creates; otherwise the revision the editor read, so a newer save by someone else is refused with 409. */
export const ItemPutRequest = z.object({ revision: z.number().int().min(0), item: z.record(z.string(), z.unknown()) }).strict();
export const ItemDeleteQuery = z.object({ revision: z.coerce.number().int().min(1).optional() }).strict();

const ItemKey = z.object({ kind: EntityKindSchema, id: Id }).strict();

export const ItemResponse = z
	.object({
		kind: EntityKindSchema,
		id: Id,
		item: NetworkItem,
		revision: z.number().int().positive(),
		version: z.number().int().positive(),
		/** The items that use this one (those this person may see; the rest counted) and, for an organisation, the accounts. */
		usedBy: z
			.object({
				items: z.array(ItemKey),
				hidden: z.number().int().nonnegative(),
				accounts: z.object({ memberships: z.number().int(), advisorLinks: z.number().int(), plans: z.number().int() }).strict().optional()
			})
			.strict(),
		mayEdit: z.boolean(),
		mayDelete: z.boolean(),
		history: z.array(
			z
				.object({
					at: z.string(),
					by: z.string(),
					action: z.enum(['create', 'update', 'delete', 'replace']),
					version: z.number().int(),
					/** Top-level fields that differ between before and after. */
					fields: z.array(z.string()),
					before: z.unknown(),
					after: z.unknown()
				})
				.strict()
		)
	})
	.strict();
export type ItemResponse = z.infer<typeof ItemResponse>;

export const ItemSavedResponse = z.object({ item: NetworkItem, version: z.number().int().positive(), revision: z.number().int().positive() }).strict();
export type ItemSavedResponse = z.infer<typeof ItemSavedResponse>;
export const ItemDeletedResponse = z.object({ version: z.number().int().positive() }).strict();

/** 409: someone else saved first; carries what is stored now, so a client can show both. */
export const ItemConflictBody = z
	.object({
		error: z.object({ status: z.literal(409), code: z.literal('conflict'), message: z.string() }).strict(),
		current: z.object({ item: NetworkItem, revision: z.number().int().positive() }).strict().nullable(),
		savedBy: z.object({ by: z.string(), at: z.string() }).strict().nullable()
	})
	.strict();
export type ItemConflictBody = z.infer<typeof ItemConflictBody>;
