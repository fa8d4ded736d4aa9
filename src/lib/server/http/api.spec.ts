import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, api, parseQuery, readJson } from './api';
import { NotFoundError } from '../store/errors';
import { HeavyPoolBusy } from '../heavy/pool';
import { fakeEvent } from '../auth/fake-event';

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
	it('refuses parameters named after a prototype instead of dropping them', () => {
		for (const name of ['__proto__', 'constructor', 'prototype'])
			expect(() => parseQuery(new URL(`http://x/?q=a&${name}=1`), Q), name).toThrow(`unknown parameter '${name}'`);
	});
});

describe('api wrapper', () => {
	it('maps domain errors to JSON with the right status', async () => {
		const handler = api(async () => {
			throw new NotFoundError("station 'x' does not exist");
		});
		const res = await handler(fakeEvent({ path: '/api/stations/x' }) as never);
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { status: 404, code: 'not-found', message: "station 'x' does not exist" } });
	});

	it('answers 503 when the heavy-task pool is full (a large map layout), so the client tries again', async () => {
		const handler = api(async () => {
			throw new HeavyPoolBusy(5);
		});
		const res = await handler(fakeEvent({ path: '/api/map' }) as never);
		expect(res.status).toBe(503);
		expect((await res.json()).error).toMatchObject({ status: 503, code: 'busy' });
	});
});

describe('readJson', () => {
	const body = (text: string) => new Request('http://x/', { method: 'PUT', body: text, headers: { 'content-type': 'application/json' } });
	const refusal = async (text: string) => {
		try {
			await readJson(body(text));
		} catch (e) {
			return e as ApiError;
		}
		return null;
	};

	it('reads a JSON body', async () => {
		expect(await readJson(body('{"revision":0,"item":{"id":"x","label":{"nl":"a","en":"b"}}}'))).toEqual({ revision: 0, item: { id: 'x', label: { nl: 'a', en: 'b' } } });
	});
	it('refuses a key that reaches a prototype, anywhere in the body, naming it', async () => {
		for (const text of ['{"__proto__":{"polluted":1}}', '{"item":{"constructor":{"prototype":{"x":1}}}}', '[{"a":{"prototype":1}}]']) {
			const e = await refusal(text);
			expect(e, text).toBeInstanceOf(ApiError);
			expect(e!.status).toBe(400);
			expect(e!.message).toMatch(/'(__proto__|constructor|prototype)' is not allowed/);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('says when the body is not JSON', async () => {
		expect(await refusal('{"a":')).toMatchObject({ status: 400, field: 'body', message: 'the body is not JSON' });
	});
});
