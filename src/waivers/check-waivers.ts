import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SUBJECT_TYPES } from '../model/vocabulary.js';
import { DEFAULT_MAX_WAIVER_DAYS, type Waiver } from './types.js';
import { daysBetween, isIsoDate } from '../model/iso-date.js';

export interface CheckWaiversOptions {
  maxWaiverDays?: number;
  /** Prefix of the pointers in diagnostics: `/waivers` for a `{ waivers: [...] }` file, '' for a list. */
  pointerBase?: string;
  file?: string;
}

/**
 * The rules a schema cannot state: real calendar dates, `expires` not before `approvedAt` and
 * within the horizon, unique ids. Invalid waivers are dropped (they waive nothing) with a
 * `WAIVER_INVALID` error each, so a typo never silently widens or narrows what is waived.
 */
// long-function: every check of one waiver entry (span, dates, fields) in the order the file reads
export function checkWaivers(
  waivers: readonly Waiver[],
  options: CheckWaiversOptions = {},
): { valid: Waiver[]; diagnostics: Diagnostic[] } {
  const max = options.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS;
  const base = options.pointerBase ?? '/waivers';
  const diagnostics: Diagnostic[] = [];
  const valid: Waiver[] = [];
  const seen = new Set<string>();
  waivers.forEach((w, i) => {
    const at = (field: string) => `${base}/${i}/${field}`;
    const problem = (field: string, ru: string, en: string, hint?: { ru: string; en: string }) => {
      diagnostics.push({
        code: 'WAIVER_INVALID',
        severity: 'error',
        message: { ru: `Исключение «${w.id}»: ${ru}`, en: `Waiver "${w.id}": ${en}` },
        ...(hint ? { hint } : {}),
        ...(options.file ? { file: options.file } : {}),
        pointer: at(field),
      });
    };
    let ok = true;
    if (seen.has(w.id)) {
      problem(
        'id',
        'идентификатор повторяется; применяется только первое исключение',
        'duplicate id; only the first one applies',
      );
      ok = false;
    }
    seen.add(w.id);
    if (w.subjectType !== undefined && !SUBJECT_TYPES.includes(w.subjectType)) {
      problem(
        'subjectType',
        `неизвестный тип субъекта «${String(w.subjectType)}»`,
        `unknown subject type "${String(w.subjectType)}"`,
        {
          ru: `Допустимо: ${SUBJECT_TYPES.join(', ')}.`,
          en: `Allowed: ${SUBJECT_TYPES.join(', ')}.`,
        },
      );
      ok = false;
    }
    const dates: [keyof Waiver & string, unknown][] = [
      ['approvedAt', w.approvedAt],
      ['expires', w.expires],
    ];
    for (const [field, value] of dates) {
      if (!isIsoDate(value)) {
        problem(
          field,
          `«${String(value)}» не является датой ГГГГ-ММ-ДД`,
          `"${String(value)}" is not a date YYYY-MM-DD`,
        );
        ok = false;
      }
    }
    if (ok) {
      const span = daysBetween(w.approvedAt, w.expires) ?? 0; // both checked above
      if (span < 0) {
        problem(
          'expires',
          `срок действия (${w.expires}) раньше даты утверждения (${w.approvedAt})`,
          `expires (${w.expires}) is before approvedAt (${w.approvedAt})`,
        );
        ok = false;
      } else if (span > max) {
        problem(
          'expires',
          `срок действия ${span} дн. превышает допустимые ${max} дн. от даты утверждения ${w.approvedAt}`,
          `spans ${span} days from approvedAt ${w.approvedAt}, more than the allowed ${max}`,
          {
            ru: 'Установите более близкую дату expires и пересмотрите исключение по её наступлении.',
            en: 'Set an earlier expires date and review the waiver when it comes.',
          },
        );
        ok = false;
      }
    }
    if (ok) valid.push(w);
  });
  return { valid, diagnostics };
}
