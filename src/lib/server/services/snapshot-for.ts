import { DEFAULT_NETWORK, getApp } from '../app';
import type { Snapshot } from './snapshot';

export { NetworkQuery } from '$lib/schemas/queries';

export async function snapshotFor(network: string | undefined): Promise<Snapshot> {
	const app = await getApp();
	return app.snapshots.get(network ?? DEFAULT_NETWORK);
}
