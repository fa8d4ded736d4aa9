import type { NetworkContent } from '$lib/schemas';
import type { Account } from '../../auth/roles';
import { viewerOf } from '../../auth/roles';
import type { Actor } from '../../store/types';
import { ANONYMOUS, type Viewer } from '../../viewer';

/**
 * Who is editing, in the terms the editing rules decide on. Built from an account and the
 * network it edits, because the regions a region editor answers for are a property of their
 * organisation in that network (organisation.region), not of the account.
 */
export interface Editor {
	actor: Actor;
	admin: boolean;
	/** Holds the region-editor role somewhere: may edit the shared catalogue (skills, modules, tracks...). */
	regionEditor: boolean;
	/** Regions mapped by the organisations this person is a region editor in. */
	regions: ReadonlySet<string>;
	/** Schools this person edits curricula for (organisations they hold the school role in). */
	schools: ReadonlySet<string>;
	/** Decides which closed modules they may see (and so edit). */
	viewer: Viewer;
}

export function editorOf(account: Account, content: Pick<NetworkContent, 'organisations'>): Editor {
	const regionOf = new Map(content.organisations.map((o) => [o.id, o.region]));
	const regions = new Set<string>();
	const schools = new Set<string>();
	for (const m of account.memberships) {
		if (m.role === 'region-editor') {
			const region = regionOf.get(m.organisation);
			if (region) regions.add(region);
		}
		if (m.role === 'school') schools.add(m.organisation);
	}
	return {
		actor: { userId: account.user.id, label: account.user.name },
		admin: account.user.admin,
		regionEditor: account.memberships.some((m) => m.role === 'region-editor'),
		regions,
		schools,
		viewer: viewerOf(account)
	};
}

/**
 * The operator at the command line (export, import:seed): whoever can run the CLI already
 * holds the database, so it edits as an administrator and sees every closed module.
 */
export function systemEditor(label: string): Editor {
	return {
		actor: { userId: null, label },
		admin: true,
		regionEditor: false,
		regions: new Set(),
		schools: new Set(),
		viewer: { ...ANONYMOUS, roles: ['admin'] }
	};
}

/** Does this person hold any role that edits the network? (Decides whether editor pages offer anything.) */
export function canEditAnything(editor: Editor): boolean {
	return editor.admin || editor.regionEditor || editor.schools.size > 0;
}
