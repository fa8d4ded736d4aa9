// Serves the built app (`npm start`, `npm run serve`): adapter-node's request handler on Node's
// HTTP server, so that the README's start command works over plain http on this machine.
//
// Without ORIGIN, adapter-node takes every request to have come over https, so the form-post
// origin check refuses a browser on http://localhost:3000 (its Origin is http://...). When
// neither ORIGIN nor PROTOCOL_HEADER is set, a request whose Host names this machine (localhost,
// 127.x.x.x, [::1]) is taken as plain http; any other host keeps adapter-node's https default.
// The origin check itself stays on. Behind a proxy, set ORIGIN (see the README).
import { createServer } from 'node:http';
import process from 'node:process';
import { NON_PAGE_CSP, SECURITY_HEADERS } from '../src/lib/server/http/header-values.js';
import { isLoopbackHost } from './loopback.js';

const LOCAL_PROTOCOL = 'x-vakmetro-local-protocol';
const local = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (local) process.env.PROTOCOL_HEADER = LOCAL_PROTOCOL;

const { handler } = await import('../build/handler.js');

const server = createServer((req, res) => {
	// Static files are answered before the app's hooks run; these give them the same headers.
	// What the app answers sets its own (a page's policy replaces this one).
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	res.setHeader('content-security-policy', NON_PAGE_CSP);
	// Except on a 304 (not modified): SvelteKit answers a page's ETag with one that carries no
	// policy of its own, and the browser copies a 304's headers onto the page it stored (RFC 9111
	// 4.3.4), so this closed policy would replace the page's and the page would load no script or style.
	const writeHead = res.writeHead;
	res.writeHead = function (status, ...rest) {
		if (status === 304) res.removeHeader('content-security-policy');
		return writeHead.call(this, status, ...rest);
	};
	if (local) {
		// Only this server sets the header; a client's own copy is dropped.
		delete req.headers[LOCAL_PROTOCOL];
		if (isLoopbackHost(req.headers.host)) req.headers[LOCAL_PROTOCOL] = 'http';
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`Listening on http://${shown}:${port}${process.env.ORIGIN ? ` (public address ${process.env.ORIGIN})` : ''}`);
});

// Finish the requests in flight, then stop; give up on them after 30 seconds.
function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 30_000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
