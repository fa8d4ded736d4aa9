import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * A component rendered to HTML on its own, for a shared fragment. Svelte's hydration comments
 * around the root are dropped: the fragment is never hydrated, and the {@html} block that
 * holds it in the page ends at the first empty comment beside it.
 */
export function renderFragment<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, idPrefix: string): string {
	const { body } = render(component, { props, idPrefix });
	return body.replace(/^(?:\s*<!--[^>]*-->)+|(?:<!--[^>]*-->\s*)+$/g, '').trim();
}
