/** Case- and accent-insensitive text for filtering choices in the browser. */
export function normalizeTextForFilter(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();
}
