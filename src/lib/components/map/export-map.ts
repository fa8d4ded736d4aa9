/**
 * Saving the map as a file. Svelte's scoped classes mean nothing outside the page, so the
 * export copies the computed look of every element into inline styles; the zoom is dropped
 * so the file shows the whole network with whatever the reader highlighted (a route).
 */

const STYLE_PROPERTIES = [
	'display',
	'visibility',
	'opacity',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'dominant-baseline',
	'text-anchor'
];

const INTERACTIVE_ATTRIBUTES = ['tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'class'];

export function mapSvgText(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.querySelector('[data-viewport]')?.removeAttribute('transform');
	const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
	const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
	const hidden: Element[] = [];
	originals.forEach((original, i) => {
		const copy = copies[i]!;
		const computed = getComputedStyle(original);
		if (computed.display === 'none') hidden.push(copy);
		copy.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
		for (const a of INTERACTIVE_ATTRIBUTES) copy.removeAttribute(a);
		for (const a of [...copy.attributes]) if (a.name.startsWith('data-')) copy.removeAttribute(a.name);
		const href = copy.getAttribute('href');
		if (href) copy.setAttribute('href', new URL(href, location.href).href);
	});
	for (const h of hidden) h.remove();
	const [x, y, width, height] = svg.getAttribute('viewBox')!.split(/[\s,]+/).map(Number) as [number, number, number, number];
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	for (const [k, v] of Object.entries({ x, y, width, height, fill: '#fff' })) background.setAttribute(k, String(v));
	clone.insertBefore(background, clone.firstChild);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** Draws the SVG into a canvas at `scale` times its size (sharp on print and high-DPI screens). */
export async function mapPngBlob(svgText: string, scale = 2): Promise<Blob> {
	const image = new Image();
	image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText);
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(image.naturalWidth * scale);
	canvas.height = Math.ceil(image.naturalHeight * scale);
	const context = canvas.getContext('2d')!;
	context.scale(scale, scale);
	context.drawImage(image, 0, 0);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('export-map: the browser could not encode the PNG'))), 'image/png'));
}

export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
