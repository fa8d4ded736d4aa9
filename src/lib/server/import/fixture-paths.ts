import { fileURLToPath } from 'node:url';

/** The cut-down real data sets the import tests read (see fixtures/README.md). */
export const FIXTURES = {
	esco: fileURLToPath(new URL('./fixtures/esco', import.meta.url)),
	onet: fileURLToPath(new URL('./fixtures/onet', import.meta.url))
} as const;
