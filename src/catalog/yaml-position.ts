import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Line and column (1-based) of the node a JSON Pointer names in a parsed YAML document. With
 * `key`, the position of that key inside the object at `pointer` (for unknown or missing keys the
 * object itself when the key is absent). Falls back to the nearest existing ancestor.
 */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  pointer: string,
  key?: string,
): Position | undefined {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
  let node: unknown = doc.contents;
  for (const segment of segments) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    const keyNode = pair && (pair.key as Node | null);
    if (keyNode?.range) return toPosition(lineCounter, keyNode.range[0]);
  }
  const range = (node as Node | null | undefined)?.range;
  return range ? toPosition(lineCounter, range[0]) : undefined;
}

function childOf(node: unknown, segment: string): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
    return pair?.value ?? undefined;
  }
  if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
    const index = Number(segment);
    return Number.isInteger(index) ? (node as { items: unknown[] }).items[index] : undefined;
  }
  return undefined;
}

function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
