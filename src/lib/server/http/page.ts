import { error } from '@sveltejs/kit';
import type { z } from 'zod';
import { getRequestEvent } from '$app/server';
import { Id } from '$lib/schemas/common';
import { translate, type MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/schemas/common';
import { HeavyPoolBusy } from '../heavy/pool';
import { NotFoundError } from '../store/errors';
import { parseQuery } from './api';
import type { Snapshot } from '../services/snapshot';
import { snapshotFor } from '../services/snapshot-for';

export const NETWORK_COOKIE = 'network';

/**
 * The network a page shows: `?network=` when given (400/404 in the reader's language when it is
 * wrong), else the one the reader chose before (cookie), else the default. A remembered network
 * that has since gone falls back to the default instead of breaking every page.
 */
export async function pageSnapshot(url: URL, locale: Locale): Promise<Snapshot> {
	const asked = url.searchParams.get('network') ?? undefined;
	if (asked !== undefined && !Id.safeParse(asked).success) error(400, translate(locale, 'common.badNetwork', { network: asked }));
	const remembered = asked === undefined ? chosenNetwork() : undefined;
	try {
		return await snapshotFor(asked ?? remembered);
	} catch (e) {
		if (!(e instanceof NotFoundError)) throw e;
		if (remembered !== undefined) return snapshotFor(undefined);
		error(404, translate(locale, 'common.unknownNetwork', { network: asked ?? '' }));
	}
}

function chosenNetwork(): string | undefined {
	const value = getRequestEvent().cookies.get(NETWORK_COOKIE);
	return value !== undefined && Id.safeParse(value).success ? value : undefined;
}

/** Awaits a map (laid out in the heavy-task pool for a large network) and turns a full pool into a translated 503 page. */
export async function mapOrBusy<T>(locale: Locale, map: Promise<T>): Promise<T> {
	try {
		return await map;
	} catch (e) {
		if (e instanceof HeavyPoolBusy) error(503, translate(locale, 'common.mapBusy'));
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

/**
 * The page's URL with only the parameters `schema` knows. Links to pages travel through mail,
 * chat and ad platforms that add their own (utm_*, fbclid, gclid, ...); a page ignores them, so
 * a shared link keeps working and the links a page builds do not carry them on. The JSON API
 * refuses unknown parameters instead (parseQuery), so a typo in an option is reported there.
 */
export function knownParams(url: URL, schema: z.ZodObject): URL {
	const known = new Set(Object.keys(schema.shape));
	const kept = new URL(url);
	for (const key of new Set(url.searchParams.keys())) if (!known.has(key)) kept.searchParams.delete(key);
	return kept;
}

/** parseQuery for pages: unknown parameters are ignored (see knownParams); bad values of known ones still fail, naming the field. */
export function parsePageQuery<S extends z.ZodObject>(url: URL, schema: S, arrays: readonly string[] = []): z.infer<S> {
	return parseQuery(knownParams(url, schema), schema, arrays);
}
