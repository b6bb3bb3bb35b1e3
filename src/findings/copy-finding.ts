/**
 * `{ ...finding, ...changes }` without reading its fields: a lazily built field (a finding's
 * `evidence`, see audit/build-finding) is copied as the getter it is, not forced.
 */
export function copyFinding<T extends object>(finding: T, changes: Partial<T> & Record<string, unknown>): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(finding)) as T;
  return Object.assign(copy, changes);
}
