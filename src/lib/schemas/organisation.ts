import { z } from 'zod';
import { Id, LocalizedText } from './common';

export const OrganisationKind = z.enum(['company', 'school', 'region', 'sector-fund']);

export const Organisation = z
	.object({
		id: Id,
		label: LocalizedText,
		kind: OrganisationKind,
		region: Id.optional()
	})
	.strict();
export type Organisation = z.infer<typeof Organisation>;
