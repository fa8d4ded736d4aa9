/**
 * Misuse of the planner (a query naming something that does not exist, or an option out of
 * range) throws; an honest "there is no such route" does not — that is a normal result.
 * The code lets the API layer map errors to HTTP statuses without parsing messages.
 */
export type RoutingErrorCode =
	| 'unknown-station'
	| 'unknown-line'
	| 'same-station'
	| 'invalid-option'
	| 'invalid-via'
	| 'invalid-network';

export class RoutingError extends Error {
	readonly code: RoutingErrorCode;
	/** The query field (or network item) at fault, e.g. `from`, `avoidLines[1]`, `k`. */
	readonly field: string;

	constructor(code: RoutingErrorCode, field: string, message: string) {
		super(`routing: ${message}`);
		this.name = 'RoutingError';
		this.code = code;
		this.field = field;
	}
}
