import { describe, expect, it } from 'vitest';
import { textProgressBar } from './progress-bar';

function sink(isTTY: boolean) {
	const chunks: string[] = [];
	return { isTTY, chunks, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean; chunks: string[] };
}

describe('textProgressBar', () => {
	it('logs a few lines per file without a terminal', () => {
		const out = sink(false);
		let t = 0;
		const bar = textProgressBar(out, () => (t += 100));
		bar.start('skills_en.csv', 1000);
		for (const read of [100, 300, 600, 700, 900]) bar.advance('skills_en.csv', read * 10, read);
		bar.finish('skills_en.csv', 13896);
		bar.stage('validating');
		const lines = out.chunks.join('').trimEnd().split('\n');
		expect(lines.map((l) => l.replace(/^\s*[\d.]+ s\s+/, '').replace(/\s+/g, ' '))).toEqual([
			'skills_en.csv [#######.................] 30% 3,000 rows',
			'skills_en.csv [##############..........] 60% 6,000 rows',
			'skills_en.csv [######################..] 90% 9,000 rows',
			'skills_en.csv [########################] 100% 13,896 rows',
			'validating'
		]);
	});

	it('redraws one line in place on a terminal', () => {
		const out = sink(true);
		let t = 0;
		const bar = textProgressBar(out, () => (t += 1000));
		bar.start('a.csv', 10);
		bar.advance('a.csv', 5, 5);
		bar.finish('a.csv', 9);
		expect(out.chunks.every((c) => c.startsWith('\r'))).toBe(true);
		expect(out.chunks.at(-1)).toMatch(/100%\s+9 rows\n$/);
	});
});
