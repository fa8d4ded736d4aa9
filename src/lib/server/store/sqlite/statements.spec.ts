import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementCache } from './statements';

describe('statementCache', () => {
	it('prepares a text once and runs it with each call’s values', () => {
		const db = new Database(':memory:');
		db.exec("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2)");
		const hot = statementCache(db);
		const read = 'SELECT n FROM t WHERE id = ?';
		expect(hot(read)).toBe(hot(read));
		expect(hot(read).get('a')).toEqual({ n: 1 });
		expect(hot(read).get('b')).toEqual({ n: 2 });
		expect(hot('SELECT count(*) AS c FROM t')).not.toBe(hot(read));
		db.close();
	});
});
