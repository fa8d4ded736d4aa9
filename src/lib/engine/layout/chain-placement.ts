/**
 * Grid nodes for the inner stations of a chain drawn as one path of `steps` grid steps.
 * Dynamic programming over increasing path indices: gaps as even as possible, stations off
 * the bends when that costs little, never where another path crosses, and — for stations that had a previous position — near
 * that position, so an edit to a chain does not reshuffle all its stations.
 */
export interface ChainSlot {
	/** Cost per cell of landing away from (ax, ay); 0 when the station has no anchor. */
	weight: number;
	ax: number;
	ay: number;
}

const BEND_PENALTY = 0.35;
/** A node where another path crosses cannot hold a station (it would sit on a foreign line). */
const BLOCKED = 1e9;

export function placeChain(
	inner: ChainSlot[],
	steps: number,
	nodeX: (i: number) => number,
	nodeY: (i: number) => number,
	isBend: (i: number) => boolean,
	blocked: (i: number) => boolean = () => false
): number[] {
	const k = inner.length;
	if (k === 0) return [];
	const ideal = steps / (k + 1);
	if (inner.every((s) => s.weight === 0)) {
		const even = evenSpread(k, steps);
		if (!even.some(isBend) && !even.some(blocked)) return even;
	}
	// f[i][j]: best cost with inner station i on path index j (1 <= j <= steps - 1).
	const width = steps + 1;
	const f = new Float64Array(k * width).fill(Infinity);
	const from = new Int32Array(k * width).fill(-1);
	const gapCost = (g: number) => (g - ideal) * (g - ideal);
	const own = (i: number, j: number) => {
		if (blocked(j)) return BLOCKED;
		const s = inner[i]!;
		const anchor = s.weight > 0 ? s.weight * Math.hypot(nodeX(j) - s.ax, nodeY(j) - s.ay) : 0;
		return anchor + (isBend(j) ? BEND_PENALTY : 0);
	};
	for (let j = 1; j <= steps - k; j++) f[j] = gapCost(j) + own(0, j);
	for (let i = 1; i < k; i++)
		for (let j = i + 1; j <= steps - (k - i); j++) {
			let best = Infinity;
			let arg = -1;
			for (let p = i; p < j; p++) {
				const c = f[(i - 1) * width + p]! + gapCost(j - p);
				if (c < best) {
					best = c;
					arg = p;
				}
			}
			f[i * width + j] = best + own(i, j);
			from[i * width + j] = arg;
		}
	let bestJ = -1;
	let best = Infinity;
	for (let j = k; j < steps; j++) {
		const c = f[(k - 1) * width + j]! + gapCost(steps - j);
		if (c < best) {
			best = c;
			bestJ = j;
		}
	}
	const out = new Array<number>(k);
	for (let i = k - 1, j = bestJ; i >= 0; i--) {
		out[i] = j;
		j = from[i * width + j]!;
	}
	return out;
}

/** Indices 1..steps-1 for k stations, as evenly spaced as whole steps allow. */
export function evenSpread(k: number, steps: number): number[] {
	const out: number[] = [];
	for (let i = 1; i <= k; i++) out.push(Math.round((i * steps) / (k + 1)));
	return out;
}
