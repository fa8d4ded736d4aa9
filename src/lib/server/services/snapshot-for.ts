import { z } from 'zod';
import { Id } from '$lib/schemas/common';
import { DEFAULT_NETWORK, getApp } from '../app';
import type { Snapshot } from './snapshot';

/** Query fields every network read accepts. */
export const NetworkQuery = z.object({ network: Id.optional() });

export async function snapshotFor(network: string | undefined): Promise<Snapshot> {
	const app = await getApp();
	return app.snapshots.get(network ?? DEFAULT_NETWORK);
}
