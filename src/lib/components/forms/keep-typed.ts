import { browser } from '$app/environment';
import type { Attachment } from 'svelte/attachments';

/*
 * A field the reader types into, whose value the page sets, without erasing what they typed
 * before the page came alive: Svelte 5 writes `value={…}` once more at hydration, and a reader on
 * a slow phone types early (a search, a job title, an email address). Instead of `value`:
 *
 *   <input {...serverValue(text)} {@attach keepTyped(() => text)} />
 *
 * The server writes the text; in the browser the attachment keeps the field in step with it. The
 * attachment is its own effect, so it lives as long as the field: other attributes changing (an
 * error appearing) do not start it over.
 */

type Text = string | number | null | undefined;

const shown = (text: Text) => (text == null ? '' : String(text));

/** The value attribute, written by the server only. */
export const serverValue = (text: Text): { value?: string } => (browser ? {} : { value: shown(text) });

/**
 * Sets the field to `text()` whenever it changes, except at the first run when the reader has
 * already typed something else. The default value follows too, so a form reset returns to it.
 */
export function keepTyped(text: () => Text): Attachment<HTMLInputElement> {
	let alive = false;
	return (node) => {
		const value = shown(text());
		const typedEarly = !alive && node.value !== node.defaultValue;
		alive = true;
		if (typedEarly) return;
		node.defaultValue = value;
		node.value = value;
	};
}
