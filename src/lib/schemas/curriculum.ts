import { z } from 'zod';
import { Id, LocalizedText } from './common';
import { SkillTaught } from './module';

/** A school programme that leads to stations and teaches skills. */
export const Curriculum = z
	.object({
		id: Id,
		label: LocalizedText,
		school: Id,
		/** Dutch CREBO code of an MBO qualification (5 digits), where there is one. */
		crebo: z
			.string()
			.regex(/^\d{5}$/, 'crebo code is 5 digits')
			.optional(),
		level: z.enum(['mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo-ad', 'hbo-bachelor', 'wo', 'other']),
		region: Id.optional(),
		leadsTo: z.array(Id).default([]),
		teaches: z.array(SkillTaught).default([])
	})
	.strict();
export type Curriculum = z.infer<typeof Curriculum>;
