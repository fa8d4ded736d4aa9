import { fileURLToPath } from 'node:url';

/** The cut-down real data sets the import tests read (see fixtures/README.md). */
export const FIXTURES = {
	esco: fileURLToPath(new URL('./fixtures/esco', import.meta.url)),
	onet: fileURLToPath(new URL('./fixtures/onet', import.meta.url)),
	/** Office workers and their supervisors, with their own crosswalk, O*NET, BLS and CBS rows beside it. */
	office: fileURLToPath(new URL('./fixtures/office/esco', import.meta.url))
} as const;
