import type { Actor, GraphStore } from '../store/types';
import type { TaxonomyImport } from './assemble';
import { importEsco, type EscoImportOptions } from './esco-import';
import { importOnet } from './onet-import';
import { silentProgress } from './progress';
import type { ImportReport, TaxonomySource } from './report';

export const IMPORT_ACTOR: Actor = { userId: null, label: 'taxonomy import' };

export const TAXONOMY_IMPORTERS: Record<TaxonomySource, (folder: string, options: EscoImportOptions) => Promise<TaxonomyImport>> = {
	esco: importEsco,
	onet: importOnet
};

/**
 * Imports a taxonomy into its own network, all or nothing: everything is read, derived and
 * validated first, then written with one replaceNetwork (one transaction). Any failure before
 * that throws and leaves the store exactly as it was.
 */
export async function importTaxonomy(
	store: GraphStore,
	source: TaxonomySource,
	folder: string,
	options: EscoImportOptions & { actor?: Actor } = {}
): Promise<{ version: number; report: ImportReport }> {
	const { meta, content, report } = await TAXONOMY_IMPORTERS[source](folder, options);
	(options.progress ?? silentProgress).stage(`writing network '${meta.id}' to the ${store.kind} store`);
	const version = await store.replaceNetwork(meta, content, options.actor ?? IMPORT_ACTOR);
	return { version, report };
}
