import { withMessages } from '$lib/i18n/feature-load';
import type { LayoutLoad } from './$types';

/** The administration's messages (and the account's role names) come with this page only. */
export const load: LayoutLoad = withMessages('admin', 'account');
