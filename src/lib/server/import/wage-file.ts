import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './errors';
import type { ReadContext } from './read-context';

/**
 * The wage file to read: the one asked for (which must exist), else the default next to the
 * taxonomy folder, else none — stations then simply have no salary band, and the report says so.
 */
export function wageFile(folder: string, asked: string | undefined, defaultRelative: string, ctx: ReadContext): string | undefined {
	if (asked !== undefined) {
		if (!existsSync(asked)) throw new ImportError(`import: wage file '${asked}' does not exist`);
		return asked;
	}
	const fallback = join(folder, '..', defaultRelative);
	if (existsSync(fallback)) return fallback;
	ctx.notes.push(`no wage file (looked for ${fallback}): stations have no salary band`);
	return undefined;
}
