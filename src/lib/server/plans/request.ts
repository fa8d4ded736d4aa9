import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { getApp } from '../app';
import { requireAccount } from '../auth/guards';
import type { Account } from '../auth/roles';
import { ApiError, readJson } from '../http/api';
import { planDeps, type PlanDeps } from './deps';

/** The signed-in account (or a refusal) and what the plan rules need; the first line of every plan load, action and endpoint. */
export async function planRequest(event: RequestEvent): Promise<{ account: Account; deps: PlanDeps }> {
	const account = requireAccount(event);
	return { account, deps: planDeps(await getApp()) };
}

/** A JSON request body checked with a zod schema; 400 naming the first bad field. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
	const parsed = schema.safeParse(await readJson(request));
	if (parsed.success) return parsed.data;
	const issues = parsed.error.issues.map((i) => ({
		field: i.code === 'unrecognized_keys' ? (i as { keys: string[] }).keys[0]! : i.path.map(String).join('.') || 'body',
		message: i.code === 'unrecognized_keys' ? 'is not a known field' : i.message
	}));
	throw new ApiError(400, 'invalid', `${issues[0]!.field}: ${issues[0]!.message}`, issues[0]!.field, issues);
}
