import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomView } from './label-visibility';

/** What MapZoom asks of d3-zoom once it is loaded. */
export interface Gestures {
	by(factor: number): void;
	show(view: ZoomView): void;
	centreOn(x: number, y: number): void;
	detach(): void;
}

/**
 * d3-zoom (with d3-transition, d3-interpolate and d3-selection, most of the map's JavaScript) on
 * one svg: the wheel, drag, touch pinch and double-click. Loaded only when the reader reaches for
 * the map (map-zoom.svelte.ts), it starts at the view the map already shows.
 */
export function attachGestures(
	svg: SVGSVGElement,
	scale: { min: number; max: number },
	start: ZoomView,
	onZoom: (view: ZoomView, gesture: boolean) => void
): Gestures {
	const behaviour = zoom<SVGSVGElement, unknown>()
		.scaleExtent([scale.min, scale.max])
		.on('zoom', (event: { transform: ZoomView; sourceEvent: unknown }) =>
			onZoom({ k: event.transform.k, x: event.transform.x, y: event.transform.y }, Boolean(event.sourceEvent))
		);
	const target = select(svg);
	target.call(behaviour);
	const show = (view: ZoomView) => behaviour.transform(target, zoomIdentity.translate(view.x, view.y).scale(view.k));
	show(start);
	return {
		by: (factor) => behaviour.scaleBy(target, factor),
		show,
		centreOn: (x, y) => behaviour.translateTo(target, x, y),
		detach: () => void target.on('.zoom', null)
	};
}
