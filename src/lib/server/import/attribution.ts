/*
 * Attribution the data licences ask for, shown by the UI from NetworkMeta.source (max 500 chars).
 * ESCO: the exact acknowledgement sentence, and adapted versions marked as such. O*NET (CC BY 4.0):
 * the attribution sentence USDOL/ETA gives, plus a note of what was changed.
 */

export const ESCO_ATTRIBUTION =
	'This service uses the ESCO classification of the European Commission. ' +
	'Adapted by Vakmetro: lines, bridges, levels and skill levels are derived, not part of ESCO. ' +
	'Salary estimates: CBS StatLine 85517NED (median hourly wage by occupation class).';

export const ONET_ATTRIBUTION =
	'This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, ' +
	'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
	'O*NET® is a trademark of USDOL/ETA. Modified by Vakmetro: lines, bridges and levels are derived. ' +
	'Wages: U.S. Bureau of Labor Statistics, OEWS May 2024.';
