import { ENTITY_NOUN, ENTITY_SCHEMAS, checkReferences, type EntityKind, type EntityOf, type NetworkContent } from '$lib/schemas';
import { issuesFromZod, type ValidationIssue } from '$lib/schemas/issues';
import { ValidationError } from '../../store/errors';

function invalid(kind: EntityKind, id: unknown, issues: ValidationIssue[]): ValidationError {
	const name = typeof id === 'string' && id ? `${ENTITY_NOUN[kind]} '${id}'` : `the ${ENTITY_NOUN[kind]}`;
	const first = issues[0]!;
	return new ValidationError(`${name}: ${first.field || 'item'}: ${first.message}`, issues);
}

/** The item as its zod schema reads it (defaults filled in), or a ValidationError naming every bad field. */
export function parseItem<K extends EntityKind>(kind: K, raw: unknown): EntityOf<K> {
	const parsed = ENTITY_SCHEMAS[kind].safeParse(raw);
	if (!parsed.success) throw invalid(kind, (raw as { id?: unknown } | null)?.id, issuesFromZod(parsed.error));
	return parsed.data as EntityOf<K>;
}

/**
 * What a single item's schema cannot see: whether every id it points at exists. Checked on the
 * network as it would be after the write, so the same rules hold as for a whole seed import;
 * problems elsewhere in the network are not this edit's to report.
 */
export function checkItemReferences<K extends EntityKind>(content: NetworkContent, kind: K, item: EntityOf<K>): void {
	const others = (content[kind] as EntityOf<K>[]).filter((i) => i.id !== item.id);
	const probe = { ...content, [kind]: [...others, item] } as NetworkContent;
	const issues = checkReferences(probe)
		.filter((i) => i.kind === kind && i.id === item.id)
		.map((i) => ({ field: i.field, message: i.message }));
	if (issues.length > 0) throw invalid(kind, item.id, issues);
}

export function alreadyExists(kind: EntityKind, id: string): ValidationError {
	return invalid(kind, id, [{ field: 'id', message: `${ENTITY_NOUN[kind]} '${id}' already exists` }]);
}
