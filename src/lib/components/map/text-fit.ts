let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width the browser draws `text` with in the font `element` has now. The layout reserved
 * room from an estimate; fonts differ per system (DejaVu Sans runs ~10% wider), so the map
 * measures and squeezes a label that would spill onto its neighbours. Canvas measuring is used
 * because it ignores a `textLength` already applied to the element.
 */
export function drawnTextWidth(element: Element, text: string): number {
	context ??= document.createElement('canvas').getContext('2d');
	if (!context) return 0;
	const style = getComputedStyle(element);
	context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
	return context.measureText(text).width;
}
