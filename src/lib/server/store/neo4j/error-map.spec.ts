import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config';
import { ConflictError, NotFoundError, UnavailableError } from '../errors';
import { openDriverCount } from './driver';
import { describeConnectError, mapNeo4jError, safeUri } from './error-map';
import { openNeo4jStore } from './index';

const target = { uri: 'neo4j://db.example:7687', username: 'neo4j', database: 'neo4j' };
const neoError = (code: string, message: string, cause?: Error) =>
	new Neo4jError(message, code as never, '50N42', 'error: general processing exception', undefined, cause);

describe('neo4j errors in the words of the domain', () => {
	it('names the user for wrong credentials, without the password', () => {
		const e = neoError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.');
		expect(describeConnectError(e, target)).toBe(
			"neo4j: authentication failed for user 'neo4j' at neo4j://db.example:7687 (check NEO4J_USERNAME and NEO4J_PASSWORD)"
		);
	});

	it('names the database when it does not exist', () => {
		const e = neoError('Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist. Database name: vakmetro.');
		expect(describeConnectError(e, { ...target, database: 'vakmetro' })).toBe(
			"neo4j: database 'vakmetro' does not exist at neo4j://db.example:7687 (check NEO4J_DATABASE)"
		);
	});

	it('digs the socket error out of the driver advice for an unreachable server', () => {
		const inner = neoError('SessionExpired', 'Failed to connect to server. Please ensure ...\nCaused by: connect ECONNREFUSED 10.0.0.1:7687');
		const e = neoError('ServiceUnavailable', 'Could not perform discovery. No routing servers available.', inner);
		expect(describeConnectError(e, target)).toBe('neo4j: cannot reach neo4j://db.example:7687 (ServiceUnavailable: connect ECONNREFUSED 10.0.0.1:7687)');
	});

	it('keeps messages to one line and URIs free of user info', () => {
		expect(describeConnectError(new Error('bad\nthings'), { ...target, uri: 'bolt://me:secret@h:7687' })).toBe('neo4j: cannot open bolt://h:7687 (bad)');
		expect(safeUri('neo4j+s://a:b@x.databases.neo4j.io')).toBe('neo4j+s://x.databases.neo4j.io');
	});

	it('maps constraint violations to ConflictError and lost servers to UnavailableError', () => {
		const conflict = mapNeo4jError(
			neoError('Neo.ClientError.Schema.ConstraintValidationFailed', "Node(12) already exists with label `Skill` and properties `network` = 'n', `id` = 'x'"),
			target
		);
		expect(conflict).toBeInstanceOf(ConflictError);
		expect((conflict as Error).message).toMatch(/same id was saved meanwhile \(Node\(12\) already exists with label `Skill`/);
		expect(mapNeo4jError(neoError('ServiceUnavailable', 'gone'), target)).toBeInstanceOf(UnavailableError);
		expect(mapNeo4jError(neoError('Neo.ClientError.Security.Forbidden', 'no'), target)).toBeInstanceOf(UnavailableError);
	});

	it('passes domain errors and unexpected errors through unchanged', () => {
		const domain = new NotFoundError('x');
		expect(mapNeo4jError(domain, target)).toBe(domain);
		const syntax = neoError('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
		expect(mapNeo4jError(syntax, target)).toBe(syntax);
		const bug = new TypeError('oops');
		expect(mapNeo4jError(bug, target)).toBe(bug);
	});
});

describe('opening the neo4j store without a server', () => {
	// Port 1 on loopback refuses at once: this is the real driver failing, no server needed.
	const config = (uri: string) => parseConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });

	it.each(['neo4j://127.0.0.1:1', 'bolt://127.0.0.1:1'])('stops with one clear line for %s and leaves no driver open', async (uri) => {
		const error = await openNeo4jStore(config(uri)).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(UnavailableError);
		expect((error as Error).message).toBe(`neo4j: cannot reach ${uri} (ServiceUnavailable: connect ECONNREFUSED 127.0.0.1:1)`);
		expect((error as Error).message).not.toContain('\n');
		expect(openDriverCount()).toBe(0);
	});
});
