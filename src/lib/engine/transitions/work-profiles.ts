/**
 * Similarity of work profiles (e.g. O*NET skill and knowledge importance ratings). Raw ratings
 * are all positive, so every pair of occupations would look alike (cosine ≈ 0.9); centring each
 * element on its mean over all profiles keeps only what sets an occupation apart, and a cosine
 * below 0 (opposite profiles) counts as no similarity.
 */
export function workSimilarity(profiles: readonly (readonly number[])[]): Float64Array[] {
	const n = profiles.length;
	if (n === 0) return [];
	const dims = profiles[0]!.length;
	const mean = new Float64Array(dims);
	for (const p of profiles) {
		if (p.length !== dims) throw new RangeError(`transitions: work profiles differ in length (${p.length} ≠ ${dims})`);
		for (let d = 0; d < dims; d++) mean[d]! += p[d]! / n;
	}
	const centred = profiles.map((p) => {
		const v = new Float64Array(dims);
		let norm = 0;
		for (let d = 0; d < dims; d++) {
			v[d] = p[d]! - mean[d]!;
			norm += v[d]! * v[d]!;
		}
		norm = Math.sqrt(norm);
		if (norm > 0) for (let d = 0; d < dims; d++) v[d]! /= norm;
		return v;
	});
	return centred.map((a, i) => {
		const row = new Float64Array(n);
		for (let j = 0; j < n; j++) {
			if (i === j) {
				row[j] = 1;
				continue;
			}
			const b = centred[j]!;
			let dot = 0;
			for (let d = 0; d < dims; d++) dot += a[d]! * b[d]!;
			row[j] = Math.max(0, dot);
		}
		return row;
	});
}
