/**
 * Rows for an ordered layered graph: each vertex is pulled towards the mean row of its
 * neighbours while its layer keeps its order and a gap of at least one row. Each layer is an
 * isotonic regression (pool-adjacent-violators), so a line that runs through several layers
 * settles on one row instead of zig-zagging.
 */
export function alignRows(layers: number[][], up: number[][], down: number[][], rounds = 6): Float64Array {
	const y = new Float64Array(up.length);
	for (const layer of layers) layer.forEach((v, i) => (y[v] = i - (layer.length - 1) / 2));
	for (let r = 0; r < rounds; r++) {
		const order = r % 2 === 0 ? layers : layers.slice().reverse();
		for (const layer of order) {
			const wanted = layer.map((v) => {
				const nb = up[v]!.concat(down[v]!);
				if (nb.length === 0) return y[v]!;
				let sum = 0;
				for (const w of nb) sum += y[w]!;
				return sum / nb.length;
			});
			const rows = isotonicWithGap(wanted, 1);
			layer.forEach((v, i) => (y[v] = rows[i]!));
		}
	}
	return y;
}

/** Closest values (least squares) to `wanted` that rise by at least `gap` from one to the next. */
export function isotonicWithGap(wanted: number[], gap: number): number[] {
	const shifted = wanted.map((w, i) => w - i * gap);
	const means: number[] = [];
	const sizes: number[] = [];
	for (const v of shifted) {
		means.push(v);
		sizes.push(1);
		while (means.length > 1 && means[means.length - 2]! > means[means.length - 1]!) {
			const m2 = means.pop()!;
			const s2 = sizes.pop()!;
			const m1 = means.pop()!;
			const s1 = sizes.pop()!;
			means.push((m1 * s1 + m2 * s2) / (s1 + s2));
			sizes.push(s1 + s2);
		}
	}
	const out: number[] = [];
	means.forEach((m, b) => {
		for (let k = 0; k < sizes[b]!; k++) out.push(m + out.length * gap);
	});
	return out;
}
