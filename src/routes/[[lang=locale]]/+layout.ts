import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** Moving to a page in the other language loads that language's messages first. */
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.locale);
	return data;
};
