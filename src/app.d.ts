import type { Locale } from '$lib/schemas/common';
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
		}
	}
}

export {};
