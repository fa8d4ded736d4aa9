import type { EntityKind, Module, NetworkContent } from '$lib/schemas';
import { canSeeModule } from '../../viewer';
import type { Editor } from './editor';

/**
 * Closed modules reach only members of their organisation; administrators see all of them
 * because they answer for the whole network. A learning track that bundles a module someone
 * may not see is hidden from them as a whole: showing it would name the module, and letting
 * them save it would drop the module they cannot see.
 */
export function seesModule(editor: Editor, module: Pick<Module, 'visibility' | 'organisation'>): boolean {
	return editor.admin || canSeeModule(editor.viewer, module);
}

export interface HiddenItems {
	modules: ReadonlySet<string>;
	learningTracks: ReadonlySet<string>;
}

export function hiddenItems(editor: Editor, content: Pick<NetworkContent, 'modules' | 'learningTracks'>): HiddenItems {
	const modules = new Set(content.modules.filter((m) => !seesModule(editor, m)).map((m) => m.id));
	const learningTracks = new Set(content.learningTracks.filter((t) => t.modules.some((m) => modules.has(m))).map((t) => t.id));
	return { modules, learningTracks };
}

export function isHidden(hidden: HiddenItems, kind: EntityKind, id: string): boolean {
	return (kind === 'modules' && hidden.modules.has(id)) || (kind === 'learningTracks' && hidden.learningTracks.has(id));
}

/** The network as this person may see it: what exports to them and what their imports are compared with. */
export function visibleContent(editor: Editor, content: NetworkContent): NetworkContent {
	const hidden = hiddenItems(editor, content);
	return {
		...content,
		modules: content.modules.filter((m) => !hidden.modules.has(m.id)),
		learningTracks: content.learningTracks.filter((t) => !hidden.learningTracks.has(t.id))
	};
}

export interface UsedBy {
	items: { kind: EntityKind; id: string }[];
	/** Users this person may not see (closed modules of other organisations), counted, not named. */
	hidden: number;
}

export function redactUsers(hidden: HiddenItems, users: { kind: EntityKind; id: string }[]): UsedBy {
	const items = users.filter((u) => !isHidden(hidden, u.kind, u.id));
	return { items, hidden: users.length - items.length };
}
