import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/**
 * `expect(actual, message).toEqual(expected)`, with `expect` (its bookkeeping and its deep walk,
 * slow on large values and in hot loops) reached only when the two differ. `isDeepStrictEqual` is
 * stricter than `toEqual` (prototypes, holes, undefined members), so when it says equal `toEqual`
 * would pass; when it does not, `toEqual` decides and its failure message shows the difference.
 */
export function expectEqual<T>(actual: T, expected: T, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}
