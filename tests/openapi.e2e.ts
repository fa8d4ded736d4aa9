import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * GET /api/openapi.json from the running server: the document a school or region downloads,
 * cacheable, and the public reads it lists answering as it says (tests/openapi-routes.spec.ts
 * checks every endpoint, signed in and out, against it in depth).
 */

const READS: [string, string][] = [
	['/api/stations', '/api/stations'],
	['/api/stations/{id}', '/api/stations/hygienic-welder'],
	['/api/lines/{id}', '/api/lines/welding'],
	['/api/search', '/api/search?q=las'],
	['/api/routes', '/api/routes?from=welder&to=hygienic-fitter'],
	['/api/reach', '/api/reach?from=welder&months=24'],
	['/api/stations/{id}', '/api/stations/no-such-station']
];

test('the OpenAPI document is served, cacheable, and the public reads answer as it says', async ({ request }) => {
	const res = await request.get('/api/openapi.json');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('application/json');
	expect(res.headers()['cache-control']).toBe('public, max-age=3600');
	const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
	expect(doc.openapi).toBe('3.1.0');
	const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
	ajv.addSchema(doc, 'openapi.json');
	for (const [path, url] of READS) {
		const answer = await request.get(url);
		const pointer = ['paths', path, 'get', 'responses', String(answer.status()), 'content', 'application/json', 'schema'].map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
		const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
		expect(validate(await answer.json()), `${url} → ${answer.status()}: ${ajv.errorsText(validate.errors)}`).toBe(true);
	}
});
