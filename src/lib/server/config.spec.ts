import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('config', () => {
	it('defaults to the embedded store with a file under data/', () => {
		const c = parseConfig({});
		expect(c.GRAPH_STORE).toBe('embedded');
		expect(c.DATABASE_PATH).toBe('data/vakmetro.db');
	});
	it('stops with one line naming the setting and the value', () => {
		expect(() => parseConfig({ GRAPH_STORE: 'postgres' })).toThrow(ConfigError);
		expect(() => parseConfig({ GRAPH_STORE: 'postgres' })).toThrow(/GRAPH_STORE.*'postgres'/);
	});
	it('needs the Neo4j address and password when the Neo4j store is chosen', () => {
		expect(() => parseConfig({ GRAPH_STORE: 'neo4j' })).toThrow(/NEO4J_URI is required/);
		expect(() => parseConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/);
		const c = parseConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'neo4j://localhost:7687', NEO4J_PASSWORD: 'pw' });
		expect(c.NEO4J_DATABASE).toBe('neo4j');
	});
	it('treats empty variables as unset', () => {
		expect(parseConfig({ GRAPH_STORE: '', DATABASE_PATH: '' }).DATABASE_PATH).toBe('data/vakmetro.db');
	});
});
