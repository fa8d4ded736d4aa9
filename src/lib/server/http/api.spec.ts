import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, api, parseQuery } from './api';
import { NotFoundError } from '../store/errors';

const Q = z.object({ q: z.string().min(1), k: z.coerce.number().int().min(1).max(20).default(5), avoid: z.array(z.string()).default([]) }).strict();

describe('parseQuery', () => {
	it('parses, coerces and applies defaults', () => {
		expect(parseQuery(new URL('http://x/?q=las&avoid=a,b&avoid=c'), Q, ['avoid'])).toEqual({ q: 'las', k: 5, avoid: ['a', 'b', 'c'] });
	});
	it('names the offending parameter', () => {
		const err = (() => {
			try {
				parseQuery(new URL('http://x/?q=las&k=99'), Q);
			} catch (e) {
				return e as ApiError;
			}
		})();
		expect(err).toBeInstanceOf(ApiError);
		expect(err!.status).toBe(400);
		expect(err!.field).toBe('k');
	});
	it('refuses unknown parameters by name', () => {
		expect(() => parseQuery(new URL('http://x/?q=a&kk=1'), Q)).toThrow("unknown parameter 'kk'");
	});
});

describe('api wrapper', () => {
	it('maps domain errors to JSON with the right status', async () => {
		const handler = api(async () => {
			throw new NotFoundError("station 'x' does not exist");
		});
		const res = await handler({} as never);
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { status: 404, code: 'not-found', message: "station 'x' does not exist" } });
	});
});
