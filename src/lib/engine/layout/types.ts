/**
 * The data the layout engine reads and writes. Everything is plain and JSON-able so the
 * server can cache a layout per network version and the map component can draw it as is.
 *
 * Coordinates: the output frame is SVG pixels, y pointing down. Stations sit on grid nodes,
 * so every output station coordinate is a multiple of `style.cellSize`. Pinned positions and
 * a previous layout are read in that same frame (a pin off the grid is rounded to the nearest
 * node); `position` hints may be in any frame (projected geography, an editor's sketch) and
 * are scaled onto the grid.
 */

export interface Point {
	x: number;
	y: number;
}

export interface LayoutStationInput {
	id: string;
	/** Text of the station name; an empty string marks a junction that gets no label. */
	label: string;
	/**
	 * A hint where the station belongs: any scale and offset (it is fitted onto the grid),
	 * but the map's orientation — y grows downwards, so north-up geography needs y = -lat.
	 */
	position?: Point;
	/** An editor's fixed position in output pixels; the station is never moved from it. */
	pinned?: Point;
}

/** A hop between two consecutive stops, with every line that rides it. */
export interface LayoutEdgeInput {
	from: string;
	to: string;
	lines: string[];
}

export interface LayoutLineInput {
	id: string;
	colour: string;
	/** Stops in career order (first stop = entry job). Used for the initial order and the output. */
	stations: string[];
	/**
	 * The line's name in the map's language: written on the line where its colour is close to
	 * a line it meets (line-names.ts). A line without one (a bridge, drawn dashed) is never named.
	 */
	name?: string;
}

/** Width in pixels of a label at the map's font size. */
export type TextWidth = (label: string) => number;

export interface LayoutInput {
	stations: LayoutStationInput[];
	edges: LayoutEdgeInput[];
	lines: LayoutLineInput[];
	textWidth?: TextWidth;
	settings?: Partial<LayoutSettings>;
}

export interface LayoutSettings {
	/** Pixels between neighbouring grid nodes. */
	cellSize: number;
	/** Grid cells that the median input hop spans once `position` hints are scaled. */
	hopCells: number;
	/** Cost of one grid step; a diagonal step costs `hopCost * diagonalFactor`. */
	hopCost: number;
	diagonalFactor: number;
	/** Cost of a turn by 45°, 90° and 135° inside a path (a 180° turn is impossible). */
	bend45: number;
	bend90: number;
	bend135: number;
	/** Weight of a line's turn at a station (same turn costs as inside a path). */
	lineBendWeight: number;
	/** Cost of two paths crossing at a grid node: only taken when the network forces it. */
	crossingCost: number;
	/** Cost per grid cell a station lands away from its position hint. */
	moveCost: number;
	/** Cost per grid cell a station lands away from its position in the previous layout. */
	stabilityCost: number;
	/** Radius in cells in which a station looks for its grid node. */
	searchRadius: number;
	/** Initial routings tried, each putting the edges that failed or crossed before first. */
	routingAttempts: number;
	/** Local-search rounds (each tries every station on its eight neighbouring nodes). */
	iterations: number;
	/** Wall-clock budget for routing plus local search of one grid pass; the stats say when it was hit. */
	timeBudgetMs: number;
	/**
	 * Grid-search states one grid pass may expand before its further routing attempts, rip-up
	 * and local search stop: a bound on work that, unlike the time budget, does not depend on
	 * how busy the machine is, so the same input gives the same map.
	 */
	workBudget: number;
	/** Barycenter/median sweeps for the initial order when no positions are given. */
	crossingSweeps: number;
	/** Cells between layers (career steps) and between rows in the initial layout. */
	layerSpacing: number;
	rowSpacing: number;
	/** Drawing constants the label placer assumes; the map must draw with the same values. */
	fontSize: number;
	lineWidth: number;
	lineSpacing: number;
	stationRadius: number;
	labelGap: number;
	/** How many times a label may step further out when the near spots are taken. */
	labelSteps: number;
}

export type LabelAnchor = 'start' | 'middle' | 'end';
export type Compass = 'E' | 'NE' | 'N' | 'NW' | 'W' | 'SW' | 'S' | 'SE';

/**
 * A label: (x, y) is the anchor point on the text's vertical middle, so the map draws it with
 * `text-anchor = anchor` and `dominant-baseline = central`. The box is `width` × `height`
 * around it (left edge at x, x - width/2 or x - width). `dir` is the side of the station.
 */
