/**
 * A local map draws a bridge (a walk between two jobs that share no line) as a two-stop line of
 * its own, so the layout engine places it like any hop and a route can ride it as a leg. Its id
 * says what it is; it is drawn dashed and grey, never counts towards an interchange, and the
 * legend names it once.
 */
const PREFIX = 'bridge:';

export const BRIDGE_COLOUR = '#6b7280';

export function bridgeLineId(a: string, b: string): string {
	return a < b ? `${PREFIX}${a}:${b}` : `${PREFIX}${b}:${a}`;
}

export function isBridgeLine(id: string): boolean {
	return id.startsWith(PREFIX);
}
