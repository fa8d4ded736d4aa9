import { z } from 'zod';

const Env = z
	.object({
		GRAPH_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
		DATABASE_PATH: z.string().min(1).default('data/vakmetro.db'),
		SEED_DIR: z.string().min(1).default('graph-seed'),
		NEO4J_URI: z
			.string()
			.regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must look like neo4j://host:7687 or bolt://host:7687')
			.optional(),
		NEO4J_USERNAME: z.string().min(1).default('neo4j'),
		NEO4J_PASSWORD: z.string().min(1).optional(),
		NEO4J_DATABASE: z.string().min(1).default('neo4j'),
		/** Skill overlap (Jaccard, 0-1] from which two stations without a common line get a bridge. */
		BRIDGE_THRESHOLD: z.coerce.number().gt(0).max(1).optional(),
		/** Seconds between network-version checks against a shared store (Neo4j). */
		NETWORK_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(2)
	})
	.superRefine((env, ctx) => {
		if (env.GRAPH_STORE !== 'neo4j') return;
		if (!env.NEO4J_URI) ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when GRAPH_STORE=neo4j' });
		if (!env.NEO4J_PASSWORD)
			ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when GRAPH_STORE=neo4j' });
	});

export type Config = z.infer<typeof Env>;

/** A setting that stops start-up; its message is the one line an operator sees. */
export class ConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConfigError';
	}
}

export function parseConfig(env: Record<string, string | undefined>): Config {
	// Empty variables count as unset, as in most deployment tools.
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const parsed = Env.safeParse(cleaned);
	if (parsed.success) return parsed.data;
	const first = parsed.error.issues[0]!;
	const name = first.path.join('.');
	const value = name in cleaned ? ` (got '${cleaned[name]}')` : '';
	throw new ConfigError(`config: ${name} ${first.message}${value}`);
}

let fromProcess: Config | undefined;

/** The configuration of this process, parsed once from its environment. */
export function processConfig(): Config {
	fromProcess ??= parseConfig(process.env);
	return fromProcess;
}
