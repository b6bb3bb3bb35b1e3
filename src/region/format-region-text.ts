import { catalog as builtinCatalog } from '../catalog/catalog.js';
import { SEVERITIES } from '../model/vocabulary.js';
import { cleanLine } from '../format/clean-text.js';
import { labelsFor } from '../format/labels.js';
import { defaultRegistry } from '../messengers/default-registry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../model/vocabulary.js';
import type { RegionSummary, SchoolResult, ScoreDistribution } from './types.js';
import { append } from '../util/append.js';

export interface RegionTextOptions {
  language?: Language;
}

const WORDS = {
  ru: {
    title: 'Региональная проверка соблюдения Порядка применения ИКОП «Сферум» и VK Мессенджера',
    region: 'Регион',
    asOf: 'Дата проверки',
    catalog: 'Каталог правил',
    schools: (t: number, a: number, f: number) => `Школ: ${t} (проверено ${a}, не удалось проверить ${f})`,
    schoolTable: 'Школы',
    columns: ['ИД', 'Школа', 'Муниципалитет', 'Балл', 'Крит.', 'Выс.', 'Сред.', 'Низк.', 'Пунктов нарушено'],
    failedMark: 'не проверена',
    findings: 'Нарушения по важности (без исключений)',
    total: 'Всего',
    waived: 'с исключением',
    waivers: (schools: number, waived: number, expired: number, unused: number) =>
      `Исключения: школ с исключениями ${schools}, исключено нарушений ${waived}, истёкших исключений ${expired}, неиспользованных ${unused}`,
    expiredSchools: 'Истёкшие исключения у школ',
    waiversIgnored: 'Исключения не применялись (--ignore-waivers)',
    waiversSkipped: 'Файлы исключений школ не читались (--no-school-waivers)',
    clauses: 'Пункты Порядка, нарушенные в школах',
    clauseColumns: ['Пункт', 'Школ с нарушением', 'Требуют подтверждения', 'Нарушений', 'Содержание'],
    noViolations: 'Нарушенных пунктов нет.',
    score: 'Баллы соответствия',
    scoreLine: (s: ScoreDistribution) =>
      `мин. ${s.min}, 10-й процентиль ${s.p10}, медиана ${s.median}, среднее ${s.mean}, макс. ${s.max}`,
    messengers: 'Запрещённые мессенджеры (каналы из перечня Роскомнадзора)',
    messengerLine: (name: string, c: number, s: number) => `${name}: каналов ${c}, школ ${s}`,
    noMessengers: 'Каналов в запрещённых мессенджерах нет.',
    municipalities: 'Муниципалитеты',
    muniColumns: [
      'Муниципалитет',
      'Школ',
      'Проверено',
      'Не проверено',
      'Нарушений',
      'Крит.',
      'Выс.',
      'Мин. балл',
      'Средний балл',
      'Запрещ. каналов',
    ],
    worst: (n: number) => `Школы с наименьшим баллом (${n})`,
    failed: 'Школы, которые не удалось проверить',
    run: 'Замечания к настройкам проверки',
    duplicates: (ids: string) => `Внимание: один ИД у нескольких школ: ${ids}`,
    moreErrors: (shown: number, total: number) => `… показаны первые ${shown} ошибок из ${total}`,
    none: '—',
  },
  en: {
    title: 'Regional audit against the Sferum / VK Messenger regulation',
    region: 'Region',
    asOf: 'As of',
    catalog: 'Rule catalog',
    schools: (t: number, a: number, f: number) => `Schools: ${t} (audited ${a}, failed ${f})`,
    schoolTable: 'Schools',
    columns: ['Id', 'School', 'Municipality', 'Score', 'Crit.', 'High', 'Med.', 'Low', 'Clauses violated'],
    failedMark: 'not audited',
    findings: 'Findings by severity (unwaived)',
    total: 'Total',
    waived: 'waived',
    waivers: (schools: number, waived: number, expired: number, unused: number) =>
      `Waivers: ${schools} schools with waivers, ${waived} findings waived, ${expired} expired waivers, ${unused} unused`,
    expiredSchools: 'Schools with expired waivers',
    waiversIgnored: 'Waivers were not applied (--ignore-waivers)',
    waiversSkipped: "The schools' waivers files were not read (--no-school-waivers)",
    clauses: 'Clauses violated across schools',
    clauseColumns: ['Clause', 'Schools violating', 'Attestation required', 'Findings', 'Gist'],
    noViolations: 'No clause is violated.',
    score: 'Compliance scores',
    scoreLine: (s: ScoreDistribution) =>
      `min ${s.min}, p10 ${s.p10}, median ${s.median}, mean ${s.mean}, max ${s.max}`,
    messengers: 'Prohibited messengers (Roskomnadzor list)',
    messengerLine: (name: string, c: number, s: number) => `${name}: ${c} channels in ${s} schools`,
    noMessengers: 'No channel is on a prohibited messenger.',
    municipalities: 'Municipalities',
    muniColumns: [
      'Municipality',
      'Schools',
      'Audited',
      'Failed',
      'Findings',
      'Crit.',
      'High',
      'Min score',
      'Mean score',
      'Prohib. channels',
    ],
    worst: (n: number) => `Lowest-scoring schools (${n})`,
    failed: 'Schools that could not be audited',
    run: 'Problems with the run settings',
    duplicates: (ids: string) => `Warning: several schools share an id: ${ids}`,
    moreErrors: (shown: number, total: number) => `… the first ${shown} of ${total} errors shown`,
    none: '—',
  },
} as const;

