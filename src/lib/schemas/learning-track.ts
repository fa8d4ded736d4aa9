import { z } from 'zod';
import { Id, LocalizedText } from './common';

/** An ordered bundle of modules on one subject. */
export const LearningTrack = z
	.object({
		id: Id,
		label: LocalizedText,
		subject: LocalizedText.optional(),
		modules: z.array(Id).min(1, 'a learning track bundles at least one module')
	})
	.strict();
export type LearningTrack = z.infer<typeof LearningTrack>;
