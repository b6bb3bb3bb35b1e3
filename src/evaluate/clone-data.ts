/**
 * Deep-copies arrays and plain objects (other values are shared). Engines take private copies of
 * condition trees: json-rules-engine mutates the trees it is given (it rewrites leaf `priority`
 * with `parseInt`) and compares facts with per-run clones of literal values, so a literal object
 * is never identical (`===`) to a fact value. A private copy keeps both properties.
 */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    // for…in keeps holes as holes, like the `clone` package json-rules-engine uses.
    for (const key in value) {
      (out as unknown as Record<string, unknown>)[key] = cloneData(
        (value as unknown as Record<string, unknown>)[key],
      );
    }
    return out as T;
  }
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (key === '__proto__') {
          Object.defineProperty(out, key, {
            value: cloneData(v),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          out[key] = cloneData(v);
        }
      }
      return out as T;
    }
    if (value instanceof Date) return new Date(value.getTime()) as T;
  }
  return value;
}
