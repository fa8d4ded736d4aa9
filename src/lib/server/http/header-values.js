// Security headers, in plain JavaScript so that the app's hook (src/hooks.server.ts) and the
// server entry (scripts/serve.js, which also answers for static files the hook never sees)
// share one list. Pages get their Content-Security-Policy from SvelteKit (kit.csp in
// svelte.config.js), which adds nonces for its own inline scripts.

/** Headers on every answer: pages, API, files and errors. */
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	// The app uses none of these; nothing it embeds may ask for them either.
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
});

/**
 * The policy for answers that are not pages SvelteKit renders (JSON, CSV, YAML, files, the
 * refusal page): nothing in them may load or run anything, and nobody may frame them.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** For answers to a signed-in reader, or that set the session cookie: never kept by a browser or a proxy. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
