import type { ReferenceTally } from './guard';
import type { ImportProgress } from './progress';
import type { SkipLog } from './skip-log';

/** What every reader of one import shares: where to report progress, skipped rows and remarks. */
export interface ReadContext {
	progress: ImportProgress;
	skips: SkipLog;
	notes: string[];
	/** Relation rows per file, and those pointing to unknown ids, for the source guard. */
	references: ReferenceTally;
}
