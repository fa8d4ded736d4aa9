/**
 * Whether a Host header names this machine: localhost, an address in 127.0.0.0/8 or [::1],
 * with or without a port. A browser sends such a Host only when the reader opened the app on
 * the machine it runs on, where plain http is what `npm start` serves.
 *
 * @param {string | undefined} host
 * @returns {boolean}
 */
export function isLoopbackHost(host) {
	if (!host) return false;
	const name = host.toLowerCase().replace(/:\d+$/, '');
	return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}
