import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import * as generated from './waivers-validators.generated.js';
import { readYaml } from '../config/read-yaml.js';
import { schemaErrorsToDiagnostics, type SchemaDiagnosticOptions } from '../validate/schema-diagnostics.js';
import { checkWaivers } from './check-waivers.js';
import type { Waiver } from './types.js';
import { append } from '../util/append.js';

/** Parts of schemas/waivers.schema.json, compiled at build time (scripts/gen-validators.mjs). */
function validatorFor(fragment: '#/$defs/waiverList' | '#/oneOf/1'): ValidateFunction {
  return (fragment === '#/oneOf/1'
    ? generated.waiversFile
    : generated.waiverList) as unknown as ValidateFunction;
}

export interface ParseWaiversOptions {
  /** Longest allowed `expires − approvedAt`, days; default 365. */
  maxWaiverDays?: number;
}

/**
 * Parses `waivers.yaml`: a list of waivers, or `{ waivers: [...] }`. Waivers that break the
 * schema or the horizon are left out with positioned `WAIVER_INVALID` errors; the valid ones are
 * returned, so one bad entry does not switch every other exception off.
 */
export function parseWaivers(
  text: string,
  file: string,
  options: ParseWaiversOptions = {},
): { waivers: Waiver[]; diagnostics: Diagnostic[] } {
  const doc = readYaml(text, file);
  if (doc.diagnostics.length > 0) return { waivers: [], diagnostics: doc.diagnostics };
  const value = doc.value ?? [];
  const isList = Array.isArray(value);
  const base = isList ? '' : '/waivers';
  const schemaOptions: SchemaDiagnosticOptions = {
    code: 'WAIVER_INVALID',
    file,
    locate: doc.locate,
    locateKey: doc.locateKey,
    data: value,
    subject: { ru: 'Исключения', en: 'Waivers' },
    missing: 'parent',
  };
  const diagnostics: Diagnostic[] = [];

  if (
    !isList &&
    (typeof value !== 'object' || value === null || !Array.isArray((value as { waivers?: unknown }).waivers))
  ) {
    const v = validatorFor('#/oneOf/1');
    v(value);
    return { waivers: [], diagnostics: schemaErrorsToDiagnostics(v.errors ?? [], schemaOptions) };
  }
  const list = (isList ? value : (value as { waivers: unknown[] }).waivers) as unknown[];
  if (!isList) {
    // The envelope's own keys (schemaVersion, typos next to `waivers`).
    const v = validatorFor('#/oneOf/1');
    if (!v({ ...(value as object), waivers: [] }))
      append(diagnostics, schemaErrorsToDiagnostics(v.errors ?? [], schemaOptions));
  }
  const itemValidator = validatorFor('#/$defs/waiverList');
  const wellFormed: Waiver[] = [];
  const positions: number[] = [];
  list.forEach((item, i) => {
    if (itemValidator([item])) {
      wellFormed.push(item as Waiver);
      positions.push(i);
      return;
    }
    const errors = (itemValidator.errors ?? []).map((e) => ({
      ...e,
      instancePath: `${base}/${i}${e.instancePath.replace(/^\/0/, '')}`,
    }));
    append(diagnostics, schemaErrorsToDiagnostics(errors, schemaOptions));
  });
  const checked = checkWaivers(wellFormed, { maxWaiverDays: options.maxWaiverDays, pointerBase: base, file });
  for (const d of checked.diagnostics) {
    // checkWaivers numbers the well-formed waivers; map back to the entry's index in the file.
    const pointer = d.pointer?.replace(
      /^(\/waivers|)\/(\d+)/,
      (_m, b: string, n: string) => `${b}/${positions[Number(n)] ?? n}`,
    );
    const pos = pointer !== undefined ? doc.locate(pointer) : undefined;
    diagnostics.push({
      ...d,
      ...(pointer !== undefined ? { pointer } : {}),
      ...(pos ? { line: pos.line, column: pos.column } : {}),
    });
  }
  return { waivers: checked.valid, diagnostics };
}
