/**
 * The offline page: a school administrator drops school.yaml and the CSV files (and, when there
 * are any, chat exports, waivers.yaml, attestations.yaml), sees what is wrong in them with file,
 * line and column, and gets the same act `audit --format html` writes, ready to print. Everything
 * runs in this page: the Content-Security-Policy forbids every request, and nothing here makes one.
 */
import {
  audit,
  createMemoryFileReader,
  formatReport,
  loadSchool,
  parseWaivers,
  scanExport,
  summarizeScan,
  type Diagnostic,
  type Report,
} from '../src/index.js';
import type { ExportSummary } from '../src/audit/types.js';
import type { Waiver } from '../src/waivers/types.js';
import { sha256Hex } from '../src/load/read-input-file.js';
import type { ScanFormat } from '../src/scan/index.js';

type Lang = 'ru' | 'en';

const TEXT = {
  ru: {
    title: 'Проверка школы по Порядку «Сферум» и VK Мессенджера',
    lead: 'Всё выполняется на этом компьютере: файлы никуда не отправляются, страница не делает ни одного запроса в сеть.',
    drop: 'Перетащите сюда school.yaml и CSV-файлы (и, если есть, выгрузки чатов, waivers.yaml, attestations.yaml)',
    pick: 'или выберите файлы',
    files: 'Файлы',
    asOf: 'Дата проверки',
    auditor: 'Проверяющий (ФИО)',
    position: 'Должность',
    actDate: 'Дата акта',
    errors: 'Ошибки во входных данных — исправьте и перетащите файлы снова',
    warnings: 'Предупреждения',
    noSchool: 'Среди файлов нет файла школы (school.yaml, school.yml или school.json).',
    running: 'Проверка…',
    summary: (r: Report) =>
      `Проверено на ${r.asOf}: индекс соответствия ${r.summary.score} из 100, нарушений ${r.summary.findings.unwaived}` +
      (r.summary.findings.waived ? `, под исключением ${r.summary.findings.waived}` : '') +
      `, пунктов требуют подтверждения: ${r.summary.clauses['attestation-required'] ?? 0}.`,
    print: 'Печать акта',
    saveHtml: 'Сохранить акт (HTML)',
    saveJson: 'Сохранить отчёт (JSON)',
    report: 'Акт проверки',
    other: 'English',
    failed: 'Проверка не удалась',
  },
  en: {
    title: 'School audit: the Sferum / VK Messenger regulation',
    lead: 'Everything runs on this computer: the files go nowhere, the page makes no network request at all.',
    drop: 'Drop school.yaml and the CSV files here (and chat exports, waivers.yaml, attestations.yaml if you have them)',
    pick: 'or pick the files',
    files: 'Files',
    asOf: 'As-of date',
    auditor: 'Auditor (name)',
    position: 'Position',
    actDate: 'Date of the act',
    errors: 'Input errors — fix them and drop the files again',
    warnings: 'Warnings',
    noSchool: 'No school file among the files (school.yaml, school.yml or school.json).',
    running: 'Auditing…',
    summary: (r: Report) =>
      `Audited as of ${r.asOf}: compliance score ${r.summary.score} of 100, findings ${r.summary.findings.unwaived}` +
      (r.summary.findings.waived ? `, waived ${r.summary.findings.waived}` : '') +
      `, clauses awaiting attestation: ${r.summary.clauses['attestation-required'] ?? 0}.`,
    print: 'Print the act',
    saveHtml: 'Save the act (HTML)',
    saveJson: 'Save the report (JSON)',
    report: 'Audit act',
    other: 'Русский',
    failed: 'The audit failed',
  },
} as const;

const SCHOOL_NAMES = ['school.yaml', 'school.yml', 'school.json'];
const WAIVER_NAMES = ['waivers.yaml', 'waivers.yml'];

let lang: Lang = 'ru';
let files: Record<string, Uint8Array> = {};
let lastReport: Report | undefined;
let lastHtml = '';
let runId = 0;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function todayInMoscow(): string {
  // The CLI's default «today» is the calendar date in Europe/Moscow; the page agrees.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return parts;
}

function applyLanguage(): void {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) {
    const key = el.dataset.t as keyof typeof t;
    const value = t[key];
    if (typeof value === 'string') el.textContent = value;
  }
  $('lang').textContent = t.other;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function listFiles(): void {
  const ul = $('file-list');
  ul.replaceChildren(
    ...Object.keys(files)
      .sort()
      .map((name) => {
        const li = document.createElement('li');
        li.textContent = `${name} — ${files[name]!.byteLength.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB')} ${lang === 'ru' ? 'байт' : 'bytes'}`;
        return li;
      }),
  );
}

async function addFiles(list: FileList | File[]): Promise<void> {
  for (const f of Array.from(list)) files[f.name] = new Uint8Array(await f.arrayBuffer());
  listFiles();
  await run();
}

function showDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const t = TEXT[lang];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const box = $('diagnostics');
  box.replaceChildren();
  for (const [title, items, cls] of [
    [t.errors, errors, 'error'],
    [t.warnings, warnings, 'warning'],
  ] as const) {
    if (items.length === 0) continue;
    const h = document.createElement('h2');
    h.textContent = title;
    const ol = document.createElement('ol');
    ol.className = cls;
    for (const d of items) {
      const li = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = d.file
        ? `${d.file}${d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : ''}`
        : '';
      li.append(where, ` ${d.code}: ${d.message[lang] || d.message.ru}`);
      if (d.hint) {
        const hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = d.hint[lang] || d.hint.ru;
        li.append(hint);
      }
      ol.append(li);
    }
    box.append(h, ol);
  }
  box.hidden = errors.length === 0 && warnings.length === 0;
}