export interface LabelPlacement {
	x: number;
	y: number;
	anchor: LabelAnchor;
	width: number;
	height: number;
	dir: Compass;
}

/**
 * A badge with a line's name, drawn on the line (or just beyond its end) where its colour is
 * close to a line it meets: a rounded box `width` × `height` centred on (x, y), filled with the
 * line's colour, the text centred in it at the map's font size in bold.
 */
export interface LineNamePlacement {
	line: string;
	/** The station it names the line at: an end, or where a line of a close colour parts, joins or crosses. */
	station: string;
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LayoutStation {
	id: string;
	x: number;
	y: number;
	/** null only for junctions (empty input label). */
	label: LabelPlacement | null;
	pinned?: true;
}

/**
 * One hop. `lines` is the order of the parallel lines, left to right as seen walking from
 * `from` to `to`: line i sits at offset (i - (n - 1) / 2) * lineSpacing along the walking
 * direction's right-hand normal, which is (-dy, dx) in y-down coordinates.
 * `points` runs from `from` to `to` and holds the bends.
 */
export interface LayoutEdge {
	from: string;
	to: string;
	lines: string[];
	points: [number, number][];
}

export interface LayoutLine {
	id: string;
	colour: string;
	stations: string[];
}

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export type LayoutStage = 'prepare' | 'initial' | 'routing' | 'localSearch' | 'lineOrder' | 'labels';

export interface LayoutStats {
	/** Milliseconds per stage, measured inside the engine (not deterministic). */
	timeMs: Record<LayoutStage | 'total', number>;
	grid: { width: number; height: number; cellSize: number };
	/** Edges after merging degree-2 chains (what the grid router routes). */
	routedPaths: number;
	/** Paths the grid could not hold; drawn straight (so not octilinear) and counted. */
	failedPaths: number;
	/** Initial routings made (more than one when one had to cross or fail). */
	routingAttempts: number;
	/** Paths routed without the circular edge order at an end (it could not be kept). */
	orderRelaxed: number;
	/** Grid nodes where two paths cross (the router only does this when it must). */
	gridCrossings: number;
	localSearchRounds: number;
	localSearchMoves: number;
	/** Grid searches run and states they expanded: the routing work, independent of the machine. */
	searches: number;
	expandedStates: number;
	/** True when the work or time budget cut routing or local search short (only the time budget makes output vary). */
	budgetExhausted: boolean;
	/**
	 * True when the first grid (the median hop spanning `hopCells` cells) left paths unrouted
	 * and the layout was made again on finer grids (see REFINE_STEPS in layout.ts); `grid` is
	 * the one kept.
	 */
	gridRefined: boolean;
	/** Where the initial positions came from. */
	initial: 'positions' | 'layered' | 'previous' | 'mixed';
	/** Line-name badges placed, and those that found no place free of labels, markers and badges. */
	lineNames: { placed: number; unplaced: number };
}

export interface LayoutStyle {
	/**
	 * Pixels per grid cell actually used: the setting, or up to twice it when labels needed
	 * room (never under pins or a previous layout, whose pixels must stay where they are).
	 */
	cellSize: number;
	fontSize: number;
	lineWidth: number;
	lineSpacing: number;
	stationRadius: number;
}

export interface LayoutResult {
	stations: LayoutStation[];
	edges: LayoutEdge[];
	lines: LayoutLine[];
	/** Absent on the overview, which names no lines (its lines are drawn straight over each other). */
	lineNames?: LineNamePlacement[];
	bounds: Bounds;
	/** The drawing constants the layout was made for. */
	style: LayoutStyle;
	stats: LayoutStats;
}

/** What a previous layout must provide to anchor the next one (a LayoutResult will do). */
export interface PreviousLayout {
	stations: { id: string; x: number; y: number }[];
	/**
	 * The hops as drawn (a LayoutResult's edges): a hop whose stations stay put is drawn the
	 * same way again when the grid still has room for it, so the map does not change under
	 * its readers and big networks are not routed from scratch.
	 */
	edges?: { from: string; to: string; points: [number, number][] }[];
	style?: { cellSize: number };
}

export interface LayoutOptions {
	previous?: PreviousLayout;
}
