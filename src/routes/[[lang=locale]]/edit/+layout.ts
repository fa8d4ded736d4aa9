import { withMessages } from '$lib/i18n/feature-load';
import type { LayoutLoad } from './$types';

/** The editor's messages come with these pages only, not with every page's JavaScript. */
export const load: LayoutLoad = withMessages('editor');
