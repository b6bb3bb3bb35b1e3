import type { ErrorObject } from 'ajv';
import localizeRu from 'ajv-i18n/localize/ru/index.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import { joinPointer } from '../diagnostics/json-pointer.js';
import type { PositionedYaml } from './read-yaml.js';

function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return joinPointer(error.instancePath, params.additionalProperty);
  }
  return error.instancePath;
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return ` (${String(params.missingProperty)})`;
  if (error.keyword === 'additionalProperties') return ` (${String(params.additionalProperty)})`;
  if (error.keyword === 'enum')
    return `: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return '';
}

/**
 * ajv errors as positioned diagnostics, Russian and English. `anyOf`/`oneOf` summaries are
 * dropped when a more specific error for the same place exists: users fix leaves, not unions.
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  code: DiagnosticCode,
  file: string,
  doc: Pick<PositionedYaml, 'locate'>,
  what: { ru: string; en: string },
): Diagnostic[] {
  const en = errors.map((e) => ({ ...e }));
  const ru = errors.map((e) => ({ ...e }));
  localizeRu(ru);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // One message per object listing every missing property, rather than one per property.
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'required') continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push(String((e.params as { missingProperty?: unknown }).missingProperty));
    missing.set(e.instancePath, list);
  }
  errors.forEach((error, i) => {
    const pointer = pointerOf(error);
    if (
      (error.keyword === 'anyOf' || error.keyword === 'oneOf') &&
      errors.some((o) => o !== error && o.instancePath.startsWith(error.instancePath))
    ) {
      return;
    }
    const key =
      error.keyword === 'required'
        ? `${pointer}\u0000required`
        : `${pointer}\u0000${error.keyword}\u0000${en[i]!.message}${detail(error)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const pos = doc.locate(pointer, { key: error.keyword === 'additionalProperties' });
    if (error.keyword === 'required') {
      const names = (missing.get(error.instancePath) ?? []).join(', ');
      out.push({
        code,
        severity: 'error',
        message: {
          ru: `${what.ru}${pointer === '' ? '' : ` ${pointer}`}: нет обязательных полей: ${names}`,
          en: `${what.en}${pointer === '' ? '' : ` ${pointer}`}: missing required properties: ${names}`,
        },
        file,
        pointer,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
      });
      return;
    }
    const where = pointer === '' ? '' : ` ${pointer}`;
    out.push({
      code,
      severity: 'error',
      message: {
        ru: `${what.ru}${where}: ${ru[i]!.message ?? 'неверное значение'}${detail(error)}`,
        en: `${what.en}${where}: ${en[i]!.message ?? 'invalid value'}${detail(error)}`,
      },
      file,
      pointer,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
    });
  });
  return out;
}
