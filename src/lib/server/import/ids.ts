import { Id } from '$lib/schemas';
import { ImportError } from './errors';

/*
 * Ids are derived from the source's own identifiers only (never from row order or labels), so a
 * re-import of the same release yields the same ids and saved plans keep pointing at the same
 * stations.
 */

function slug(prefix: string, raw: string): string {
	const id = `${prefix}-${raw.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
	if (!Id.safeParse(id).success) throw new ImportError(`import: cannot make an id from '${raw}' (got '${id}')`);
	return id;
}

/** The last path segment of an ESCO URI: the concept's UUID. */
function escoUuid(uri: string): string {
	return uri.slice(uri.lastIndexOf('/') + 1);
}

export const escoStationId = (uri: string) => slug('esco-occ', escoUuid(uri));
export const escoSkillId = (uri: string) => slug('esco-skill', escoUuid(uri));
export const escoSalaryBandId = (brcClass: string) => slug('esco-pay-brc', brcClass);

/** `51-4121.06` → `onet-51-4121-06`. */
export const onetStationId = (socCode: string) => slug('onet', socCode);
/** Content-model element ids such as `2.A.1.a`. */
export const onetSkillId = (elementId: string) => slug('onet-skill', elementId);
/** Bands are per SOC code (`51-4121`): O*NET specialisations of one SOC occupation share its wages. */
export const onetSalaryBandId = (soc: string) => slug('onet-pay', soc);

/** A derived line is named after the station it starts at, which no other derived line starts at. */
export const lineIdFor = (firstStation: string) => slug('line', firstStation);
/** A station's own pay estimate (class median × U.S. ratio). */
export const escoStationPayId = (stationId: string) => slug('esco-pay', stationId);
