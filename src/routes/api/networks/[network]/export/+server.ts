import { Id } from '$lib/schemas/common';
import { ApiError, api } from '$lib/server/http/api';
import { visibleContent } from '$lib/server/services/network-edit';
import { editing } from '$lib/server/services/network-edit/request';
import { seedBundle } from '$lib/server/services/seed-files';
import type { RequestHandler } from './$types';

/**
 * The whole network as one graph-seed bundle (YAML: `network` plus one list per kind), as a
 * download. Each person gets the network as they may see it: closed modules of organisations
 * they are not in are left out (administrators get everything). `npm run export` writes the
 * same content as a directory of seed files.
 */
export const GET: RequestHandler = api(async (event) => {
	const network = Id.safeParse(event.params.network);
	if (!network.success) throw new ApiError(404, 'not-found', `'${event.params.network}' is not a network id`, 'network');
	const { editor, snap } = await editing(event, network.data);
	const text = seedBundle(snap.meta, snap.version, visibleContent(editor, snap.content));
	return new Response(text, {
		headers: {
			'Content-Type': 'application/yaml; charset=utf-8',
			'Content-Disposition': `attachment; filename="vakmetro-${snap.meta.id}-v${snap.version}.yaml"`,
			'Cache-Control': 'no-store'
		}
	});
});
