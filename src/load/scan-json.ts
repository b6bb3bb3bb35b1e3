import { FORBIDDEN_KEYS } from './yaml-to-value.js';

/** A value of a JSON text: its offset range and, for containers, its members. */
export interface JsonNode {
  start: number;
  end: number;
  /** Members of an object by key, first occurrence wins (as the YAML path's lookup does). */
  entries?: Map<string, { keyStart: number; node: JsonNode }>;
  items?: JsonNode[];
}

/** YAML refuses implicit keys over 1024 characters; longer keys (quotes included, with margin) take that path. */
const MAX_KEY_SOURCE_LENGTH = 1000;

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Checks a text JSON.parse has already accepted (`value` is what it returned) for everything the
 * school loader refuses or reports through the YAML path: forbidden keys, repeated keys, nesting
 * deeper than `maxDepth`, keys too long for YAML, a lone CR (YAML reads it differently from JSON),
 * a top level that is not an object or array. `true` means none of these occur, so JSON.parse's
 * value is exactly the value the YAML path would produce, with no diagnostics. It runs on every
 * JSON school file, so it allocates nothing per key: the text scan counts the keys written, and a
 * repeated key shows as a parsed value with fewer keys (JSON.parse keeps the last of the repeats and
 * drops the earlier value with all its keys); forbidden keys are looked for in the parsed value.
 */
export function isPlainJson(text: string, maxDepth: number, value: unknown = JSON.parse(text)): boolean {
  const written = walk(text, maxDepth, false);
  return written !== undefined && keysOf(value) === written;
}

/** The number of keys of every object in a parsed JSON value; -1 when one of them is forbidden. */
function keysOf(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    // JSON.parse makes every key an own, enumerable data property (`__proto__` included).
    for (const key in v) {
      if (FORBIDDEN_KEYS.has(key)) return -1;
      count += 1;
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return count;
}

/**
 * Offsets of every value (and key) of a valid JSON text, for positions on demand. Assumes the text
 * passed `isPlainJson` (valid, no repeated keys); built only when a position is first asked for.
 */
export function indexJson(text: string): JsonNode {
  const root = walk(text, Number.POSITIVE_INFINITY, true);
  if (root === undefined || typeof root === 'number') throw new Error('indexJson: text is not plain JSON');
  return root;
}

function walk(text: string, maxDepth: number, build: true): JsonNode | undefined | number;
function walk(text: string, maxDepth: number, build: false): number | undefined;
// long-function: one iterative JSON scanner; its states share the container stack and the offset
function walk(text: string, maxDepth: number, build: boolean): JsonNode | number | undefined {
  // Per open container: its node, and whether it is an object. Checking, only keys are counted.
  const nodes: JsonNode[] = [];
  const isObject: boolean[] = [];
  let keys = 0;
  let root: JsonNode | undefined;
  let pendingKey: string | undefined;
  let pendingKeyStart = 0;
  const n = text.length;
  let pos = 0;

  const skipWs = (): boolean => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (!isWs(c)) return true;
      if (c === 13 && text.charCodeAt(pos + 1) !== 10) return false;
      pos += 1;
    }
    return true;
  };
  /** Offset just past the closing quote of the string opening at `pos`. */
  const stringEnd = (): number => {
    // The next quote closes the string unless an odd run of backslashes escapes it; indexOf finds
    // it far faster than a loop over every character of a long value.
    let from = pos + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return n;
      let backslashes = 0;
      while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === 92)
        backslashes += 1;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  };
  const attach = (node: JsonNode): void => {
    const parent = nodes[nodes.length - 1];
    if (!parent) root = node;
    else if (parent.items) parent.items.push(node);
    else if (parent.entries && pendingKey !== undefined && !parent.entries.has(pendingKey)) {
      parent.entries.set(pendingKey, { keyStart: pendingKeyStart, node });
    }
  };

  if (!skipWs()) return undefined;
  const first = text.charCodeAt(pos);
  if (first !== 123 && first !== 91) return undefined;
  for (;;) {
    if (!skipWs()) return undefined;
    if (pos >= n) break;
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 91) {
      if (nodes.length + 1 > maxDepth) return undefined;
      const node: JsonNode = { start: pos, end: pos };
      if (build) {
        if (c === 123) node.entries = new Map();
        else node.items = [];
      }
      isObject.push(c === 123);
      if (build) attach(node);
      nodes.push(node);
      pos += 1;
      // The first key of an object comes next.
      if (c === 123 && !readKey()) return undefined;
      continue;
    }
    if (c === 125 || c === 93) {
      const node = nodes.pop() as JsonNode;
      isObject.pop();
      node.end = pos + 1;
      pos += 1;
      continue;
    }
    if (c === 44) {
      pos += 1;
      if (isObject[isObject.length - 1] === true && !readKey()) return undefined;
      continue;
    }
    // A scalar: string, number, true, false or null.
    const start = pos;
    if (c === 34) pos = stringEnd();
    else {
      while (pos < n) {
        const d = text.charCodeAt(pos);
        if (d === 44 || d === 125 || d === 93 || isWs(d)) break;
        pos += 1;
      }
    }
    if (build) attach({ start, end: pos });
  }
  return build ? root : keys;

  /** Reads `"key":` (or nothing, before `}` of an empty object); false when the key disqualifies the text. */
  function readKey(): boolean {
    if (!skipWs()) return false;
    if (text.charCodeAt(pos) !== 34) return true;
    const start = pos;
    const end = stringEnd();
    if (end - start > MAX_KEY_SOURCE_LENGTH) return false;
    keys += 1;
    if (build) {
      const raw = text.slice(start + 1, end - 1);
      pendingKey = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
    }
    pendingKeyStart = start;
    pos = end;
    if (!skipWs()) return false;
    pos += 1; // the colon
    return true;
  }
}
