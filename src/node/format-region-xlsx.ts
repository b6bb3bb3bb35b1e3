import { catalog as builtinCatalog } from '../catalog/catalog.js';
import { SEVERITIES } from '../model/vocabulary.js';
import { cleanLine } from '../format/clean-text.js';
import { labelsFor } from '../format/labels.js';
import type { RegionFormatter, RegionFormatOptions } from '../region/region-formatter.js';
import type { RegionSummary, SchoolResult } from '../region/types.js';
import type { Language } from '../model/vocabulary.js';

const WORDS = {
  ru: {
    sheets: {
      summary: 'Сводка',
      schools: 'Школы',
      municipalities: 'Муниципалитеты',
      clauses: 'Пункты',
      worst: 'Худшие школы',
      failed: 'Не проверены',
    },
    summary: ['Показатель', 'Значение'],
    rows: {
      asOf: 'Дата проверки',
      catalog: 'Каталог правил',
      total: 'Школ всего',
      audited: 'Проверено',
      failed: 'Не удалось проверить',
      unwaived: 'Нарушений (без исключений)',
      waived: 'Нарушений с исключением',
      median: 'Медианный балл',
      mean: 'Средний балл',
    },
    schools: ['ИД', 'Школа', 'Муниципалитет', 'Файл', 'Статус', 'Балл', 'Нарушений', 'Пунктов нарушено'],
    status: { audited: 'проверена', failed: 'не проверена' },
    municipalities: [
      'Муниципалитет',
      'Школ',
      'Проверено',
      'Не проверено',
      'Школ с нарушениями',
      'Нарушений',
      'Мин. балл',
      'Средний балл',
      'Запрещ. каналов',
    ],
    clauses: [
      'Пункт',
      'Содержание',
      'Школ с нарушением',
      'Требуют подтверждения',
      'Соблюдается',
      'Нарушений',
    ],
    worst: ['ИД', 'Школа', 'Муниципалитет', 'Балл', 'Нарушений', 'Пунктов нарушено'],
    failedColumns: ['ИД', 'Файл', 'Ошибок', 'Коды'],
  },
  en: {
    sheets: {
      summary: 'Summary',
      schools: 'Schools',
      municipalities: 'Municipalities',
      clauses: 'Clauses',
      worst: 'Worst schools',
      failed: 'Failed',
    },
    summary: ['Measure', 'Value'],
    rows: {
      asOf: 'As of',
      catalog: 'Rule catalog',
      total: 'Schools',
      audited: 'Audited',
      failed: 'Failed',
      unwaived: 'Findings (unwaived)',
      waived: 'Findings waived',
      median: 'Median score',
      mean: 'Mean score',
    },
    schools: ['Id', 'School', 'Municipality', 'File', 'Status', 'Score', 'Findings', 'Clauses violated'],
    status: { audited: 'audited', failed: 'failed' },
    municipalities: [
      'Municipality',
      'Schools',
      'Audited',
      'Failed',
      'Schools violating',
      'Findings',
      'Min score',
      'Mean score',
      'Prohib. channels',
    ],
    clauses: ['Clause', 'Gist', 'Schools violating', 'Attestation required', 'Compliant', 'Findings'],
    worst: ['Id', 'School', 'Municipality', 'Score', 'Findings', 'Clauses violated'],
    failedColumns: ['Id', 'File', 'Errors', 'Codes'],
  },
} as const;

type Cell = string | number | null;

/**
 * The region as an Excel workbook, one sheet per view: summary, schools (run order), municipalities,
 * clauses, worst schools, failed schools. Node only (exceljs, loaded on first use). Cells hold plain
 * values — a name starting with «=» stays text, never a formula — and the file is byte-stable:
 * document dates are the as-of date and the archive's entries carry a fixed timestamp.
 */
// long-function: one sheet per view, each a short block of column declarations
async function formatRegionXlsx(
  summary: RegionSummary,
  schools: readonly SchoolResult[],
  options: RegionFormatOptions = {},
): Promise<Uint8Array> {
  const language: Language = options.language ?? summary.language;
  const W = WORDS[language];
  const L = labelsFor(language);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${summary.asOf}T00:00:00Z`);
  workbook.creator = summary.tool.name;
  workbook.lastModifiedBy = summary.tool.name;
  workbook.created = stamp;
  workbook.modified = stamp;

  const sheet = (name: string, header: readonly string[], rows: readonly (readonly Cell[])[]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow([...header]).font = { bold: true };
    for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? cleanLine(c) : c)));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.min(48, Math.max(10, h.length + 2))));
  };

  const R = W.rows;
  const summaryRows: Cell[][] = [
    [R.asOf, summary.asOf],
    [R.catalog, summary.catalog.version],
    [R.total, summary.schools.total],
    [R.audited, summary.schools.audited],
    [R.failed, summary.schools.failed],
    [R.unwaived, summary.findings.unwaived],
    ...SEVERITIES.map((s): Cell[] => [`${R.unwaived}: ${L.severity[s]}`, summary.findings.bySeverity[s]]),
    [R.waived, summary.findings.waived],
    [R.median, summary.score?.median ?? null],
    [R.mean, summary.score?.mean ?? null],
  ];
  sheet(W.sheets.summary, W.summary, summaryRows);
  sheet(
    W.sheets.schools,
    W.schools,
    schools.map((r) => [
      r.id,
      r.name ?? '',
      r.municipality ?? '',
      r.source ?? '',
      W.status[r.status],
      r.summary?.score ?? null,
      r.summary?.findings.unwaived ?? null,
      r.summary?.clauses.violated ?? null,
    ]),
  );
  sheet(
    W.sheets.municipalities,
    W.municipalities,
    Object.entries(summary.municipalities).map(([name, m]) => [
      name,
      m.schools,
      m.audited,
      m.failed,
      m.schoolsWithViolations,
      m.findings.unwaived,
      m.score?.min ?? null,
      m.score?.mean ?? null,
      m.prohibitedChannels,
    ]),
  );
  const titles = new Map(builtinCatalog().clauses.map((c) => [c.id, c.summary[language]]));
  const order = [
    ...new Set([...builtinCatalog().clauses.map((c) => c.id), ...Object.keys(summary.clauses)]),
  ].filter((id) => summary.clauses[id]);
  sheet(
    W.sheets.clauses,
    W.clauses,
    order.map((id) => {
      const c = summary.clauses[id]!;
      return [
        id,
        titles.get(id) ?? '',
        c.schools.violated,
        c.schools['attestation-required'],
        c.schools.compliant,
        c.findings,
      ];
    }),
  );
  sheet(
    W.sheets.worst,
    W.worst,
    summary.worst.map((w) => [
      w.id,
      w.name ?? '',
      w.municipality ?? '',
      w.score,
      w.unwaived,
      w.violatedClauses,
    ]),
  );
  sheet(
    W.sheets.failed,
    W.failedColumns,
    summary.failedSchools.map((f) => [f.id, f.source ?? '', f.errors, f.codes.join(', ')]),
  );

  const written = await workbook.xlsx.writeBuffer();
  // exceljs stamps each archive entry with the current time: repack with a fixed one.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' });
}

/** `formatRegionXlsx` with the common signature of whole-region outputs. */
export const regionXlsxFormatter: RegionFormatter = (summary, schools, options) =>
  formatRegionXlsx(summary, schools, options);
