// First-load weight of a page as a browser sees it: every script the page loads until the
// network is idle (entry, imports, modulepreloads, lazy chunks), summed as gzip bytes, on an
// empty cache. Uses the same Chromium and launch flags as the end-to-end tests.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import config from '../../playwright.config';

export interface BrowserWeight {
	scripts: number;
	/** Sum of the scripts' sizes, uncompressed. */
	jsRaw: number;
	/** Sum of the scripts' sizes gzip-compressed (level 9, as the build precompresses them). */
	jsGzip: number;
	/** The document's HTML, raw and gzip. */
	htmlRaw: number;
	htmlGzip: number;
	/** Every script with its gzip size, largest first. */
	files: { url: string; gzip: number }[];
}

export const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch(config.use?.launchOptions);
}

export async function browserWeight(browser: Browser, url: string): Promise<BrowserWeight> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
		page.on('response', (res) => {
			const type = res.request().resourceType();
			const isScript = type === 'script' || /javascript/.test(res.headers()['content-type'] ?? '') || /\.m?js(\?|$)/.test(res.url());
			if (isScript) bodies.push(res.body().then((body) => ({ url: new URL(res.url()).pathname, body }), () => null));
		});
		const doc = await page.goto(url, { waitUntil: 'networkidle' });
		if (!doc || !doc.ok()) throw new Error(`browser: ${url} answered ${doc?.status()}`);
		const html = await doc.body();
		const scripts = (await Promise.all(bodies)).filter((b) => b !== null).map((s) => ({ ...s, gzip: gzipBytes(s.body) }));
		return {
			scripts: scripts.length,
			jsRaw: scripts.reduce((n, s) => n + s.body.length, 0),
			jsGzip: scripts.reduce((n, s) => n + s.gzip, 0),
			htmlRaw: html.length,
			htmlGzip: gzipBytes(html),
			files: scripts.map((s) => ({ url: s.url, gzip: s.gzip })).sort((a, b) => b.gzip - a.gzip)
		};
	} finally {
		await context.close();
	}
}