/** Chat exports the school file lists, found among the dropped files by path or by name. */
async function scanExports(
  exports: readonly { channel: string; file: string; format?: string }[],
  diagnostics: Diagnostic[],
  inputFiles: { path: string; sha256: string }[],
): Promise<Record<string, ExportSummary>> {
  const summaries: Record<string, ExportSummary> = {};
  for (const ref of exports) {
    const bytes = files[ref.file] ?? files[baseName(ref.file)];
    if (!bytes) {
      diagnostics.push({
        code: 'FILE_NOT_FOUND',
        severity: 'error',
        message: {
          ru: `выгрузка чата «${ref.file}» не найдена: перетащите и её`,
          en: `chat export «${ref.file}» not found: drop it too`,
        },
        file: ref.file,
      });
      continue;
    }
    const result = await scanExport(bytes, {
      fileName: baseName(ref.file),
      displayPath: ref.file,
      ...(ref.format ? { format: ref.format as ScanFormat } : {}),
    });
    diagnostics.push(...result.diagnostics);
    const s = summarizeScan(result);
    const prev = summaries[ref.channel];
    if (prev) {
      const countsByKind: Record<string, number> = { ...prev.countsByKind };
      for (const [k, n] of Object.entries(s.countsByKind))
        countsByKind[k] = (countsByKind[k] ?? 0) + (n ?? 0);
      summaries[ref.channel] = {
        personalData: prev.personalData + s.personalData,
        paymentData: prev.paymentData + s.paymentData,
        countsByKind,
      };
    } else {
      summaries[ref.channel] = s as ExportSummary;
    }
    inputFiles.push({ path: ref.file, sha256: sha256Hex(bytes) });
  }
  return summaries;
}

async function run(): Promise<void> {
  const id = ++runId;
  const t = TEXT[lang];
  const status = $('status');
  $('result').hidden = true;
  const entry = SCHOOL_NAMES.find((n) => files[n]);
  if (!entry) {
    status.textContent = Object.keys(files).length > 0 ? t.noSchool : '';
    showDiagnostics([]);
    return;
  }
  status.textContent = t.running;
  try {
    // Exports are keyed by the path the school file gives as well, so the loader and the scan agree.
    const reader = createMemoryFileReader(files);
    const attestations = files['attestations.yaml'] ? { attestationsPath: 'attestations.yaml' } : {};
    const loaded = await loadSchool(entry, reader, { ...attestations });
    const diagnostics: Diagnostic[] = [...loaded.diagnostics];
    const inputFiles: { path: string; sha256: string }[] = [];
    let waivers: Waiver[] | undefined;
    const waiverName = WAIVER_NAMES.find((n) => files[n]);
    if (waiverName) {
      const w = parseWaivers(new TextDecoder().decode(files[waiverName]), waiverName);
      diagnostics.push(...w.diagnostics);
      waivers = w.waivers;
      inputFiles.push({ path: waiverName, sha256: sha256Hex(files[waiverName]!) });
    }
    const exportSummaries = loaded.input
      ? await scanExports(loaded.input.exports ?? [], diagnostics, inputFiles)
      : {};
    if (id !== runId) return;
    showDiagnostics(diagnostics);
    if (!loaded.input || diagnostics.some((d) => d.severity === 'error')) {
      status.textContent = '';
      return;
    }
    const asOf = ($('asof') as HTMLInputElement).value || todayInMoscow();
    const report = await audit(loaded.input, {
      asOf,
      language: lang,
      exportSummaries,
      inputFiles,
      diagnostics: diagnostics.filter((d) => d.severity === 'warning'),
      ...(waivers ? { waivers } : {}),
    });
    if (id !== runId) return;
    const auditor = ($('auditor') as HTMLInputElement).value.trim();
    const position = ($('position') as HTMLInputElement).value.trim();
    const actDate = ($('actdate') as HTMLInputElement).value;
    lastReport = report;
    lastHtml = formatReport(report, 'html', {
      language: lang,
      act: {
        ...(auditor ? { auditor } : {}),
        ...(position ? { position } : {}),
        ...(actDate ? { date: actDate } : {}),
      },
    });
    status.textContent = t.summary(report);
    const frame = $<HTMLIFrameElement>('report');
    frame.srcdoc = lastHtml;
    $('result').hidden = false;
    document.body.dataset.state = 'done';
  } catch (error) {
    status.textContent = `${t.failed}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fitFrame(): void {
  const frame = $<HTMLIFrameElement>('report');
  const doc = frame.contentDocument;
  if (doc?.documentElement) frame.style.height = `${doc.documentElement.scrollHeight + 24}px`;
}

function init(): void {
  $<HTMLInputElement>('asof').value = todayInMoscow();
  applyLanguage();
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
  });
  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', () => {
    files = {};
    if (input.files) void addFiles(input.files);
  });
  for (const id of ['asof', 'auditor', 'position', 'actdate'])
    $(id).addEventListener('change', () => void run());
  $('lang').addEventListener('click', () => {
    lang = lang === 'ru' ? 'en' : 'ru';
    applyLanguage();
    listFiles();
    void run();
  });
  $('report').addEventListener('load', fitFrame);
  $('print').addEventListener('click', () => $<HTMLIFrameElement>('report').contentWindow?.print());
  $('save-html').addEventListener(
    'click',
    () => lastReport && download(`акт-${lastReport.asOf}.html`, lastHtml, 'text/html'),
  );
  $('save-json').addEventListener(
    'click',
    () =>
      lastReport &&
      download(`report-${lastReport.asOf}.json`, formatReport(lastReport, 'json'), 'application/json'),
  );
}

init();
