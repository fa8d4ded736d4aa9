import type { Actor, GraphStore } from '../store/types';
import type { TaxonomyImport } from './assemble';
import { importEsco, type EscoImportOptions } from './esco-import';
import { guardReferences, guardShrink, type SourceGuardOptions } from './guard';
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
 * validated first, then put to the source guard (guard.ts: too many relation rows to unknown
 * ids, far fewer stations than the network it replaces), then written with one replaceNetwork
 * (one transaction) on the version the guard compared with. Any failure before that throws and
 * leaves the store exactly as it was.
 */
export async function importTaxonomy(
	store: GraphStore,
	source: TaxonomySource,
	folder: string,
	options: EscoImportOptions & SourceGuardOptions & { actor?: Actor } = {}
): Promise<{ version: number; report: ImportReport }> {
	const { meta, content, report } = await TAXONOMY_IMPORTERS[source](folder, options);
	guardReferences(report.references, options);
	const stored = await store.readNetwork(meta.id);
	guardShrink(meta.id, stored?.content.stations.length ?? 0, content.stations.length, options);
	(options.progress ?? silentProgress).stage(`writing network '${meta.id}' to the ${store.kind} store`);
	const version = await store.replaceNetwork(meta, content, options.actor ?? IMPORT_ACTOR, { expectedNetworkVersion: stored?.version ?? 0 });
	return { version, report };
}