function fit(value: unknown, width: number): string {
  const text = cleanLine(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function table(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  minWidths: readonly number[],
  numeric: ReadonlySet<number>,
): string[] {
  // Text columns are cut to their width; number columns widen to their header and never cut a value.
  const widths = minWidths.map((w, i) =>
    numeric.has(i) ? Math.max(w, header[i]?.length ?? 0, ...rows.map((r) => cleanLine(r[i]).length)) : w,
  );
  const line = (cells: readonly unknown[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 10;
        const text = cleanLine(c);
        if (!numeric.has(i)) return fit(text, w);
        return text.length > w ? text : text.padStart(w);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/**
 * The region for people: a table of schools (in the order given), then the aggregate — findings by
 * severity, clauses violated across schools (catalog order), scores, prohibited messengers,
 * municipalities, the worst schools, and the schools that could not be audited. Every value from
 * input files is cleaned of control and bidi characters before it reaches a terminal.
 */
// long-function: the regional text report's sections in output order; splitting would scatter one template
export function formatRegionText(
  results: readonly SchoolResult[],
  summary: RegionSummary,
  options: RegionTextOptions = {},
): string {
  const language = options.language ?? summary.language;
  const W = WORDS[language];
  const L = labelsFor(language);
  const out: string[] = [];
  const regions = [...new Set(results.map((r) => r.region).filter((r): r is string => Boolean(r)))].sort();
  out.push(W.title, '');
  if (regions.length > 0) out.push(`${W.region}: ${regions.map(cleanLine).join(', ')}`);
  out.push(`${W.asOf}: ${summary.asOf}`, `${W.catalog}: ${summary.catalog.version}`);
  out.push(W.schools(summary.schools.total, summary.schools.audited, summary.schools.failed));
  if (summary.duplicateIds.length > 0) out.push(W.duplicates(summary.duplicateIds.map(cleanLine).join(', ')));
  out.push('');

  out.push(W.schoolTable);
  const schoolRows = results.map((r) => {
    const s = r.summary;
    if (!s) return [r.id, r.name ?? r.source ?? '', r.municipality ?? '', W.failedMark, '', '', '', '', ''];
    const b = s.findings.bySeverity;
    return [
      r.id,
      r.name ?? '',
      r.municipality ?? '',
      s.score,
      b.critical,
      b.high,
      b.medium,
      b.low,
      s.clauses.violated,
    ];
  });
  append(out, table(W.columns, schoolRows, [12, 36, 22, 4, 4, 4, 4, 4, 4], new Set([3, 4, 5, 6, 7, 8])));
  out.push('');

  out.push(W.findings);
  const sev = summary.findings.bySeverity;
  out.push(`  ${SEVERITIES.map((s) => `${L.severity[s]}: ${sev[s]}`).join(', ')}`);
  out.push(`  ${W.total}: ${summary.findings.unwaived} (${W.waived}: ${summary.findings.waived})`);
  const wv = summary.waivers;
  if (summary.schoolFiles?.waivers === 'skipped') out.push(`  ${W.waiversSkipped}`);
  else if (summary.schoolFiles?.waivers === 'ignored') out.push(`  ${W.waiversIgnored}`);
  else if (wv) {
    out.push(`  ${W.waivers(wv.schools, wv.waived, wv.expired, wv.unused)}`);
    if (wv.schoolsWithExpired.length > 0)
      out.push(`  ${W.expiredSchools}: ${wv.schoolsWithExpired.map(cleanLine).join(', ')}`);
  }
  out.push('');

  out.push(W.clauses);
  const titles = new Map(builtinCatalog().clauses.map((c) => [c.id, c.summary[language]]));
  const order = [
    ...builtinCatalog().clauses.map((c) => c.id),
    ...Object.keys(summary.clauses).filter((id) => !titles.has(id)),
  ];
  const clauseRows = order
    .map((id) => [id, summary.clauses[id]] as const)
    .filter(
      ([, c]) => c && (c.schools.violated > 0 || c.schools['attestation-required'] > 0 || c.findings > 0),
    )
    .map(([id, c]) => [
      id,
      c!.schools.violated,
      c!.schools['attestation-required'],
      c!.findings,
      titles.get(id) ?? '',
    ]);
  if (clauseRows.length === 0) out.push(`  ${W.noViolations}`);
  else append(out, table(W.clauseColumns, clauseRows, [8, 4, 4, 4, 60], new Set([1, 2, 3])));
  out.push('');

  out.push(W.score);
  out.push(`  ${summary.score ? W.scoreLine(summary.score) : W.none}`, '');

  out.push(W.messengers);
  const registry = defaultRegistry();
  const messengers = Object.entries(summary.prohibitedMessengers);
  if (messengers.length === 0) out.push(`  ${W.noMessengers}`);
  for (const [id, m] of messengers) {
    const name = registry.entries.find((e) => e.id === id)?.name[language] ?? id;
    out.push(`  ${W.messengerLine(cleanLine(name), m.channels, m.schools)}`);
  }
  out.push('');

  out.push(W.municipalities);
  const muniRows = Object.entries(summary.municipalities).map(([name, m]) => [
    name,
    m.schools,
    m.audited,
    m.failed,
    m.findings.unwaived,
    m.findings.bySeverity.critical,
    m.findings.bySeverity.high,
    m.score?.min ?? W.none,
    m.score?.mean ?? W.none,
    m.prohibitedChannels,
  ]);
  out.push(
    ...table(W.muniColumns, muniRows, [24, 4, 4, 4, 4, 4, 4, 4, 4, 4], new Set([1, 2, 3, 4, 5, 6, 7, 8, 9])),
    '',
  );

  if (summary.worst.length > 0) {
    out.push(W.worst(summary.worst.length));
    const worstRows = summary.worst.map((w) => [
      w.id,
      w.name ?? '',
      w.municipality ?? '',
      w.score,
      w.bySeverity.critical,
      w.bySeverity.high,
      w.bySeverity.medium,
      w.bySeverity.low,
      w.violatedClauses,
    ]);
    append(out, table(W.columns, worstRows, [12, 36, 22, 4, 4, 4, 4, 4, 4], new Set([3, 4, 5, 6, 7, 8])));
    out.push('');
  }

  if (summary.failedSchools.length > 0) {
    out.push(W.failed);
    const byId = new Map(
      results.filter((r) => r.status === 'failed').map((r) => [`${r.id}\u0000${r.source ?? ''}`, r]),
    );
    for (const f of summary.failedSchools) {
      const r = byId.get(`${f.id}\u0000${f.source ?? ''}`);
      append(out, failedSchoolLines(f.source ?? f.id, r?.diagnostics ?? [], f.codes, language, W.moreErrors));
    }
    out.push('');
  }

  if (summary.diagnostics.length > 0) {
    out.push(W.run);
    for (const d of summary.diagnostics) out.push(`  ${d.code}: ${cleanLine(d.message[language])}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Errors shown per failed school: enough to fix a broken school in one pass, bounded for a region of thousands. */
export const MAX_SCHOOL_ERRORS = 20;

/** Every error of a failed school (the first MAX_SCHOOL_ERRORS, with the total), each with its place. */
function failedSchoolLines(
  name: string,
  diagnostics: readonly Diagnostic[],
  codes: readonly string[],
  language: Language,
  more: (shown: number, total: number) => string,
): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return [`  ${cleanLine(name)}: ${codes.join(', ')}`];
  const lines = [`  ${cleanLine(name)}:`];
  for (const d of errors.slice(0, MAX_SCHOOL_ERRORS)) {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}` : '';
    lines.push(
      `    ${cleanLine(d.code)}${where ? ` ${cleanLine(where)}` : ''}: ${cleanLine(d.message[language])}`,
    );
  }
  if (errors.length > MAX_SCHOOL_ERRORS) lines.push(`    ${more(MAX_SCHOOL_ERRORS, errors.length)}`);
  return lines;
}
