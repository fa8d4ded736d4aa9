import type { Membership, User } from '$lib/schemas/account';
import type { Locale } from '$lib/schemas/common';
import type { StoredSession } from '$lib/server/store/user-types';
import type { Viewer } from '$lib/server/viewer';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			locale: Locale;
			viewer: Viewer;
			/** Set by the auth handle from the session cookie; null when signed out. */
			user: User | null;
			session: StoredSession | null;
			memberships: Membership[];
			/** Shared fragments this page shows, by marker; the response hook puts them in (see placePrerendered). */
			prerendered?: Map<string, string>;
		}
	}
}

export {};
