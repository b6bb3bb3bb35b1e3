import { editionLine, registryLine } from './provenance.js';
import { SEVERITIES, type Language, type Severity } from '../model/vocabulary.js';
import { FACTS } from '../normalize/facts.js';
import type { ClauseResult, ClauseStatus, Evidence, Finding, Report } from '../report/types.js';
import { actLabelsFor, type ActLabels } from './act-labels.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { escapeHtml as h } from './escape-html.js';
import { runSetupLines, runSetupTitle, runSetupWarningWord } from './run-setup-view.js';
import { labelsFor, type Labels } from './labels.js';
import { engineName } from './localize.js';
import { attestationPrompts, attestationTitle } from './attestation-view.js';
import {
  clauseTitle,
  remarkLines,
  formatSource,
  groupByClause,
  primarySource,
  subjectText,
  visibleFindings,
  waiverText,
  type ClauseGroup,
} from './report-view.js';
import type { ResolvedFormatOptions } from './types.js';

/** The policy the page declares for itself: nothing may load, run or be fetched. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Chart fills: the badge colours, far apart in luminance so grayscale print tells them apart. */
const SEVERITY_FILL: Record<Severity, string> = {
  critical: '#450a0a',
  high: '#b91c1c',
  medium: '#d97706',
  low: '#93c5fd',
  info: '#e5e7eb',
};

const CSS = `
:root{color-scheme:light;--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#ffffff;--head:#f3f4f6}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 12px}
h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
nav{margin:8px 0 16px}nav a{margin-right:14px;color:#1d4ed8}
.setup-warning{color:#b91c1c}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
.act-title{text-align:center;margin:0 0 16px}.act-title h1{margin:0;font-size:22px;letter-spacing:.1em}.act-title p{margin:4px 0 0;font-size:16px}
.cards{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.score{font-size:40px;font-weight:700;line-height:1}.score small{font-size:14px;font-weight:400;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:0 0 8px}
.cards table{width:auto}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
tbody th.group{background:#eef2ff;text-align:left}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600;white-space:nowrap;border:1.5px solid #111827;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge::before{margin-right:3px}
.sev-critical{background:#450a0a;color:#fff}.sev-critical::before{content:"\\25A0\\25A0"}
.sev-high{background:#b91c1c;color:#fff}.sev-high::before{content:"\\25B2"}
.sev-medium{background:#d97706;color:#111827}.sev-medium::before{content:"\\25C6"}
.sev-low{background:#93c5fd;color:#111827;border-style:dashed}.sev-low::before{content:"\\25CB"}
.sev-info{background:#fff;color:#374151;border-style:dotted}.sev-info::before{content:"\\2013"}
.status{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;white-space:nowrap;border:1px solid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.st-violated{background:#fee2e2;color:#991b1b;border-color:#fca5a5}
.st-attestation-required,.st-undetermined{background:#fef3c7;color:#92400e;border-color:#fcd34d}
.st-compliant,.st-attested{background:#dcfce7;color:#166534;border-color:#86efac}
.st-not-applicable,.st-informational{background:#f3f4f6;color:#374151;border-color:#d1d5db}
tr.waived td{opacity:.6}
.waiver{display:inline-block;margin-top:2px;font-size:12px;color:#6d28d9}
.note,.src{font-size:12px;color:var(--muted)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
ul.evidence{margin:4px 0 0;padding-left:18px;font-size:12px}ul.evidence li{margin:0}
ul.evidence code{font-size:11px;color:var(--muted)}
.att{break-inside:avoid;border:1px solid var(--line);border-radius:4px;padding:6px 10px;margin:0 0 8px}
.att p{margin:2px 0}
.blank{display:inline-block;min-width:16em;border-bottom:1px solid #111827}.blank.short{min-width:8em}.blank.long{min-width:24em}
.choice{margin-right:14px;white-space:nowrap}
.signatures{break-inside:avoid;margin-top:28px}
.signatures table td{border:none;padding:10px 8px 2px 0;vertical-align:bottom}
.signatures .line{border-bottom:1px solid #111827;min-width:14em;height:1.4em}
.signatures td.gap{padding-top:18px}
svg.chart{width:100%;height:auto;max-width:900px}
svg.chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#111827}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;

/**
 * Paged media: A4 with margins, the page counter in the bottom margin box (Chromium ≥ 131 and
 * Safari ≥ 18.2 print margin boxes; other browsers print their own header and footer instead),
 * no finding or attestation split by a page break, headings kept with what follows.
 */
function printCss(header: string, footer: string, A: ActLabels): string {
  const font = 'font:9px system-ui,Arial,sans-serif;color:#374151';
  return (
    `@page{size:A4 portrait;margin:16mm 14mm 18mm 20mm;` +
    `@top-center{content:${cssString(header)};${font}}` +
    `@bottom-left{content:${cssString(footer)};${font}}` +
    `@bottom-right{content:${cssString(`${A.page} `)} counter(page) ${cssString(` ${A.of} `)} counter(pages);white-space:nowrap;${font}}}` +
    '@media print{nav,.screen-only{display:none}body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}' +
    'tr{break-inside:avoid}tbody th.group{break-after:avoid}thead{display:table-header-group}.cards{break-inside:avoid}' +
    'svg.chart{max-height:120mm}a{color:inherit;text-decoration:none}}'
  );
}

/**
 * A CSS string literal that cannot end the string, the rule or the `<style>` element: everything
 * outside letters, digits, space and plain punctuation becomes a hex escape.
 */
function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    out += /[\p{L}\p{N} .,:;№()«»—–-]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

function statusBadge(status: ClauseStatus, L: Labels): string {
  return `<span class="status st-${h(status)}">${h(L.status[status] ?? status)}</span>`;
}

function severityBadge(severity: Severity, L: Labels): string {
  return `<span class="badge sev-${h(severity)}">${h(L.severity[severity] ?? severity)}</span>`;
}

/**
 * One self-contained HTML page that prints as an act: inline CSS, an inline SVG chart, no script,
 * no external URL (every link is a `#fragment`), a CSP that forbids loading anything. Every value
 * from the report is escaped with `escapeHtml`, which is safe in text and in quoted attributes alike.
 */
