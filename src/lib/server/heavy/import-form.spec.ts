import { describe, expect, it } from 'vitest';
import { packBundle, rawForm, readImportForm } from './import-form';

/** A body as the browser sends it, read back the way the import page reads it. */
function posted(body: FormData | URLSearchParams | string, contentType?: string) {
	return rawForm(new Request('http://localhost/en/import', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} }));
}

describe('the import form read from its raw body', () => {
	it('reads the chosen files of a preview, leaving out an empty file input', async () => {
		const form = new FormData();
		form.append('files', new Blob(['meta: 1\n'], { type: 'application/yaml' }), 'network.yaml');
		form.append('files', new Blob(['stations: []\n']), 'stations.yaml');
		form.append('files', new Blob([]), '');
		expect(await readImportForm(await posted(form), 'preview')).toEqual({
			files: [
				{ name: 'network.yaml', text: 'meta: 1\n' },
				{ name: 'stations.yaml', text: 'stations: []\n' }
			],
			baseVersion: NaN,
			allowShrink: false
		});
	});

	it('reads the confirm step: the bundle, the version previewed and the shrink consent', async () => {
		const form = new FormData();
		form.append('bundle', 'meta:\n  id: seed\n');
		form.append('baseVersion', '7');
		form.append('allowShrink', 'yes');
		// A text field of a multipart form carries CRLF line ends, as a browser sends it (YAML reads them alike).
		expect(await readImportForm(await posted(form), 'apply')).toEqual({ files: [{ name: 'bundle.yaml', text: 'meta:\r\n  id: seed\r\n' }], baseVersion: 7, allowShrink: true });
		const urlencoded = new URLSearchParams({ bundle: 'x: 1\n', baseVersion: '2' });
		expect(await readImportForm(await posted(urlencoded), 'apply')).toMatchObject({ baseVersion: 2, allowShrink: false });
	});

	it('unpacks the bundle the preview packed; a packed one that does not unpack is a missing bundle', async () => {
		const yaml = 'network:\n  id: seed\n'.repeat(2000);
		const packed = packBundle(yaml);
		expect(packed.length).toBeLessThan(yaml.length / 10);
		expect(await readImportForm(await posted(new URLSearchParams({ bundle: packed, baseVersion: '3' })), 'apply')).toEqual({ files: [{ name: 'bundle.yaml', text: yaml }], baseVersion: 3, allowShrink: false });
		const broken = packed.slice(0, packed.length / 2);
		expect(await readImportForm(await posted(new URLSearchParams({ bundle: broken, baseVersion: '3' })), 'apply')).toEqual({ missing: 'bundle' });
	});

	it('names the field that is missing or wrong', async () => {
		expect(await readImportForm(await posted(new FormData()), 'preview')).toEqual({ missing: 'files' });
		expect(await readImportForm(await posted(new URLSearchParams({ baseVersion: '2' })), 'apply')).toEqual({ missing: 'bundle' });
		expect(await readImportForm(await posted(new URLSearchParams({ bundle: 'x: 1\n', baseVersion: 'two' })), 'apply')).toEqual({ missing: 'baseVersion' });
		expect(await readImportForm(await posted(new URLSearchParams({ bundle: 'x: 1\n' })), 'apply')).toEqual({ missing: 'baseVersion' });
		expect(await readImportForm(await posted('not a form', 'multipart/form-data; boundary=x'), 'preview')).toEqual({ missing: 'files' });
		expect(await readImportForm(await posted('{"bundle":"x"}', 'application/json'), 'apply')).toEqual({ missing: 'bundle' });
	});
});
