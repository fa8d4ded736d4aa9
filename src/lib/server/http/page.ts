import { error } from '@sveltejs/kit';
import { Id } from '$lib/schemas/common';
import { translate, type MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/schemas/common';
import { NotFoundError } from '../store/errors';
import type { Snapshot } from '../services/snapshot';
import { snapshotFor } from '../services/snapshot-for';

/** The snapshot of the network a page asks for (?network=…), with 400/404 in the reader's language. */
export async function pageSnapshot(url: URL, locale: Locale): Promise<Snapshot> {
	const raw = url.searchParams.get('network') ?? undefined;
	if (raw !== undefined && !Id.safeParse(raw).success) error(400, translate(locale, 'common.badNetwork', { network: raw }));
	try {
		return await snapshotFor(raw);
	} catch (e) {
		if (e instanceof NotFoundError) error(404, translate(locale, 'common.unknownNetwork', { network: raw ?? '' }));
		throw e;
	}
}

/** Runs a read and turns "does not exist" into a translated 404 page. */
export function orNotFound<T>(locale: Locale, key: MessageKey, id: string, read: () => T): T {
	try {
		return read();
	} catch (e) {
		if (e instanceof NotFoundError) error(404, translate(locale, key, { id }));
		throw e;
	}
}
