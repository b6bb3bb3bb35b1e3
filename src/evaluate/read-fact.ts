import { compilePath } from './resolve-path.js';

export type Reader = (facts: any) => unknown;

const isEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * Whether `for…in` visits `key` on `obj`: json-rules-engine turns exactly the keys `for…in` visits
 * into facts (own or inherited, enumerable, not shadowed by a non-enumerable one).
 */
export function forInHas(obj: unknown, key: string): boolean {
  for (let o: unknown = obj; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d.enumerable === true;
  }
  return false;
}

/**
 * The value json-rules-engine's almanac gives for fact `name` (undefined when it is not a fact).
 * With `plain`, the getter may assume `facts` is a plain data object (prototype
 * `Object.prototype`, no non-enumerable own properties): then `facts[name]` is exactly what
 * `for…in` sees, except for names `Object.prototype` itself has (`toString`, `constructor`…).
 */
function factGetter(name: unknown, plain: boolean): Reader {
  // The almanac is a Map keyed by `for…in` keys, which are strings: a number never matches.
  if (typeof name !== 'string') return () => undefined;
  if (plain && !(name in Object.prototype)) return (facts) => facts[name];
  return (facts) => {
    const v = facts[name];
    if (v === undefined) return undefined;
    // Own enumerable is the common case; otherwise (inherited, non-enumerable, `toString` on a
    // plain object…) ask what `for…in` would have seen.
    if (isEnumerable.call(facts, name) || forInHas(facts, name)) return v;
    return undefined;
  };
}

export interface CompiledReader {
  read: Reader;
  /** True when reading cannot throw. */
  total: boolean;
}

/**
 * `almanac.factValue(fact, params, path)` for constant facts: params are ignored; a truthy `path`
 * is applied only when the value is a non-null object, otherwise the value itself is returned.
 */
export function compileFactReader(
  name: unknown,
  path: unknown,
  fastPaths = true,
  plain = false,
): CompiledReader {
  const get = factGetter(name, plain);
  if (!path) return { read: get, total: true };
  const { resolve, total } = compilePath(path, fastPaths);
  return {
    read: (facts) => {
      const v = get(facts);
      return v !== null && typeof v === 'object' ? resolve(v) : v;
    },
    total,
  };
}

/** `almanac.getValue(value)`: an object with an own `fact` property is a fact reference. */
export function isFactReference(value: unknown): value is { fact: unknown; path?: unknown } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}