// long-function: the HTML document's sections in output order; splitting would scatter one template
export function formatHtml(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const A = actLabelsFor(opts.language);
  const lang = opts.language;
  const footer = `${A.title} · ${L.fields.asOf.toLowerCase()} ${report.asOf}`;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(L.titles.report)} — ${h(report.school.name)}, ${h(report.asOf)}</title>`,
    `<style>${CSS}${printCss(report.school.name, footer, A)}</style>`,
    '</head>',
    '<body>',
    titleBlock(report, opts, L, A),
    `<nav><a href="#summary">${h(L.titles.summary)}</a><a href="#chart">${h(L.titles.chart)}</a>` +
      `<a href="#checklist">${h(L.titles.checklist)}</a><a href="#findings">${h(L.titles.findings)}</a>` +
      `<a href="#attestations">${h(A.attestations)}</a><a href="#signatures">${h(A.signatures)}</a></nav>`,
    summarySection(report, L),
    chartSection(report, L),
    checklistSection(report, opts, L, A),
    renderAttestationPrompts(report, opts.language).join('\n'),
    findingsSection(report, opts, L),
    attestationSection(report, opts, L, A),
    waiversSection(report, L),
    diagnosticsSection(report, opts, L),
    `<footer>${h(report.tool.name)} ${h(report.tool.version)} · ${h(L.fields.catalog)} ${h(report.catalog.version)} · ${h(L.fields.asOf)} ${h(report.asOf)}` +
      `<span class="screen-only"> · ${h(A.printNote)}</span></footer>`,
    signatureBlock(opts, A),
    '</body>',
    '</html>',
  ].filter((part) => part !== '');
  return `${out.join('\n')}\n`;
}

/** «АКТ проверки…», the school and the run: what an archive clerk files the act by. */
function titleBlock(report: Report, opts: ResolvedFormatOptions, L: Labels, A: ActLabels): string {
  const rows: [string, string][] = [
    [L.fields.school, report.school.name],
    [L.fields.region, report.school.region],
    [L.fields.municipality, report.school.municipality],
    [L.fields.asOf, report.asOf],
  ];
  if (opts.act.date) rows.push([A.actDate, opts.act.date]);
  rows.push(
    [
      L.fields.tool,
      `${report.tool.name} ${report.tool.version} (${L.fields.engine.toLowerCase()}: ${engineName(report.engine, opts.language)})`,
    ],
    [L.fields.catalog, `${report.catalog.version} (${report.catalog.hash.slice(0, 12)})`],
    [L.fields.registry, registryLine(report, L, (x) => x, opts.language)],
  );
  if (report.edition) rows.push([L.fields.edition, editionLine(report, L, (x) => x)]);
  return [
    '<header>',
    `<div class="act-title"><h1>${h(A.title)}</h1><p>${h(A.subtitle)}</p><p class="note">${h(L.titles.report)}</p></div>`,
    '<dl class="meta">',
    ...rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`),
    '</dl>',
    ...renderRunSetup(report, opts.language),
    '</header>',
  ].join('\n');
}

