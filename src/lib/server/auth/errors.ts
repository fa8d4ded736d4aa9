import type { MessageKey } from '$lib/i18n';

/**
 * A request the rules refuse. 404 when the caller may not even know the thing exists (someone
 * else's plan), 403 when they may see it but not do this (an advisor marking modules done).
 * Routes turn it into their kind of answer with `deny`.
 */
export class AccessDenied extends Error {
	constructor(
		readonly status: 403 | 404,
		readonly reason: MessageKey,
		message: string
	) {
		super(message);
		this.name = 'AccessDenied';
	}
}
