/** `{ './en/map.json': {...} }` → `{ map: {...} }`: message files keyed by their feature. */
export function byFeature(files: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
	return Object.fromEntries(Object.entries(files).map(([path, table]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), table]));
}
