import { z } from 'zod';

/** The outline of an OpenAPI 3.1 document: enough for the endpoint that serves one to state what it answers. */
export const OpenApiDocument = z.looseObject({
	openapi: z.string().regex(/^3\.1\.\d+$/),
	info: z.looseObject({ title: z.string(), version: z.string() }),
	paths: z.record(z.string().startsWith('/'), z.record(z.string(), z.unknown())),
	components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) })
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;
