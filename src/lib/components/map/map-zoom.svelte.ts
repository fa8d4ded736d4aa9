import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { ZoomView } from './label-visibility';

/**
 * Pan and zoom of one map: d3-zoom owns the gestures (wheel, drag, touch pinch, double-click)
 * and reports its transform here; Svelte draws the transform from `view`. At scale 1 the
 * svg's viewBox shows the whole map, so "whole map" is simply the identity.
 */
export class MapZoom {
	view = $state<ZoomView>({ k: 1, x: 0, y: 0 });
	/** True once the reader zoomed or panned with a gesture (wheel, drag, pinch), not a button. */
	gestured = $state(false);
	private svg: SVGSVGElement | null = null;
	private behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;

	constructor(readonly scale: { min: number; max: number }) {}

	/** Starts listening to gestures on the svg; returns the clean-up. */
	attach(svg: SVGSVGElement): () => void {
		this.svg = svg;
		this.behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent([this.scale.min, this.scale.max])
			.on('zoom', (event: { transform: ZoomView; sourceEvent: unknown }) => {
				if (event.sourceEvent) this.gestured = true;
				this.view = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
			});
		select(svg).call(this.behaviour);
		return () => {
			select(svg).on('.zoom', null);
			this.behaviour = null;
		};
	}

	by(factor: number): void {
		if (this.svg && this.behaviour) this.behaviour.scaleBy(select(this.svg), factor);
	}

	show(view: ZoomView): void {
		if (this.svg && this.behaviour) this.behaviour.transform(select(this.svg), zoomIdentity.translate(view.x, view.y).scale(view.k));
	}

	/** Pans (keeping the scale) so the map point (x, y) is in the middle. */
	centreOn(x: number, y: number): void {
		if (this.svg && this.behaviour) this.behaviour.translateTo(select(this.svg), x, y);
	}
}
