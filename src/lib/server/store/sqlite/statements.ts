import type Database from 'better-sqlite3';

/**
 * Prepared statements kept per database for the queries every request runs (the network's
 * version, the list of networks, a session, the health check): preparing one costs more than
 * running it. Only for constant SQL text: a key per distinct text, never per value.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
	const prepared = new Map<string, Database.Statement>();
	return (sql) => {
		let statement = prepared.get(sql);
		if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
		return statement;
	};
}
