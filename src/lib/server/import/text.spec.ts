import { describe, expect, it } from 'vitest';
import { LocalizedParagraph, LocalizedText } from '$lib/schemas/common';
import { bilingual, clip } from './text';

describe('source text', () => {
	it('repairs UTF-8 read as Latin-1, as in a dozen ESCO descriptions, so the schema takes it', () => {
		// ESCO v1.1.1 occupations_en.csv: "monitor the studentsâ\x80\x99 progress".
		const text = clip('monitor the students\u00e2\u0080\u0099 progress');
		expect(text).toBe('monitor the students\u2019 progress');
		expect(LocalizedParagraph.safeParse({ nl: text, en: text }).success).toBe(true);
	});

	it('drops invisible characters a label may not hold and keeps line breaks in descriptions', () => {
		expect(clip('Las\u0000ser\u202E')).toBe('Lasser');
		expect(clip('First\nsecond\tthird')).toBe('First\nsecond\tthird');
		expect(LocalizedText.safeParse(bilingual('Welder\u0007', 'Lasser\u2066')).success).toBe(true);
	});
});
