import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { parsePointer } from '../diagnostics/json-pointer.js';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** What a JSON Pointer reaches in a parsed YAML document. */
export interface YamlTarget {
  /** The node the pointer names, or its deepest existing ancestor. */
  node: unknown;
  /** The map key that led to `node`, when the last step was through a map. */
  keyNode?: unknown;
  /** Whether every segment of the pointer was found. */
  complete: boolean;
}

/**
 * Walks a JSON Pointer through a YAML document's nodes: map keys by their scalar value, sequence
 * items by index, aliases resolved to their anchors. `key:` with nothing after it stands for its
 * key node, so the position is still on the right line.
 */
export function findYamlNode(doc: Document, pointer: string): YamlTarget {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of parsePointer(pointer)) {
    // An alias points at its anchored node, which is never itself an alias.
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value ?? '') === segment);
      if (!pair) return { node, keyNode, complete: false };
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)] !== undefined) {
      node = node.items[Number(segment)];
      keyNode = undefined;
    } else {
      return { node, keyNode, complete: false };
    }
  }
  return { node, keyNode, complete: true };
}

/**
 * The position of the node a JSON Pointer names (or of its nearest existing ancestor). With
 * `key: true`, of the key that names it; with `key: 'name'`, of that key inside the map at
 * `pointer` (for an unknown key: the map itself). `key: true` on a pointer that stops early gives
 * the key of the deepest value found, as the JSON fast path (load/scan-json.ts) does.
 */
export function yamlPosition(
  doc: Document,
  lineCounter: LineCounter,
  pointer: string,
  options: { key?: string | true } = {},
): Position | undefined {
  const found = findYamlNode(doc, pointer);
  let target = found.node;
  if (options.key === true) target = found.keyNode ?? found.node;
  if (typeof options.key === 'string') {
    const map = isAlias(target) ? target.resolve(doc) : target;
    const pair = isMap(map)
      ? map.items.find((p) => isScalar(p.key) && String(p.key.value ?? '') === options.key)
      : undefined;
    if (pair?.key) target = pair.key;
  }
  const range = (target as { range?: readonly number[] } | null | undefined)?.range;
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]!);
  return { line, column: col };
}
