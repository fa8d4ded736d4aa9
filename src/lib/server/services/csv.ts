/** RFC 4180 text: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF between rows. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	const field = (v: string | number) => {
		const s = String(v);
		// A leading =, +, - or @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
		const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
		return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
