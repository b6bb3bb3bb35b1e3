import { compareStrings } from './compare-strings.js';

/**
 * JSON with object keys sorted (plain code-unit order, locale-independent) at every depth; arrays
 * keep their order, which is semantic. Same value → same bytes. `undefined` members are dropped
 * and `toJSON()` is honoured, as `JSON.stringify` does.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value, new Set()), null, indent) ?? 'null';
}

/** The compact form of `stableStringify`: the input of every content hash (catalog, registry). */
export function canonicalJson(value: unknown): string {
  return stableStringify(value, 0);
}

function sortKeys(value: unknown, ancestors: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return sortKeys(withToJson.toJSON(), ancestors);
  if (ancestors.has(value)) throw new TypeError('stableStringify: the value contains a cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => sortKeys(item, ancestors));
    // No prototype: a `__proto__` key from parsed input stays an ordinary member.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort(compareStrings)) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      out[key] = sortKeys(member, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
