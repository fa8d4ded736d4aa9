import type { ClientInit } from '@sveltejs/kit';
import { loadMessages } from '$lib/i18n';
import { isLocale } from '$lib/i18n/locale';

/** The messages of the page's language, before the page hydrates (the server wrote it into <html lang>). */
export const init: ClientInit = async () => {
	const lang = document.documentElement.lang;
	await loadMessages(isLocale(lang) ? lang : 'nl');
};
