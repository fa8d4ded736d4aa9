/** Folds case and diacritics so "hygienisch" finds "Hygiënisch lasser". */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
