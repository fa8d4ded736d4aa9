import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecords, type CsvRecord } from './csv-records';
import { ImportError } from './errors';
import type { ImportProgress } from './progress';

const dir = mkdtempSync(join(tmpdir(), 'vakmetro-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

function recorder(): ImportProgress & { events: string[] } {
	const events: string[] = [];
	return {
		events,
		start: (f, bytes) => events.push(`start ${f} ${bytes}`),
		advance: () => {},
		finish: (f, rows) => events.push(`finish ${f} ${rows}`),
		stage: () => {}
	};
}

async function all(path: string, columns: string[], progress = recorder()): Promise<CsvRecord[]> {
	const rows: CsvRecord[] = [];
	for await (const r of csvRecords(path, columns, progress)) rows.push(r);
	return rows;
}

describe('csvRecords', () => {
	it('streams records keyed by header, with quoted multi-line fields, CRLF and a BOM', async () => {
		const path = file('ok.csv', '\uFEFFuri,label,alt\r\nu1,welder,"lasser\r\nsolderer"\r\nu2,"fitter, pipe",\r\n');
		const progress = recorder();
		expect(await all(path, ['uri', 'label'], progress)).toEqual([
			{ uri: 'u1', label: 'welder', alt: 'lasser\r\nsolderer' },
			{ uri: 'u2', label: 'fitter, pipe', alt: '' }
		]);
		expect(progress.events).toEqual([`start ok.csv ${Buffer.byteLength('\uFEFFuri,label,alt\r\nu1,welder,"lasser\r\nsolderer"\r\nu2,"fitter, pipe",\r\n')}`, 'finish ok.csv 2']);
	});

	it('accepts rows that omit trailing empty fields, as some ESCO files do', async () => {
		expect(await all(file('short.csv', 'a,b,c\n1,2\n'), ['a'])).toEqual([{ a: '1', b: '2' }]);
	});

	it('names the file and the missing columns before reading any record', async () => {
		await expect(all(file('cols.csv', 'uri,name\nu1,x\n'), ['uri', 'label', 'type'])).rejects.toThrow(
			new ImportError("import: cols.csv lacks column(s) 'label', 'type'")
		);
	});

	it('turns broken CSV into an ImportError naming the file', async () => {
		await expect(all(file('broken.csv', 'uri,label\nu1,"unclosed\nu2,x\n'), ['uri'])).rejects.toThrow(/broken\.csv is not readable CSV/);
	});

	it('names a file that does not exist', async () => {
		await expect(all(join(dir, 'nope.csv'), ['uri'])).rejects.toThrow(/cannot read nope\.csv/);
	});
});
