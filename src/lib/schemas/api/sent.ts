/**
 * What a response type looks like when built from the engine's and services' read-only data:
 * a value of an engine type checks against a zod output type through this.
 */
export type Sent<T> = T extends (infer U)[] ? readonly Sent<U>[] : T extends object ? { readonly [K in keyof T]: Sent<T[K]> } : T;