function summarySection(report: Report, L: Labels): string {
  const s = report.summary;
  return [
    '<section id="summary">',
    `<h2>${h(L.titles.summary)}</h2>`,
    '<div class="cards">',
    `<div><div class="score">${h(s.score)}<small> ${h(L.words.outOf)} 100</small></div>` +
      `<div class="note">${h(L.fields.score)}</div>` +
      (s.coverage !== undefined
        ? `<div>${h(L.fields.coverage)}: <strong>${h(s.coverage)}</strong></div>`
        : '') +
      `<div>${h(L.fields.unwaived)}: <strong>${h(s.findings.unwaived)}</strong>; ${h(L.fields.waived.toLowerCase())}: ${h(s.findings.waived)}</div></div>`,
    `<table><thead><tr><th>${h(L.columns.severity)}</th><th class="num">${h(L.columns.findings)}</th></tr></thead><tbody>` +
      SEVERITIES.map(
        (sv) =>
          `<tr><td>${severityBadge(sv, L)}</td><td class="num">${h(s.findings.bySeverity[sv] ?? 0)}</td></tr>`,
      ).join('') +
      '</tbody></table>',
    `<table><thead><tr><th>${h(L.columns.status)}</th><th class="num">${h(L.fields.clauses)}</th></tr></thead><tbody>` +
      CLAUSE_STATUSES.map(
        (st) => `<tr><td>${statusBadge(st, L)}</td><td class="num">${h(s.clauses[st] ?? 0)}</td></tr>`,
      ).join('') +
      '</tbody></table>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** Unwaived findings, one stacked bar per clause. */
function chartSection(report: Report, L: Labels): string {
  const chartGroups = groupByClause(
    report,
    report.findings.filter((f) => !f.waived),
  );
  return [
    '<section id="chart">',
    `<h2>${h(L.titles.chart)}</h2>`,
    renderChart(chartGroups, L),
    `<p class="note">${h(L.words.chartNote)}</p>`,
    '</section>',
  ].join('\n');
}

function checklistSection(report: Report, opts: ResolvedFormatOptions, L: Labels, A: ActLabels): string {
  const out = [
    '<section id="checklist">',
    `<h2>${h(L.titles.checklist)}</h2>`,
    `<table><thead><tr><th>${h(L.columns.clause)}</th><th>${h(L.columns.gist)}</th><th>${h(L.columns.status)}</th><th class="num">${h(L.columns.findings)}</th></tr></thead><tbody>`,
  ];
  report.clauses.forEach((cl, i) => {
    const att = cl.attestation ? `<div class="note">${h(answerLine(cl, A))}</div>` : '';
    const remarks = remarkLines(cl, L)
      .map((line) => `<div class="note">${h(line)}</div>`)
      .join('');
    out.push(
      `<tr id="c-${i}"><td>${h(cl.id)}</td><td>${h(clauseTitle(cl, opts.language))}</td><td>${statusBadge(cl.status, L)}${att}${remarks}</td><td class="num">${h(cl.findings)}</td></tr>`,
    );
  });
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

/** «да — p-001, 2026-09-01, действует до 2027-08-31 (school.yaml:5); статус определён ответом». */
function answerLine(cl: ClauseResult, A: ActLabels): string {
  const a = cl.attestation;
  if (!a) return A.noAnswer;
  const parts = [
    `${A.answer}: ${A.answers[a.answer as keyof ActLabels['answers']] ?? a.answer}`,
    a.by,
    a.date,
  ];
  if (a.validUntil) parts.push(`${A.validUntil} ${a.validUntil}`);
  let line = parts.join(', ');
  const where = formatSource(a.source);
  if (where) line += ` (${where})`;
  if (a.expired) line += `; ${A.expired}`;
  else if (cl.decidedBy === 'attestation') line += `; ${A.decidedByAnswer}`;
  return line;
}

function findingsSection(report: Report, opts: ResolvedFormatOptions, L: Labels): string {
  const clauseIndex = new Map(report.clauses.map((c, i) => [c.id, i] as const));
  const out = ['<section id="findings">', `<h2>${h(L.titles.findings)}</h2>`];
  const groups = groupByClause(report, visibleFindings(report, opts));
  if (groups.length === 0) {
    out.push(`<p>${h(L.words.noFindings)}</p>`);
  } else {
    out.push(
      `<table><thead><tr><th class="num">${h(L.columns.number)}</th><th>${h(L.columns.severity)}</th><th>${h(L.columns.subject)}</th>` +
        `<th>${h(L.columns.message)}</th><th>${h(L.columns.remediation)}</th><th>${h(L.columns.ruleId)}</th></tr></thead>`,
    );
    for (const group of groups) {
      const idx = clauseIndex.get(group.clauseId);
      const title = clauseTitle(group.clause, opts.language);
      const link = idx === undefined ? h(group.clauseId) : `<a href="#c-${idx}">${h(group.clauseId)}</a>`;
      out.push(
        `<tbody><tr><th class="group" colspan="6">${h(L.columns.clause)} ${link}${title ? ` — ${h(title)}` : ''}${group.clause ? ` ${statusBadge(group.clause.status, L)}` : ''}</th></tr>`,
      );
      group.findings.forEach((f, i) => out.push(renderFindingRow(f, i + 1, L, opts.language)));
      out.push('</tbody>');
    }
    out.push('</table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * Every clause the catalog asks a person about: the question, the recorded answer with who, when
 * and where it is written down, or blank lines and the answer choices to tick by hand.
 */
function attestationSection(report: Report, opts: ResolvedFormatOptions, L: Labels, A: ActLabels): string {
  const asked = report.clauses.filter((c) => c.question || c.disposition === 'attest' || c.attestation);
  if (asked.length === 0) return '';
  const lang = opts.language;
  const out = [
    '<section id="attestations">',
    `<h2>${h(A.attestations)}</h2>`,
    `<p class="note">${h(A.attestationsNote)}</p>`,
  ];
  for (const cl of asked) {
    const question = cl.question
      ? lang === 'en'
        ? cl.question.en || cl.question.ru
        : cl.question.ru || cl.question.en
      : clauseTitle(cl, lang);
    const a = cl.attestation;
    out.push(`<div class="att" data-clause="${h(cl.id)}">`);
    out.push(
      `<p><strong>${h(L.columns.clause)} ${h(cl.id)}.</strong> ${h(question)} ${statusBadge(cl.status, L)}</p>`,
    );
    if (a && !a.expired) {
      out.push(`<p>${h(answerLine(cl, A))}</p>`);
      if (a.evidence) out.push(`<p class="note">${h(A.evidence)}: ${h(a.evidence)}</p>`);
    } else {
      if (a) out.push(`<p class="note">${h(answerLine(cl, A))}</p>`);
      const choices = Object.values(A.answers)
        .map((c) => `<span class="choice">\u2610 ${h(c)}</span>`)
        .join('');
      out.push(
        `<p>${h(A.answer)}: ${choices}</p>`,
        `<p>${h(A.answeredBy)}: <span class="blank"></span> ${h(A.date)}: <span class="blank short"></span></p>`,
        `<p>${h(A.evidence)}: <span class="blank long"></span></p>`,
      );
    }
    out.push('</div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function waiversSection(report: Report, L: Labels): string {
  if (report.waivers.unused.length === 0 && report.waivers.expired.length === 0) return '';
  const out = ['<section id="waivers">', `<h2>${h(L.titles.waivers)}</h2>`, '<ul>'];
  if (report.waivers.unused.length > 0)
    out.push(`<li>${h(L.fields.unusedWaivers)}: ${report.waivers.unused.map((w) => h(w)).join(', ')}</li>`);
  if (report.waivers.expired.length > 0)
    out.push(`<li>${h(L.fields.expiredWaivers)}: ${report.waivers.expired.map((w) => h(w)).join(', ')}</li>`);
  out.push('</ul>', '</section>');
  return out.join('\n');
}

function diagnosticsSection(report: Report, opts: ResolvedFormatOptions, L: Labels): string {
  if (report.diagnostics.length === 0) return '';
  const out = ['<section id="diagnostics">', `<h2>${h(L.titles.diagnostics)}</h2>`, '<ul>'];
  for (const d of report.diagnostics) {
    const msg = opts.language === 'en' ? d.message.en || d.message.ru : d.message.ru || d.message.en;
    const where = d.file ? formatSource({ file: d.file, line: d.line ?? 0, column: d.column ?? 0 }) : '';
    out.push(
      `<li><strong>${h(L.diagnosticSeverity[d.severity] ?? d.severity)}</strong> <code>${h(d.code)}</code>${where ? ` <span class="src">${h(where)}</span>` : ''}: ${h(msg)}</li>`,
    );
  }
  out.push('</ul>', '</section>');
  return out.join('\n');
}

/**
 * The last block of the act, never split by a page break: who audited (from options or config,
 * otherwise a line to fill by hand), position, date, signature, seal, and the head's acknowledgement.
 */
function signatureBlock(opts: ResolvedFormatOptions, A: ActLabels): string {
  const filled = (value: string | undefined, blank: string): string => (value ? h(value) : h(blank));
  const line = (label: string, value: string): string =>
    `<tr><td>${h(label)}:</td><td><div class="line">${value}</div></td></tr>`;
  return [
    '<section id="signatures" class="signatures">',
    `<h2>${h(A.signatures)}</h2>`,
    '<table>',
    line(A.auditor, filled(opts.act.auditor, '')),
    line(A.position, filled(opts.act.position, '')),
    line(A.date, filled(opts.act.date, A.blankDate)),
    line(A.signature, ''),
    `<tr><td colspan="2">${h(A.seal)}</td></tr>`,
    `<tr><td colspan="2" class="gap">${h(A.acquainted)}:</td></tr>`,
    line(A.signature, ''),
    line(A.date, h(A.blankDate)),
    '</table>',
    '</section>',
  ].join('\n');
}

function renderFindingRow(f: Finding, n: number, L: Labels, lang: 'ru' | 'en'): string {
  const waiver = waiverText(f, L);
  const where = formatSource(primarySource(f));
  const cells = [
    `<td class="num">${n}</td>`,
    `<td>${severityBadge(f.severity, L)}</td>`,
    `<td>${h(subjectText(f, L))}${where ? `<div class="src">${h(where)}</div>` : ''}</td>`,
    `<td><strong>${h(f.title)}</strong><div>${h(f.message)}</div>` +
      `${waiver ? `<div class="waiver">${h(waiver)}</div>` : ''}${f.note ? `<div class="note">${h(f.note)}</div>` : ''}${evidenceList(f, L, lang)}</td>`,
    `<td>${h(f.remediation)}</td>`,
    `<td class="rule">${h(f.ruleId)}</td>`,
  ];
  return `<tr${f.waived ? ' class="waived"' : ''}>${cells.join('')}</tr>`;
}

/**
 * The finding's evidence as a person reads it: what the fact means, its value (already masked by
 * the audit), and the file:line it came from; the fact's code in small print for the curious.
 */
function evidenceList(f: Finding, L: Labels, lang: 'ru' | 'en'): string {
  if (f.evidence.length === 0) return '';
  const facts = FACTS[f.subject.type] as
    | Readonly<Record<string, { description: { ru: string; en: string } }>>
    | undefined;
  const items = f.evidence.map((e) => {
    const spec = facts?.[e.fact];
    // The description's head names the fact; its tail (after «:» or «(») lists the codes a value
    // may take, which the act does not need in front of a reader.
    const description = spec ? (lang === 'en' ? spec.description.en : spec.description.ru) : undefined;
    const name = description ? description.split(/[:(]/)[0]!.trim() || description : e.fact;
    const where = formatSource(e.source);
    // Recorded values (codes, ids, platform names as written) are data, shown as code; yes/no and
    // «unknown» are the report's own words.
    const value = evidenceValue(e, L, lang);
    const shown =
      typeof e.value === 'boolean' || e.value === null || e.value === undefined
        ? h(value)
        : `<code>${h(value)}</code>`;
    return `<li>${h(name)}: <strong>${shown}</strong>${where ? ` <span class="src">(${h(where)})</span>` : ''} <code>${h(e.fact)}</code></li>`;
  });
  return `<ul class="evidence">${items.join('')}</ul>`;
}

function evidenceValue(e: Evidence, L: Labels, lang: 'ru' | 'en'): string {
  const v = e.value;
  if (v === null || v === undefined) return actLabelsFor(lang).unknown;
  if (typeof v === 'boolean') return v ? L.words.yes : L.words.no;
  if (Array.isArray(v))
    return v.length === 0
      ? L.words.none
      : v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Horizontal stacked bars: a row per clause with unwaived findings, a segment per severity. */
function renderChart(groups: ClauseGroup[], L: Labels): string {
  if (groups.length === 0) return `<p>${h(L.words.chartEmpty)}</p>`;
  const rows = groups.map((g) => {
    const counts = Object.fromEntries(SEVERITIES.map((sv) => [sv, 0])) as Record<Severity, number>;
    for (const f of g.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    return { id: g.clauseId, counts, total: g.findings.length };
  });
  const max = Math.max(1, ...rows.map((r) => r.total));
  const labelW = 110;
  const barW = 560;
  const rowH = 22;
  const gap = 6;
  const legendH = 28;
  const height = legendH + rows.length * (rowH + gap) + 4;
  const width = labelW + barW + 50;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${h(L.titles.chart)}</title>`,
  );
  // Legend.
  let lx = labelW;
  parts.push('<g class="legend">');
  for (const sv of SEVERITIES) {
    parts.push(
      `<rect x="${lx}" y="6" width="12" height="12" fill="${SEVERITY_FILL[sv]}"></rect><text x="${lx + 16}" y="16">${h(L.severity[sv])}</text>`,
    );
    lx += 16 + [...L.severity[sv]].length * 7 + 18;
  }
  parts.push('</g>');
  rows.forEach((r, i) => {
    const y = legendH + i * (rowH + gap);
    parts.push(`<g class="bar" data-clause="${h(r.id)}" data-total="${r.total}">`);
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${h(r.id)}</text>`);
    let x = labelW;
    for (const sv of SEVERITIES) {
      const n = r.counts[sv];
      if (!n) continue;
      const w = Math.max(1, Math.round((n / max) * barW * 100) / 100);
      parts.push(
        `<rect class="seg" data-severity="${sv}" x="${round(x)}" y="${y}" width="${w}" height="${rowH}" fill="${SEVERITY_FILL[sv]}"><title>${h(r.id)} — ${h(L.severity[sv])}: ${n}</title></rect>`,
      );
      x += w;
    }
    parts.push(`<text x="${round(x + 6)}" y="${y + 15}">${r.total}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The run setup in the act's header, where the signer reads it; a switched-off core rule is a warning. */
function renderRunSetup(report: Report, lang: Language): string[] {
  const lines = runSetupLines(report.setup, lang);
  if (lines.length === 0) return [];
  const title = runSetupTitle(lang);
  const items = lines.map((l) => {
    if (l.label === title) return `<li>${h(l.value)}</li>`;
    if (l.warning)
      return `<li class="setup-warning"><strong>⚠ ${h(runSetupWarningWord(lang))}: ${h(l.label)}: ${h(l.value)}</strong></li>`;
    return `<li>${h(l.label)}: ${h(l.value)}</li>`;
  });
  return [`<section id="setup"><h2>${h(title)}</h2><ul>`, ...items, '</ul></section>'];
}

/** Clauses awaiting an answer: the question and where to record it. */
function renderAttestationPrompts(report: Report, lang: Language): string[] {
  const prompts = attestationPrompts(report, lang);
  if (prompts.length === 0) return [];
  return [
    `<section id="attestation-prompts"><h2>${h(attestationTitle(lang))}</h2><ul>`,
    ...prompts.map(
      (p) =>
        `<li><strong>${h(p.clauseId)}</strong>: ${h(p.question)} <span class="note">${h(p.recordIn)}</span></li>`,
    ),
    '</ul></section>',
  ];
}
