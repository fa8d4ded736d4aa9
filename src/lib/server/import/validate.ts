import { ENTITY_KINDS, ENTITY_SCHEMAS, ENTITY_NOUN, NetworkMeta, checkReferences, type NetworkContent } from '$lib/schemas';
import { ImportError } from './errors';

const MAX_LISTED_ISSUES = 25;

/**
 * Parses every item with its zod schema (which also fills defaults) and checks references across
 * the network. Throws one ImportError listing the problems; nothing is written by the caller then.
 */
export function validateNetwork(meta: NetworkMeta, content: NetworkContent): { meta: NetworkMeta; content: NetworkContent } {
	const issues: string[] = [];
	const metaResult = NetworkMeta.safeParse(meta);
	if (!metaResult.success) for (const i of metaResult.error.issues) issues.push(`network meta: ${i.path.join('.')}: ${i.message}`);
	const parsed = {} as Record<string, unknown[]>;
	for (const kind of ENTITY_KINDS) {
		const schema = ENTITY_SCHEMAS[kind];
		parsed[kind] = content[kind].map((item: { id: string }) => {
			const r = schema.safeParse(item);
			if (r.success) return r.data;
			for (const i of r.error.issues) issues.push(`${ENTITY_NOUN[kind]} '${item.id}': ${i.path.join('.') || '(item)'}: ${i.message}`);
			return item;
		});
	}
	const valid = parsed as unknown as NetworkContent;
	if (issues.length === 0) for (const i of checkReferences(valid)) issues.push(`${ENTITY_NOUN[i.kind]} '${i.id}': ${i.field}: ${i.message}`);
	if (issues.length > 0)
		throw new ImportError(`import: ${issues.length} validation problem(s), nothing was written`, issues.slice(0, MAX_LISTED_ISSUES));
	return { meta: metaResult.data!, content: valid };
}
