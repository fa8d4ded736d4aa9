import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const app = await getApp();
	const health = await app.store.health();
	const networks = health.ok ? await app.store.listNetworks() : [];
	return json(
		{
			status: health.ok ? 'ok' : 'unavailable',
			store: health.store,
			detail: health.detail,
			networks: networks.map((n) => ({ id: n.id, version: n.version, updatedAt: n.updatedAt }))
		},
		{ status: health.ok ? 200 : 503 }
	);
};
