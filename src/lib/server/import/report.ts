import type { ReferenceCount } from './guard';
import type { ImportProgress } from './progress';
import type { SkippedRows } from './skip-log';

export type TaxonomySource = 'esco' | 'onet';

/** What an import did, in numbers a person can check against the source's own counts. */
export interface ImportReport {
	source: TaxonomySource;
	network: string;
	files: { file: string; rows: number }[];
	imported: {
		stations: number;
		skills: number;
		/** Skill requirements over all stations (essential and optional). */
		requirements: number;
		salaryBands: number;
		lines: number;
		hops: number;
	};
	derived: {
		stationsOnLines: number;
		stationsWithSalary: number;
		/** Bridges at the default threshold; they are derived again per query, not stored. */
		bridges: number;
		bridgeThreshold: number;
	};
	skipped: SkippedRows[];
	notes: string[];
	/** Per relation file: rows read and rows pointing to unknown ids (the source guard's figures). */
	references: ReferenceCount[];
}

/** Passes progress on and remembers the row count of every file read, for the report. */
export function recordingFiles(inner: ImportProgress, files: ImportReport['files']): ImportProgress {
	return {
		start: (file, bytes) => inner.start(file, bytes),
		advance: (file, rows, bytesRead) => inner.advance(file, rows, bytesRead),
		finish: (file, rows) => {
			files.push({ file, rows });
			inner.finish(file, rows);
		},
		stage: (name) => inner.stage(name)
	};
}

const n = (v: number) => v.toLocaleString('en-US');

export function formatReport(r: ImportReport): string {
	const out = [
		`import ${r.source} → network '${r.network}'`,
		`  files read: ${r.files.map((f) => `${f.file} (${n(f.rows)} rows)`).join(', ')}`,
		`  imported: ${n(r.imported.stations)} stations, ${n(r.imported.skills)} skills, ${n(r.imported.requirements)} skill requirements, ` +
			`${n(r.imported.salaryBands)} salary bands, ${n(r.imported.lines)} derived lines with ${n(r.imported.hops)} hops`,
		`  derived: ${n(r.derived.stationsOnLines)} stations on a line, ${n(r.derived.stationsWithSalary)} with a salary band, ` +
			`${n(r.derived.bridges)} bridges at skill overlap ≥ ${r.derived.bridgeThreshold}`
	];
	if (r.skipped.length === 0) out.push('  skipped: nothing');
	else {
		out.push('  skipped:');
		for (const s of r.skipped) out.push(`    ${n(s.count)} × ${s.reason}`, ...s.examples.map((e) => `        e.g. ${e}`));
	}
	for (const note of r.notes) out.push(`  note: ${note}`);
	return out.join('\n');
}
