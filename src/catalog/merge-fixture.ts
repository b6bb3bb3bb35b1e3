/**
 * Deep merge used by rule fixtures (`rules/**\/*.test.yaml`): a case's partial input is merged onto
 * the base school. Objects merge key by key; `null` deletes a key; arrays of records keyed by `id`
 * (or `personId`) merge record by record, a record `{ id, $remove: true }` drops one and unknown
 * ids are appended; any other array replaces the base array.
 */
export function mergeFixture(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return clone(base);
  if (patch === null) return undefined;
  if (Array.isArray(patch)) {
    if (Array.isArray(base) && patch.length > 0 && patch.every(isKeyed)) return mergeKeyed(base, patch);
    return patch.filter((p) => !(isKeyed(p) && p.$remove === true)).map((p) => mergeFixture(undefined, p));
  }
  if (isPlainObject(patch)) {
    const out: Record<string, unknown> = isPlainObject(base) ? (clone(base) as Record<string, unknown>) : {};
    for (const [key, value] of Object.entries(patch)) {
      if (key === '$remove') continue;
      const merged = mergeFixture(out[key], value);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    }
    return out;
  }
  return patch;
}

function keyOf(record: Record<string, unknown>): string | undefined {
  const key = record.id ?? record.personId;
  return typeof key === 'string' ? key : undefined;
}

function isKeyed(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && keyOf(value) !== undefined;
}

function mergeKeyed(base: unknown[], patch: Record<string, unknown>[]): unknown[] {
  const out = base.map((b) => clone(b));
  for (const p of patch) {
    const key = keyOf(p);
    const at = out.findIndex((b) => isPlainObject(b) && keyOf(b) === key);
    if (p.$remove === true) {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) {
      out[at] = mergeFixture(out[at], p);
    } else {
      out.push(mergeFixture(undefined, p));
    }
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clone(v);
    return out;
  }
  return value;
}
