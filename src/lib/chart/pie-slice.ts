/**
 * The path of a pie slice of radius r centred on (0, 0): `share` (0..1) of the circle, clockwise
 * from twelve o'clock (as d3's arc with startAngle 0). A few lines instead of d3-shape in the
 * map's JavaScript. A full share is a circle; draw that as a circle instead.
 */
export function pieSlice(r: number, share: number): string {
	const angle = Math.max(0, Math.min(1, share)) * 2 * Math.PI;
	if (angle === 0) return '';
	const x = r * Math.sin(angle);
	const y = -r * Math.cos(angle);
	const large = angle >= Math.PI ? 1 : 0;
	return `M0,0L0,${-r}A${r},${r},0,${large},1,${round(x)},${round(y)}Z`;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
