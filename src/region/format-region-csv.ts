import { type Language, SEVERITIES } from '../model/vocabulary.js';
import { escapeCsvCell } from '../format/escape-csv.js';
import { labelsFor } from '../format/labels.js';
import type { SchoolResult } from './types.js';

export interface RegionCsvOptions {
  language?: Language;
  /** Default `;` (Russian Excel). */
  delimiter?: ';' | ',';
}

const HEADERS: Record<Language, { fixed: string[]; severity: (s: string) => string; rest: string[] }> = {
  ru: {
    fixed: ['ИД школы', 'Школа', 'Регион', 'Муниципалитет', 'Файл', 'Статус', 'Балл', 'Нарушений'],
    severity: (s) => `Важность: ${s}`,
    rest: [
      'С исключением',
      'Нарушено пунктов',
      'Требуют подтверждения',
      'Нарушенные пункты',
      'Каналов в запрещённых мессенджерах',
      'Запрещённые мессенджеры',
      'Ошибок во входных данных',
      'Первая ошибка',
    ],
  },
  en: {
    fixed: ['School id', 'School', 'Region', 'Municipality', 'File', 'Status', 'Score', 'Findings'],
    severity: (s) => `Severity: ${s}`,
    rest: [
      'Waived',
      'Clauses violated',
      'Attestation required',
      'Violated clauses',
      'Channels on prohibited messengers',
      'Prohibited messengers',
      'Input errors',
      'First error',
    ],
  },
};

/**
 * The header row of the per-school CSV: UTF-8 BOM (Excel reads Cyrillic), `;` by default, CRLF.
 * Rows come from `formatSchoolCsvRow`, one per school as it completes.
 */
export function formatRegionCsvHeader(options: RegionCsvOptions = {}): string {
  const language = options.language ?? 'ru';
  const L = labelsFor(language);
  const h = HEADERS[language];
  const cells = [...h.fixed, ...SEVERITIES.map((s) => h.severity(L.severity[s])), ...h.rest];
  return `\uFEFF${cells.map((c) => escapeCsvCell(c, options.delimiter ?? ';')).join(options.delimiter ?? ';')}\r\n`;
}

/** One school as a CSV row; every cell guarded against formula injection (`escapeCsvCell`). */
export function formatSchoolCsvRow(result: SchoolResult, options: RegionCsvOptions = {}): string {
  const language = options.language ?? 'ru';
  const d = options.delimiter ?? ';';
  const s = result.summary;
  const errors = result.diagnostics.filter((x) => x.severity === 'error');
  const audited = result.status === 'audited' && s !== undefined;
  const status =
    language === 'ru' ? (audited ? 'проверена' : 'не проверена') : audited ? 'audited' : 'failed';
  const violated = s
    ? Object.entries(s.clauseStatus)
        .filter(([, st]) => st === 'violated')
        .map(([id]) => id)
    : [];
  const messengers = s ? Object.entries(s.prohibitedMessengers) : [];
  const cells: unknown[] = [
    result.id,
    result.name ?? '',
    result.region ?? '',
    result.municipality ?? '',
    result.source ?? '',
    status,
    s ? s.score : '',
    s ? s.findings.unwaived : '',
    ...SEVERITIES.map((sev) => (s ? s.findings.bySeverity[sev] : '')),
    s ? s.findings.waived : '',
    s ? s.clauses.violated : '',
    s ? s.clauses['attestation-required'] : '',
    violated.join(', '),
    s ? messengers.reduce((a, [, n]) => a + n, 0) : '',
    messengers.map(([id, n]) => `${id}: ${n}`).join(', '),
    errors.length,
    errors[0] ? errors[0].message[language] : '',
  ];
  return `${cells.map((c) => escapeCsvCell(c, d)).join(d)}\r\n`;
}
