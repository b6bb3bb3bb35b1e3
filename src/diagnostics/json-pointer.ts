/** JSON Pointer (RFC 6901) helpers shared by loaders and validation. */

export function escapePointerSegment(segment: string | number): string {
  // Indexes and plain keys (nearly every segment) need no escaping: no regex pass over them.
  if (typeof segment === 'number') return String(segment);
  const text = String(segment);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  if (segments.length === 1) return `${base}/${escapePointerSegment(segments[0]!)}`;
  let out = base;
  for (const s of segments) out += `/${escapePointerSegment(s)}`;
  return out;
}

/** Splits a pointer into unescaped segments; '' is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(pointer.startsWith('/') ? 1 : 0).split('/');
  // Nearly no segment has an escape: no regex pass over those (positions look up every pointer).
  if (!pointer.includes('~')) return segments;
  return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of the parent value; the whole document is its own parent. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/**
 * The value a pointer names inside plain data (own properties and array items only, so
 * `/__proto__` names nothing); undefined when any step is missing.
 */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
