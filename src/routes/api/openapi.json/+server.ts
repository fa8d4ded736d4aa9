import { json } from '@sveltejs/kit';
import { answer, api } from '$lib/server/http/api';
import { OpenApiDocument } from '$lib/server/openapi/document-schema';
import { openApiDocument } from '$lib/server/openapi/document';
import type { RequestHandler } from './$types';

/** Made once per process: it follows from the code alone, the same for every reader. */
let document: OpenApiDocument | undefined;

/** The OpenAPI 3.1 description of the JSON API, made from the endpoints' own zod schemas. */
export const GET: RequestHandler = api(async () => {
	document ??= openApiDocument();
	return json(answer(OpenApiDocument, document), { headers: { 'cache-control': 'public, max-age=3600' } });
});
