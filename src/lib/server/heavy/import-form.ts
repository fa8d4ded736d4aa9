import { gunzipSync, gzipSync } from 'node:zlib';
import type { UploadedFile } from '../services/seed-import';

/**
 * An import form's body exactly as it arrived, for a worker thread to read. Parsing a
 * multipart upload of a few hundred kilobytes (and decoding its files) took tens of
 * milliseconds on the request thread under load; handed over as bytes (transferred, not
 * copied) it costs that thread nothing. The request thread checks permission before it reads
 * the body, and reading it is where the server's body size limit applies.
 */
export interface RawForm {
	body: ArrayBuffer;
	contentType: string;
}

/** What the import form carries: the files, and on the confirm step the version previewed and the shrink consent. */
export interface ImportForm {
	files: UploadedFile[];
	baseVersion: number;
	allowShrink: boolean;
}

/** The field that is missing or wrong: the page answers 400 naming it, and nothing changes. */
export type ImportFormField = 'files' | 'bundle' | 'baseVersion';

/**
 * The validated bundle the preview hands to its confirm step, packed (gzip, base64): the seed's
 * 245 KB of YAML become about 40 KB, so the preview's answer — serialised and sent by the
 * request thread — and the confirm upload are a sixth of the size. The confirm step also takes
 * a bundle as plain YAML (as exported).
 */
const PACKED = 'vakmetro-bundle-gzip-base64:';
/** Unpacked, a bundle may not grow beyond this (a small upload must not unpack into gigabytes). */
const MAX_UNPACKED = 64 * 1024 * 1024;

export function packBundle(yaml: string): string {
	return PACKED + gzipSync(yaml).toString('base64');
}

/** The bundle's YAML, or null when a packed one does not unpack. */
function unpackBundle(field: string): string | null {
	if (!field.startsWith(PACKED)) return field;
	try {
		return gunzipSync(Buffer.from(field.slice(PACKED.length), 'base64'), { maxOutputLength: MAX_UNPACKED }).toString('utf8');
	} catch {
		return null;
	}
}

/**
 * The preview reads the chosen files (field `files`); the confirm step the validated bundle
 * sent back (`bundle`), the version it was previewed on (`baseVersion`) and the importer's
 * explicit "yes, far fewer stations is what I mean" (`allowShrink=yes`).
 */
export async function readImportForm(raw: RawForm, step: 'preview' | 'apply'): Promise<ImportForm | { missing: ImportFormField }> {
	const response = new Response(raw.body, { headers: { 'content-type': raw.contentType } });
	let data: FormData;
	try {
		data = await response.formData();
	} catch {
		// Not a form at all (no boundary, cut off): the files are what is missing.
		return { missing: step === 'preview' ? 'files' : 'bundle' };
	}
	if (step === 'preview') {
		const chosen = data.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'text' in f && f.size > 0);
		if (chosen.length === 0) return { missing: 'files' };
		return { files: await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() }))), baseVersion: NaN, allowShrink: false };
	}
	const field = data.get('bundle');
	const bundle = typeof field === 'string' ? unpackBundle(field) : null;
	if (!bundle) return { missing: 'bundle' };
	const version = data.get('baseVersion');
	const baseVersion = typeof version === 'string' && version.trim() !== '' ? Number(version) : NaN;
	if (!Number.isInteger(baseVersion)) return { missing: 'baseVersion' };
	return { files: [{ name: 'bundle.yaml', text: bundle }], baseVersion, allowShrink: data.get('allowShrink') === 'yes' };
}

/** The bytes of a request's body, to transfer to a worker (the body size limit applies while reading). */
export async function rawForm(request: Request): Promise<RawForm> {
	return { body: await request.arrayBuffer(), contentType: request.headers.get('content-type') ?? '' };
}
