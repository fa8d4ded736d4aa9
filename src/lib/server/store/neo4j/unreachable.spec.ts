import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The Neo4j contract suites against a server that is not there (port 1 refuses at once):
 * each file must fail once, with the connection error, and not add a second error from a
 * clean-up that closes a store that was never opened. Runs Vitest itself on those two files,
 * because what is judged is what a reader of the run sees.
 */
describe('Neo4j contract suites without a server', () => {
	it('fail once per file, with the connection error', () => {
		const files = ['src/lib/server/store/neo4j/graph-store.spec.ts', 'src/lib/server/store/neo4j/user-store.spec.ts'];
		const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
			encoding: 'utf8',
			env: { ...process.env, NEO4J_URI: 'neo4j://127.0.0.1:1', NEO4J_PASSWORD: 'unused', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
			timeout: 120_000
		});
		const output = run.stdout + run.stderr;
		expect(run.status, output).toBe(1);
		const failures = output.split('\n').filter((line) => line.startsWith(' FAIL '));
		expect(failures, output).toHaveLength(2);
		const errors = output.split('\n').filter((line) => /^\w*Error: /.test(line));
		expect(errors, output).toEqual([
			'UnavailableError: neo4j: cannot reach neo4j://127.0.0.1:1 (ServiceUnavailable: connect ECONNREFUSED 127.0.0.1:1)',
			'UnavailableError: neo4j: cannot reach neo4j://127.0.0.1:1 (ServiceUnavailable: connect ECONNREFUSED 127.0.0.1:1)'
		]);
	}, 300_000); // a second Vitest starts inside this one: slow on a busy machine, never timed
});
