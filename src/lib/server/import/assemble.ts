import { emptyNetwork, type Line, type NetworkContent, type NetworkMeta, type SalaryBand, type Skill, type Station } from '$lib/schemas';
import { DEFAULT_BRIDGE_THRESHOLD, deriveBridges } from './bridges';
import type { ReadContext } from './read-context';
import type { ImportReport, TaxonomySource } from './report';
import { validateNetwork } from './validate';

export interface TaxonomyImport {
	meta: NetworkMeta;
	content: NetworkContent;
	report: ImportReport;
}

/**
 * The common end of every taxonomy import: validate the whole network (throws, so nothing gets
 * written, when anything is wrong) and count what was imported and derived.
 */
export function assembleImport(
	source: TaxonomySource,
	meta: NetworkMeta,
	parts: { stations: Station[]; skills: Skill[]; salaryBands: SalaryBand[]; lines: Line[] },
	ctx: ReadContext,
	files: ImportReport['files'],
	bridgeThreshold = DEFAULT_BRIDGE_THRESHOLD
): TaxonomyImport {
	ctx.progress.stage('validating');
	const sorted = {
		stations: byId(parts.stations),
		skills: byId(parts.skills),
		salaryBands: byId(parts.salaryBands),
		lines: byId(parts.lines)
	};
	const valid = validateNetwork(meta, { ...emptyNetwork(), ...sorted });
	const { content } = valid;
	ctx.progress.stage('counting bridges');
	const bridges = deriveBridges(content, bridgeThreshold);
	const onLines = new Set(content.lines.flatMap((l) => l.stops.map((s) => s.station)));
	const report: ImportReport = {
		source,
		network: valid.meta.id,
		files,
		imported: {
			stations: content.stations.length,
			skills: content.skills.length,
			requirements: content.stations.reduce((n, s) => n + s.requires.length, 0),
			salaryBands: content.salaryBands.length,
			lines: content.lines.length,
			hops: content.lines.reduce((n, l) => n + l.stops.length - 1, 0)
		},
		derived: {
			stationsOnLines: onLines.size,
			stationsWithSalary: content.stations.filter((s) => s.salaryBand).length,
			bridges: bridges.length,
			bridgeThreshold
		},
		skipped: ctx.skips.list(),
		notes: ctx.notes,
		references: ctx.references.list()
	};
	return { meta: valid.meta, content, report };
}

/** Network order by id, so the same source gives the same stored network, row for row. */
function byId<T extends { id: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
