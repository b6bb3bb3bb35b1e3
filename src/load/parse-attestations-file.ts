import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { diagnosticAt } from '../validate/diagnostic-at.js';
import { joinPointer, parsePointer } from '../diagnostics/json-pointer.js';
import type { ParseSchoolOptions } from './parse-school-document.js';
import { parseSchoolDocument } from './parse-school-document.js';

export interface AttestationsFileParse {
  diagnostics: Diagnostic[];
  /** The answered entries, in file order; absent when the file cannot be read as an answers file. */
  value?: unknown[];
  /**
   * Place of a value at a pointer into `value` (`/2/date`): the entry's place in the file, where
   * entry 2 of `value` may be entry 5 of the file because unanswered entries are left out.
   */
  locate: (pointer: string) => SourceLocation | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An entry the person has not filled in yet: no answer at all (the blank `attest` writes). */
export function isUnanswered(entry: unknown): boolean {
  if (!isObject(entry)) return false;
  const a = entry.answer;
  return a === undefined || a === null || (typeof a === 'string' && a.trim() === '');
}

/** Optional fields the form leaves blank (`validUntil:`) mean «not given», not a null value. */
const OPTIONAL_KEYS = ['validUntil', 'evidence', 'comment'];
function withoutBlankOptionals(entry: unknown): unknown {
  if (!isObject(entry)) return entry;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (OPTIONAL_KEYS.includes(k) && (v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Reads an answers file (`attestations.yaml`, written by `sferum-compliance attest`): a mapping
 * whose `attestations` list holds entries of the school file's `attestations` shape. Entries
 * without an answer are open questions, not errors: they are left out, and positions of the rest
 * still point into the file, so schema errors land on the right line.
 */
export function parseAttestationsFile(
  bytes: Uint8Array,
  file: string,
  options: ParseSchoolOptions = {},
): AttestationsFileParse {
  const parsed = parseSchoolDocument(bytes, file, options);
  const diagnostics = [...parsed.diagnostics];
  const none: AttestationsFileParse = { diagnostics, locate: parsed.locate };
  if (parsed.value === undefined || diagnostics.some((d) => d.severity === 'error')) return none;
  const doc = parsed.value;
  const list = isObject(doc) ? doc.attestations : undefined;
  if (!Array.isArray(list)) {
    const pointer = isObject(doc) && 'attestations' in doc ? '/attestations' : '';
    diagnostics.push(
      diagnosticAt(
        'SCHEMA_VIOLATION',
        {
          ru: 'файл ответов должен содержать список attestations (его создаёт команда attest)',
          en: 'an answers file must hold an attestations list (the attest command writes one)',
        },
        { file, pointer, location: parsed.locate(pointer) },
      ),
    );
    return none;
  }
  const indexes: number[] = [];
  const value: unknown[] = [];
  list.forEach((entry, i) => {
    if (isUnanswered(entry)) return;
    indexes.push(i);
    value.push(withoutBlankOptionals(entry));
  });
  const locate = (pointer: string): SourceLocation | undefined => {
    const [head, ...rest] = parsePointer(pointer);
    const n = head === undefined ? NaN : Number(head);
    const original = Number.isInteger(n) ? indexes[n] : undefined;
    if (original === undefined) return parsed.locate('/attestations');
    return parsed.locate(joinPointer('/attestations', original, ...rest));
  };
  return { diagnostics, value, locate };
}
