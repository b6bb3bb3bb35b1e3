import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { diagnosticAt, quoteValue } from './diagnostic-at.js';

export interface LostZerosCheckOptions {
  file?: string;
  locate?: (pointer: string) => SourceLocation | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `value` is `id` with its leading zeros stripped: what Excel makes of «0072» in a cell it takes
 * for a number («72»; «0000000» becomes «0»).
 */
export function lostLeadingZeros(value: string, id: string): boolean {
  if (!/^0\d*$/.test(id) || !/^\d+$/.test(value) || value === id) return false;
  const stripped = id.replace(/^0+(?=\d)/, '');
  return value.replace(/^0+(?=\d)/, '') === stripped && value.length < id.length;
}

/**
 * The roster's «Организация в ЭШ» against the school's `eSchoolOrganizationId`: a value equal to
 * the school's id without its leading zeros is almost surely the school's id after a round trip
 * through Excel, not another organisation. One warning per such value, at its first cell, with
 * both values and how many rows carry it (organisation ids are not personal data: shown as is).
 * The audit still compares the values as written; the warning says why they differ.
 */
export function checkLostLeadingZeros(doc: unknown, options: LostZerosCheckOptions = {}): Diagnostic[] {
  if (!isObj(doc) || !isObj(doc.school) || !Array.isArray(doc.people)) return [];
  const schoolId = doc.school.eSchoolOrganizationId;
  if (typeof schoolId !== 'string') return [];
  const seen = new Map<string, { pointer: string; count: number }>();
  doc.people.forEach((person, i) => {
    if (!isObj(person) || !isObj(person.eschool)) return;
    const org = person.eschool.organization;
    if (typeof org !== 'string' || !lostLeadingZeros(org.trim(), schoolId)) return;
    const first = seen.get(org);
    if (first) first.count += 1;
    else seen.set(org, { pointer: `/people/${i}/eschool/organization`, count: 1 });
  });
  return [...seen].map(([org, { pointer, count }]) => {
    const value = quoteValue(org.trim(), 40);
    const id = quoteValue(schoolId, 40);
    return diagnosticAt(
      'ID_LOST_LEADING_ZEROS',
      {
        ru: `«Организация в ЭШ» = «${value}» (строк: ${count}), а у школы eSchoolOrganizationId = «${id}»: похоже, Excel убрал ведущие нули, приняв ИД за число; такие люди будут считаться связанными с другой организацией`,
        en: `e-school organisation «${value}» (rows: ${count}) while the school's eSchoolOrganizationId is «${id}»: Excel has likely dropped the leading zeros, taking the id for a number; these people will count as linked to another organisation`,
      },
      { file: options.file, pointer, location: options.locate?.(pointer) },
      {
        severity: 'warning',
        hint: {
          ru: `верните «${id}» в столбец; чтобы Excel не менял ИД, задайте столбцу формат «Текстовый» до ввода (при импорте CSV: Данные → Из текста/CSV → тип столбца «Текст»)`,
          en: `put «${id}» back in the column; to keep Excel from changing ids, format the column as Text before typing (when importing a CSV: Data → From Text/CSV → column type Text)`,
        },
      },
    );
  });
}
