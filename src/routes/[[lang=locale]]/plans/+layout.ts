import { withMessages } from '$lib/i18n/feature-load';
import type { LayoutLoad } from './$types';

/** Saved plans' messages come with these pages only, not with every page's JavaScript. */
export const load: LayoutLoad = withMessages('plan');
