import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The form-post origin check (CSRF) is on, but done by src/lib/server/http/origin-check.ts
		// (a hook) so that a refused post explains itself in the reader's language; '*' only turns
		// off SvelteKit's own copy of the same check, which answers with a bare English line.
		csrf: { trustedOrigins: ['*'] },
		// Content-Security-Policy on every page. 'hash' names SvelteKit's own inline scripts by their
		// SHA-256, so no script runs unless it is a file of this site or exactly that script. Unlike
		// a nonce, the hash is the same for the same HTML, so a page kept for readers without a
		// session (src/lib/server/http/page-cache.ts) stays valid when answered again. Style
		// *attributes* are allowed ('unsafe-inline' in style-src-attr only): Svelte renders
		// style:background={line.colour} as one, app.html has one, and the map export copies
		// computed styles into them. <style> elements stay limited to this site's files.
		// data: images: the PNG export draws the map's SVG from a data: URL.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
