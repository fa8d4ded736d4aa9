import { LayoutInputError } from './errors';
import type { LayoutSettings, LayoutStyle } from './types';

export const DEFAULT_SETTINGS: Readonly<LayoutSettings> = Object.freeze({
	cellSize: 60,
	hopCells: 1.25,
	hopCost: 1,
	diagonalFactor: 1.1,
	bend45: 1,
	bend90: 2,
	bend135: 6,
	lineBendWeight: 1,
	crossingCost: 40,
	moveCost: 2,
	stabilityCost: 4,
	searchRadius: 3,
	routingAttempts: 6,
	iterations: 12,
	timeBudgetMs: 30000,
	workBudget: 40_000_000,
	crossingSweeps: 12,
	layerSpacing: 3,
	rowSpacing: 2,
	fontSize: 12,
	lineWidth: 4,
	lineSpacing: 5,
	stationRadius: 5,
	labelGap: 4,
	labelSteps: 3
});

interface Range {
	min: number;
	max: number;
	integer?: boolean;
}

const RANGES: Record<keyof LayoutSettings, Range> = {
	cellSize: { min: 4, max: 1000 },
	hopCells: { min: 0.25, max: 20 },
	hopCost: { min: 0.01, max: 100 },
	diagonalFactor: { min: 0.5, max: 4 },
	bend45: { min: 0, max: 1000 },
	bend90: { min: 0, max: 1000 },
	bend135: { min: 0, max: 1000 },
	lineBendWeight: { min: 0, max: 100 },
	crossingCost: { min: 0, max: 100000 },
	moveCost: { min: 0, max: 1000 },
	stabilityCost: { min: 0, max: 1000 },
	searchRadius: { min: 1, max: 50, integer: true },
	routingAttempts: { min: 1, max: 100, integer: true },
	iterations: { min: 0, max: 1000, integer: true },
	timeBudgetMs: { min: 1, max: 600000 },
	workBudget: { min: 1, max: 1e10, integer: true },
	crossingSweeps: { min: 0, max: 200, integer: true },
	layerSpacing: { min: 1, max: 50, integer: true },
	rowSpacing: { min: 1, max: 50, integer: true },
	fontSize: { min: 4, max: 200 },
	lineWidth: { min: 0.5, max: 100 },
	lineSpacing: { min: 0.5, max: 100 },
	stationRadius: { min: 0, max: 200 },
	labelGap: { min: 0, max: 200 },
	labelSteps: { min: 0, max: 20, integer: true }
};

/**
 * Settings = defaults + validation. Unknown keys and out-of-range values are errors rather
 * than silently ignored, so a typo in a caller's settings cannot quietly change the map.
 */
export function resolveSettings(partial: Partial<LayoutSettings> = {}): LayoutSettings {
	const out: LayoutSettings = { ...DEFAULT_SETTINGS };
	for (const [key, value] of Object.entries(partial)) {
		if (!(key in RANGES)) throw new LayoutInputError(`unknown setting '${key}'`);
		if (value === undefined) continue;
		const range = RANGES[key as keyof LayoutSettings];
		if (typeof value !== 'number' || !Number.isFinite(value))
			throw new LayoutInputError(`setting '${key}' must be a finite number, got ${JSON.stringify(value)}`);
		if (value < range.min || value > range.max)
			throw new LayoutInputError(`setting '${key}' must be between ${range.min} and ${range.max}, got ${value}`);
		if (range.integer && !Number.isInteger(value))
			throw new LayoutInputError(`setting '${key}' must be a whole number, got ${value}`);
		out[key as keyof LayoutSettings] = value;
	}
	if (!(out.bend45 <= out.bend90 && out.bend90 <= out.bend135))
		throw new LayoutInputError(
			`bend costs must not fall as the turn gets sharper (bend45 ${out.bend45} <= bend90 ${out.bend90} <= bend135 ${out.bend135})`
		);
	return out;
}

/** The drawing constants a map must use to draw a layout as it was made (returned with it). */
export function styleOf(settings: LayoutSettings): LayoutStyle {
	return {
		cellSize: settings.cellSize,
		fontSize: settings.fontSize,
		lineWidth: settings.lineWidth,
		lineSpacing: settings.lineSpacing,
		stationRadius: settings.stationRadius
	};
}
