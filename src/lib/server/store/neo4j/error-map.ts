import { Neo4jError } from 'neo4j-driver';
import { ConflictError, StoreError, UnavailableError } from '../errors';

/**
 * Neo4j failures in the words an operator or user can act on. Domain errors raised inside a
 * transaction pass through untouched; anything unexpected is rethrown as is, so a bug keeps
 * its stack.
 */

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';
const RATE_LIMITED = 'Neo.ClientError.Security.AuthenticationRateLimit';
const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The first line of a driver message, trimmed: operators see one line, not a wall of text. */
export function firstLine(message: string, max = 240): string {
	const line = (message.split('\n').find((l) => l.trim() !== '') ?? '').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A URI without user info, so a password typed into it never reaches a log line. */
export function safeUri(uri: string): string {
	return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, '$1');
}

/**
 * The useful part of a connection failure. The driver wraps the socket error in advice
 * ("Please ensure that your database is listening ...") and, for neo4j:// URIs, in a routing
 * error; the "Caused by: connect ECONNREFUSED ..." at the bottom is what an operator needs.
 */
export function connectReason(error: Neo4jError): string {
	const messages: string[] = [];
	for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) messages.push(e.message);
	for (const message of messages.reverse()) {
		const cause = /Caused by: (.+)$/m.exec(message);
		if (cause) return firstLine(cause[1]!);
	}
	return firstLine(error.message);
}

export interface ConnectTarget {
	uri: string;
	username: string;
	database: string;
}

/** One line for a failed start: unreachable server, wrong credentials, unknown database. */
export function describeConnectError(error: unknown, target: ConnectTarget): string {
	const uri = safeUri(target.uri);
	if (error instanceof Neo4jError) {
		const detail = firstLine(error.message);
		if (error.code === UNAUTHORIZED) return `neo4j: authentication failed for user '${target.username}' at ${uri} (check NEO4J_USERNAME and NEO4J_PASSWORD)`;
		if (error.code === RATE_LIMITED)
			return `neo4j: too many failed logins for user '${target.username}' at ${uri}; wait a moment and check NEO4J_PASSWORD`;
		if (error.code === DATABASE_NOT_FOUND) return `neo4j: database '${target.database}' does not exist at ${uri} (check NEO4J_DATABASE)`;
		if (UNAVAILABLE_CODES.has(error.code)) return `neo4j: cannot reach ${uri} (${error.code}: ${connectReason(error)})`;
		return `neo4j: cannot open ${uri} (${error.code || 'error'}: ${detail})`;
	}
	const message = error instanceof Error ? error.message : String(error);
	return `neo4j: cannot open ${uri} (${firstLine(message)})`;
}

/**
 * Maps an error from a store operation to the domain errors every adapter raises. `conflict`,
 * when given, is the message for a uniqueness violation the caller can name exactly.
 */
export function mapNeo4jError(error: unknown, target: ConnectTarget, conflict?: string): unknown {
	if (error instanceof StoreError || !(error instanceof Neo4jError)) return error;
	if (error.code === CONSTRAINT_FAILED)
		return new ConflictError(conflict ?? `neo4j: an item with the same id was saved meanwhile (${firstLine(error.message)}); reload and try again`);
	if (
		error.code === UNAUTHORIZED ||
		error.code === RATE_LIMITED ||
		error.code === DATABASE_NOT_FOUND ||
		UNAVAILABLE_CODES.has(error.code) ||
		error.code.startsWith('Neo.ClientError.Security.')
	)
		return new UnavailableError(describeConnectError(error, target));
	return error;
}
