import type { Locale } from '$lib/schemas/common';
import { loadFeatureMessages, type LazyFeature } from './index';

/**
 * A layout load that brings lazily loaded features' messages before its pages render (in the
 * browser; the server holds them all). Used as `export const load: LayoutLoad = withMessages('editor')`.
 */
export function withMessages(...features: LazyFeature[]) {
	return async ({ parent }: { parent: () => Promise<{ locale: Locale }> }): Promise<void> => {
		const { locale } = await parent();
		await Promise.all(features.map((feature) => loadFeatureMessages(locale, feature)));
	};
}
