import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { ImportError } from './errors';
import type { ImportProgress } from './progress';

/** One CSV record keyed by header name; fields missing at the end of a short row are absent. */
export type CsvRecord = Readonly<Record<string, string | undefined>>;

const ADVANCE_EVERY_ROWS = 5000;

/**
 * Streams the records of a CSV file with a header row; a file without records is refused. The columns the caller reads are checked
 * against the header before the first record, so a wrong or renamed file fails with its name
 * instead of as thousands of skipped rows. Parse errors (an unclosed quote, a broken encoding)
 * become ImportErrors naming the file.
 */
export async function* csvRecords(path: string, columns: readonly string[], progress: ImportProgress): AsyncGenerator<CsvRecord> {
	const file = basename(path);
	let bytes: number;
	try {
		bytes = statSync(path).size;
	} catch {
		throw new ImportError(`import: cannot read ${file} at '${path}'`);
	}
	const stream = createReadStream(path);
	const parser = parse({
		bom: true,
		skip_empty_lines: true,
		// Some ESCO files omit trailing empty fields; the columns we need are checked by name instead.
		relax_column_count: true,
		columns: (header: string[]) => {
			const missing = columns.filter((c) => !header.includes(c));
			if (missing.length > 0) throw new ImportError(`import: ${file} lacks column(s) ${missing.map((c) => `'${c}'`).join(', ')}`);
			return header;
		}
	});
	stream.on('error', (e) => parser.destroy(e));
	progress.start(file, bytes);
	let rows = 0;
	try {
		for await (const record of stream.pipe(parser) as AsyncIterable<CsvRecord>) {
			rows++;
			if (rows % ADVANCE_EVERY_ROWS === 0) progress.advance(file, rows, stream.bytesRead);
			yield record;
		}
	} catch (e) {
		if (e instanceof ImportError) throw e;
		throw new ImportError(`import: ${file} is not readable CSV near record ${rows + 1}: ${(e as Error).message}`);
	} finally {
		stream.destroy();
	}
	// A required file cut to nothing (or its header) would otherwise import as an empty network.
	if (rows === 0) throw new ImportError(`import: ${file} has no records (empty or only a header); nothing was written`);
	progress.finish(file, rows);
}
