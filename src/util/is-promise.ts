/**
 * Whether an engine handed back a promise (the reference engine) rather than a value (the compiled
 * one): synchronous results stay synchronous, with no `await` per evaluation.
 */
export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
