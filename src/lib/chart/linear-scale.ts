/**
 * A linear scale with round ticks, for the app's small charts: a few lines instead of d3-scale
 * (with d3-array, d3-format and d3-interpolate) in the page's JavaScript. Ticks and `nice` follow
 * the usual 1-2-5 rule, and give the same numbers as d3's linear scale (the spec compares them).
 */
export interface LinearScale {
	(value: number): number;
	readonly domain: readonly [number, number];
	/** About `count` round values inside the domain, ascending. */
	ticks(count: number): number[];
}

// The step for about `count` ticks is rounded to 1, 2, 5 or 10 times a power of ten, whichever is
// nearest on a log scale: the thresholds are the geometric means of neighbours (√2, √10, √50).
const TO_TEN = Math.sqrt(50);
const TO_FIVE = Math.sqrt(10);
const TO_TWO = Math.sqrt(2);

/**
 * The tick step for [lo, hi] (lo ≤ hi), as a [first, last, step] grid: tick i is (first + i)·step,
 * or (first + i) / -step when step is negative (a fraction, kept as its inverse so that 0.1
 * steps give 0.3 and not 0.30000000000000004).
 */
function grid(lo: number, hi: number, count: number): [number, number, number] {
	const rough = (hi - lo) / Math.max(0, count);
	const power = Math.floor(Math.log10(rough));
	const error = rough / 10 ** power;
	const factor = error >= TO_TEN ? 10 : error >= TO_FIVE ? 5 : error >= TO_TWO ? 2 : 1;
	let first: number;
	let last: number;
	let step: number;
	if (power < 0) {
		const perUnit = 10 ** -power / factor;
		first = Math.round(lo * perUnit);
		last = Math.round(hi * perUnit);
		if (first / perUnit < lo) first++;
		if (last / perUnit > hi) last--;
		step = -perUnit;
	} else {
		step = 10 ** power * factor;
		first = Math.round(lo / step);
		last = Math.round(hi / step);
		if (first * step < lo) first++;
		if (last * step > hi) last--;
	}
	// Asked for one tick on a span with no round value inside: try with two.
	if (last < first && count >= 0.5 && count < 2) return grid(lo, hi, count * 2);
	return [first, last, step];
}

/** About `count` round numbers between start and stop (in that order), both included if round. */
export function ticks(start: number, stop: number, count: number): number[] {
	if (!(count > 0)) return [];
	if (start === stop) return [start];
	const reverse = stop < start;
	const [first, last, step] = reverse ? grid(stop, start, count) : grid(start, stop, count);
	if (!(last >= first)) return [];
	const value = (i: number) => (step < 0 ? i / -step : i * step);
	const out: number[] = [];
	// first + k, not a counter from first: Math.round(-0.5) is -0, and a tick reads 0.
	for (let k = 0; k <= last - first; k++) out.push(value(first + k));
	return reverse ? out.reverse() : out;
}

/** The step `ticks` would use (negative: its inverse, as in `grid`). */
function tickStep(start: number, stop: number, count: number): number {
	return grid(start, stop, count)[2];
}

/** The domain widened to round numbers at both ends (the step of about `count` ticks). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
	let [start, stop] = domain;
	const reverse = stop < start;
	if (reverse) [start, stop] = [stop, start];
	let previous: number | undefined;
	// Widening can change the step, so repeat until it holds; a domain that never settles (or has
	// no step, being a single point) stays as it was.
	for (let round = 0; round < 10; round++) {
		const step = tickStep(start, stop, count);
		if (step === previous) return reverse ? [stop, start] : [start, stop];
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else break;
		previous = step;
	}
	return [domain[0], domain[1]];
}

/** Maps the domain linearly onto the range (and beyond, without clamping). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = ((value: number) => {
		const t = span === 0 ? 0.5 : (value - d0) / span;
		return r0 * (1 - t) + r1 * t;
	}) as LinearScale;
	Object.defineProperty(scale, 'domain', { value: [d0, d1] as const });
	scale.ticks = (count: number) => ticks(d0, d1, count);
	return scale;
}
