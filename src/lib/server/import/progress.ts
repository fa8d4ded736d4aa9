/**
 * What an import tells about its progress. The importers only report; the CLI draws the bar, tests
 * stay silent. Files are named by their base name.
 */
export interface ImportProgress {
	start(file: string, bytes: number): void;
	advance(file: string, rows: number, bytesRead: number): void;
	finish(file: string, rows: number): void;
	/** A step after reading: deriving lines, validating, writing. */
	stage(name: string): void;
}

export const silentProgress: ImportProgress = {
	start() {},
	advance() {},
	finish() {},
	stage() {}
};
