/**
 * Keys a person chooses (form field names, query parameters, JSON and YAML keys) become
 * property names somewhere. These three reach an object's prototype instead of the object
 * (`o.__proto__.x = 1` changes every object in the process), so no input may use them as a
 * key, and objects built from input keys have no prototype to reach.
 */
const RESERVED: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedKey(key: string): boolean {
	return RESERVED.has(key);
}

/** The first reserved segment of a path such as `requires.0.skill`, if any. */
export function reservedSegment(path: readonly string[]): string | undefined {
	return path.find(isReservedKey);
}

/** An empty object without a prototype, for keys taken from input. */
export function keyedByInput<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}
