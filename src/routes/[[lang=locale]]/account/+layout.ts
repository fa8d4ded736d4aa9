import { withMessages } from '$lib/i18n/feature-load';
import type { LayoutLoad } from './$types';

/** The account's messages come with this page only, not with every page's JavaScript. */
export const load: LayoutLoad = withMessages('account');
