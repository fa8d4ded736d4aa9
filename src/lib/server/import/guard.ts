import { ImportError } from './errors';

/**
 * The checks that stop a broken source from replacing a good network: a release cut short, a
 * file from another release, an export of the wrong network. Each import (ESCO, O*NET and
 * graph-seed files, from the CLI or the /import page) asks them after its own validation and
 * before anything is written; the operator overrides one only by naming it.
 */

/** Above this share of a relation file's rows pointing to unknown ids, the files do not belong together. */
export const MAX_UNKNOWN_REFERENCE_SHARE = 0.05;
/** Below this share of the stations it replaces, a new network looks like a cut-off source, not a new release. */
export const MIN_KEPT_STATION_SHARE = 0.5;

export interface SourceGuardOptions {
	/** The operator accepts a network with far fewer stations than the one it replaces (`--allow-shrink`). */
	allowShrink?: boolean;
	/** The operator accepts relation files where many rows point to unknown ids (`--allow-unknown-ids`). */
	allowUnknownIds?: boolean;
}

export interface ReferenceCount {
	file: string;
	rows: number;
	/** Rows that point to an occupation or skill the import does not know. */
	unknown: number;
}

/** Counts, per relation file, the rows read and the rows pointing to unknown ids. */
export class ReferenceTally {
	private readonly byFile = new Map<string, ReferenceCount>();

	private entry(file: string): ReferenceCount {
		let e = this.byFile.get(file);
		if (!e) this.byFile.set(file, (e = { file, rows: 0, unknown: 0 }));
		return e;
	}

	row(file: string): void {
		this.entry(file).rows++;
	}

	unknown(file: string): void {
		this.entry(file).unknown++;
	}

	list(): ReferenceCount[] {
		return [...this.byFile.values()].map((e) => ({ ...e }));
	}
}

/** The stations a network would lose, when that is more than a broken source can explain away. */
export interface Shrink {
	before: number;
	after: number;
}

export function shrinkOf(before: number, after: number): Shrink | null {
	return before > 0 && after < before * MIN_KEPT_STATION_SHARE ? { before, after } : null;
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;

/** A source refused by a guard; `override` names the option (and CLI flag) that accepts it anyway. */
export class SuspectSourceError extends ImportError {
	constructor(
		message: string,
		readonly override: keyof SourceGuardOptions,
		readonly shrink: Shrink | null = null
	) {
		super(message);
		this.name = 'SuspectSourceError';
	}
}

export function shrinkMessage(network: string, s: Shrink): string {
	return `network '${network}' would shrink from ${s.before} to ${s.after} stations (below ${percent(MIN_KEPT_STATION_SHARE)} of what it has)`;
}

/** Refuses, unless allowed, a network that keeps less than half the stations it replaces. */
export function guardShrink(network: string, before: number, after: number, options: SourceGuardOptions): void {
	const s = shrinkOf(before, after);
	if (s && !options.allowShrink)
		throw new SuspectSourceError(`import: ${shrinkMessage(network, s)}; nothing was written. If that is intended, run again with --allow-shrink`, 'allowShrink', s);
}

/** Refuses, unless allowed, relation files with more rows to unknown ids than a release has. */
export function guardReferences(counts: readonly ReferenceCount[], options: SourceGuardOptions): void {
	if (options.allowUnknownIds) return;
	const bad = counts.filter((c) => c.rows > 0 && c.unknown / c.rows > MAX_UNKNOWN_REFERENCE_SHARE);
	if (bad.length === 0) return;
	const what = bad.map((c) => `${c.file}: ${c.unknown.toLocaleString('en-US')} of ${c.rows.toLocaleString('en-US')} rows (${percent(c.unknown / c.rows)})`);
	throw new SuspectSourceError(
		`import: too many relation rows point to unknown ids (more than ${percent(MAX_UNKNOWN_REFERENCE_SHARE)}), so the files look cut short or from different releases: ` +
			`${what.join('; ')}; nothing was written. If that is intended, run again with --allow-unknown-ids`,
		'allowUnknownIds'
	);
}
