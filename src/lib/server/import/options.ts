import type { ImportProgress } from './progress';

/** Options every taxonomy import takes. */
export interface TaxonomyImportOptions {
	/** Network id to import into; defaults to the source name ('esco', 'onet'). */
	network?: string;
	/** Wage file; defaults to the sibling data folder (../nl-wages, ../bls-oews-may2024) when present. */
	wages?: string;
	progress?: ImportProgress;
	/** Bridge threshold for the report's bridge count (bridges themselves are derived per query). */
	bridgeThreshold?: number;
}
