import { joinPointer } from '../../diagnostics/json-pointer.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A value found at a path, with its pointer and the list entry (the object at the first `*`) holding it. */
export interface Found {
  value: unknown;
  pointer: string;
  entry: Obj;
}

/**
 * Every value at a path through a possibly broken document: a name steps into an object, `*` into
 * each item of a list. Whatever is missing or of another shape is passed over, so a malformed entry
 * hides only its own references.
 */
export function valuesAt(doc: Obj, path: readonly string[]): Found[] {
  const out: Found[] = [];
  const walk = (node: unknown, pointer: string, step: number, entry: Obj | undefined): void => {
    if (step === path.length) {
      if (node !== undefined) out.push({ value: node, pointer, entry: entry ?? doc });
      return;
    }
    const segment = path[step]!;
    if (segment === '*') {
      if (!Array.isArray(node)) return;
      const last = step === path.length - 1;
      for (let i = 0; i < node.length; i++) {
        // Holes are passed over, as forEach does.
        if (!(i in node)) continue;
        const item: unknown = node[i];
        const object = isObj(item);
        if (last || object)
          walk(item, joinPointer(pointer, i), step + 1, entry ?? (object ? item : undefined));
      }
    } else if (isObj(node) && Object.hasOwn(node, segment)) {
      walk(node[segment], joinPointer(pointer, segment), step + 1, entry);
    }
  };
  walk(doc, '', 0, undefined);
  return out;
}

/** The record lists whose entries name a person (`by`, `to`) and a document. */
export const RECORD_KINDS = [
  'chatStrategy',
  'informationMaterials',
  'controlReviews',
  'statisticsReports',
] as const;
