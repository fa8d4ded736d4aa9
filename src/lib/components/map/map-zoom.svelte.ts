import type { ZoomView } from './label-visibility';
import type { Gestures } from './map-gestures';

/**
 * The first reach for the map that wakes its gestures: pointing at it or touching it. Not focus:
 * Chromium makes an svg with a focus listener a Tab stop of its own; keyboard readers zoom and pan
 * through `by` and `centreOn`, which load the gestures themselves.
 */
const WAKE_EVENTS = ['pointerenter', 'pointerdown', 'touchstart', 'wheel'] as const;

/**
 * Pan and zoom of one map: d3-zoom owns the gestures (wheel, drag, touch pinch, double-click)
 * and reports its transform here; Svelte draws the transform from `view`. At scale 1 the
 * svg's viewBox shows the whole map, so "whole map" is simply the identity.
 *
 * d3-zoom is loaded when the reader first reaches for the map (or presses a zoom button or key),
 * not with the page: a reader who only reads does not download it. Until then `show` sets the
 * view directly (the opening view needs no gestures).
 */
export class MapZoom {
	view = $state<ZoomView>({ k: 1, x: 0, y: 0 });
	/** True once the reader zoomed or panned with a gesture (wheel, drag, pinch), not a button. */
	gestured = $state(false);
	/** True once d3-zoom listens to the svg's gestures. */
	live = $state(false);
	private svg: SVGSVGElement | null = null;
	private gestures: Gestures | null = null;
	private loading: Promise<Gestures | null> | null = null;

	constructor(readonly scale: { min: number; max: number }) {}

	/** Waits for the reader's first reach for the svg; returns the clean-up. */
	attach(svg: SVGSVGElement): () => void {
		this.svg = svg;
		const wake = () => void this.load();
		for (const type of WAKE_EVENTS) svg.addEventListener(type, wake, { passive: true });
		return () => {
			for (const type of WAKE_EVENTS) svg.removeEventListener(type, wake);
			this.gestures?.detach();
			this.gestures = null;
			this.svg = null;
			this.live = false;
		};
	}

	private load(): Promise<Gestures | null> {
		this.loading ??= import('./map-gestures').then(({ attachGestures }) => {
			if (!this.svg) return null;
			this.gestures = attachGestures(this.svg, this.scale, this.view, (view, gesture) => {
				if (gesture) this.gestured = true;
				this.view = view;
			});
			this.live = true;
			return this.gestures;
		}, () => {
			// Offline for a moment: the next reach for the map tries again.
			this.loading = null;
			return null;
		});
		return this.loading;
	}

	by(factor: number): void {
		void this.load().then((g) => g?.by(factor));
	}

	show(view: ZoomView): void {
		if (this.gestures) this.gestures.show(view);
		else this.view = view;
	}

	/** Pans (keeping the scale) so the map point (x, y) is in the middle. */
	centreOn(x: number, y: number): void {
		void this.load().then((g) => g?.centreOn(x, y));
	}
}
