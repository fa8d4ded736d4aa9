/**
 * Where the legend's entries go: a title row, then the lines in a grid of columns, then the
 * station symbols starting on a fresh row. One column when the legend stands beside the map.
 */
export interface LegendGrid {
	columns: number;
	columnWidth: number;
	rowHeight: number;
	lineRows: number;
	height: number;
}

export function legendGrid(lines: number, symbols: number, widestName: number, availableWidth: number, fontSize: number): LegendGrid {
	const rowHeight = Math.round(fontSize * 1.9);
	const swatch = fontSize * 3;
	const columnWidth = Math.ceil(swatch + widestName + fontSize * 2);
	const columns = Math.max(1, Math.min(Math.max(lines, symbols), Math.floor(availableWidth / columnWidth)));
	const lineRows = Math.ceil(lines / columns);
	return { columns, columnWidth, rowHeight, lineRows, height: rowHeight * (1 + lineRows + Math.ceil(symbols / columns)) };
}

/** Offset from the legend's top-left of line entry `i`, at the middle of its row. */
export function lineCell(grid: LegendGrid, i: number): { x: number; y: number } {
	return { x: (i % grid.columns) * grid.columnWidth, y: (1.5 + Math.floor(i / grid.columns)) * grid.rowHeight };
}

/** Offset of symbol entry `j`; symbols start on the row after the last line. */
export function symbolCell(grid: LegendGrid, j: number): { x: number; y: number } {
	return lineCell(grid, grid.lineRows * grid.columns + j);
}
