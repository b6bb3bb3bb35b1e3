import { SEVERITIES, type Severity } from '../catalog/types.js';
import type { ClauseStatus, Finding, Report } from '../report/types.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { escapeHtml as h } from './escape-html.js';
import { runSetupLines, runSetupTitle, runSetupWarningWord } from './run-setup-view.js';
import { labelsFor, type Labels } from './labels.js';
import { engineName, pickLanguage } from './localize.js';
import { attestationPrompts, attestationTitle } from './attestation-view.js';
import {
  clauseTitle,
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

const SEVERITY_FILL: Record<Severity, string> = {
  critical: '#991b1b',
  high: '#dc2626',
  medium: '#d97706',
  low: '#2563eb',
  info: '#6b7280',
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
.cards{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.score{font-size:40px;font-weight:700;line-height:1}.score small{font-size:14px;font-weight:400;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:0 0 8px}
.cards table{width:auto}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
tbody th.group{background:#eef2ff;text-align:left}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.sev-critical{background:#991b1b}.sev-high{background:#dc2626}.sev-medium{background:#d97706}.sev-low{background:#2563eb}.sev-info{background:#6b7280}
.status{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;white-space:nowrap;border:1px solid}
.st-violated{background:#fee2e2;color:#991b1b;border-color:#fca5a5}
.st-attestation-required{background:#fef3c7;color:#92400e;border-color:#fcd34d}
.st-compliant,.st-attested{background:#dcfce7;color:#166534;border-color:#86efac}
.st-not-applicable,.st-informational{background:#f3f4f6;color:#374151;border-color:#d1d5db}
tr.waived td{opacity:.6}
.waiver{display:inline-block;margin-top:2px;font-size:12px;color:#6d28d9}
.note,.src{font-size:12px;color:var(--muted)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
svg.chart{width:100%;height:auto;max-width:900px}
svg.chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#111827}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media print{nav{display:none}body{padding:0}h2{break-after:avoid}tr{break-inside:avoid}}
`;

function statusBadge(status: ClauseStatus, L: Labels): string {
  return `<span class="status st-${h(status)}">${h(L.status[status] ?? status)}</span>`;
}

function severityBadge(severity: Severity, L: Labels): string {
  return `<span class="badge sev-${h(severity)}">${h(L.severity[severity] ?? severity)}</span>`;
}

/**
 * One self-contained HTML page: inline CSS, an inline SVG chart, no script, no external URL (every
 * link is a `#fragment`), a CSP that forbids loading anything. Every value from the report is
 * escaped with `escapeHtml`, which is safe in text and in quoted attributes alike.
 */
export function formatHtml(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const lang = opts.language;
  const clauseIndex = new Map(report.clauses.map((c, i) => [c.id, i] as const));
  const s = report.summary;
  const out: string[] = [];

  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(L.titles.report)} — ${h(report.school.name)}, ${h(report.asOf)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${h(L.titles.report)}</h1>`,
    '<dl class="meta">',
    `<dt>${h(L.fields.school)}</dt><dd>${h(report.school.name)}</dd>`,
    `<dt>${h(L.fields.region)}</dt><dd>${h(report.school.region)}</dd>`,
    `<dt>${h(L.fields.municipality)}</dt><dd>${h(report.school.municipality)}</dd>`,
    `<dt>${h(L.fields.asOf)}</dt><dd>${h(report.asOf)}</dd>`,
    `<dt>${h(L.fields.tool)}</dt><dd>${h(report.tool.name)} ${h(report.tool.version)} (${h(L.fields.engine.toLowerCase())}: ${h(engineName(report.engine, lang))})</dd>`,
    `<dt>${h(L.fields.catalog)}</dt><dd>${h(report.catalog.version)} (${h(report.catalog.hash.slice(0, 12))})</dd>`,
    `<dt>${h(L.fields.registry)}</dt><dd>${h(report.registry.version)} (${h(pickLanguage(report.registry.source, lang))})</dd>`,
    '</dl>',
    ...renderRunSetup(report, lang),
    '</header>',
    `<nav><a href="#summary">${h(L.titles.summary)}</a><a href="#chart">${h(L.titles.chart)}</a>` +
      `<a href="#checklist">${h(L.titles.checklist)}</a><a href="#findings">${h(L.titles.findings)}</a></nav>`,
  );

  // Summary.
  out.push('<section id="summary">', `<h2>${h(L.titles.summary)}</h2>`, '<div class="cards">');
  out.push(
    `<div><div class="score">${h(s.score)}<small> ${h(L.words.outOf)} 100</small></div>` +
      `<div class="note">${h(L.fields.score)}</div>` +
      `<div>${h(L.fields.unwaived)}: <strong>${h(s.findings.unwaived)}</strong>; ${h(L.fields.waived.toLowerCase())}: ${h(s.findings.waived)}</div></div>`,
  );
  out.push(
    `<table><thead><tr><th>${h(L.columns.severity)}</th><th class="num">${h(L.columns.findings)}</th></tr></thead><tbody>` +
      SEVERITIES.map((sv) => `<tr><td>${severityBadge(sv, L)}</td><td class="num">${h(s.findings.bySeverity[sv] ?? 0)}</td></tr>`).join('') +
      '</tbody></table>',
  );
  out.push(
    `<table><thead><tr><th>${h(L.columns.status)}</th><th class="num">${h(L.fields.clauses)}</th></tr></thead><tbody>` +
      CLAUSE_STATUSES.map((st) => `<tr><td>${statusBadge(st, L)}</td><td class="num">${h(s.clauses[st] ?? 0)}</td></tr>`).join('') +
      '</tbody></table>',
  );
  out.push('</div>', '</section>');

  // Chart: unwaived findings, one stacked bar per clause.
  const chartGroups = groupByClause(report, report.findings.filter((f) => !f.waived));
  out.push('<section id="chart">', `<h2>${h(L.titles.chart)}</h2>`, renderChart(chartGroups, L), `<p class="note">${h(L.words.chartNote)}</p>`, '</section>');

  // Checklist.
  out.push(
    '<section id="checklist">',
    `<h2>${h(L.titles.checklist)}</h2>`,
    `<table><thead><tr><th>${h(L.columns.clause)}</th><th>${h(L.columns.gist)}</th><th>${h(L.columns.status)}</th><th class="num">${h(L.columns.findings)}</th></tr></thead><tbody>`,
  );
  report.clauses.forEach((cl, i) => {
    const att = cl.attestation
      ? `<div class="note">${h(L.words.attestedOn)} ${h(cl.attestation.date)}${cl.attestation.validUntil ? `, ${h(L.words.until)} ${h(cl.attestation.validUntil)}` : ''}</div>`
      : '';
    out.push(
      `<tr id="c-${i}"><td>${h(cl.id)}</td><td>${h(clauseTitle(cl, lang))}</td><td>${statusBadge(cl.status, L)}${att}</td><td class="num">${h(cl.findings)}</td></tr>`,
    );
  });
  out.push('</tbody></table>', '</section>');

  // Findings by clause.
  out.push(...renderAttestationPrompts(report, lang));
  out.push('<section id="findings">', `<h2>${h(L.titles.findings)}</h2>`);
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
      const title = clauseTitle(group.clause, lang);
      const link = idx === undefined ? h(group.clauseId) : `<a href="#c-${idx}">${h(group.clauseId)}</a>`;
      out.push(
        `<tbody><tr><th class="group" colspan="6">${h(L.columns.clause)} ${link}${title ? ` — ${h(title)}` : ''}${group.clause ? ` ${statusBadge(group.clause.status, L)}` : ''}</th></tr>`,
      );
      group.findings.forEach((f, i) => out.push(renderFindingRow(f, i + 1, L)));
      out.push('</tbody>');
    }
    out.push('</table>');
  }
  out.push('</section>');

  if (report.waivers.unused.length > 0 || report.waivers.expired.length > 0) {
    out.push('<section id="waivers">', `<h2>${h(L.titles.waivers)}</h2>`, '<ul>');
    if (report.waivers.unused.length > 0) out.push(`<li>${h(L.fields.unusedWaivers)}: ${report.waivers.unused.map((w) => h(w)).join(', ')}</li>`);
    if (report.waivers.expired.length > 0) out.push(`<li>${h(L.fields.expiredWaivers)}: ${report.waivers.expired.map((w) => h(w)).join(', ')}</li>`);
    out.push('</ul>', '</section>');
  }
  if (report.diagnostics.length > 0) {
    out.push('<section id="diagnostics">', `<h2>${h(L.titles.diagnostics)}</h2>`, '<ul>');
    for (const d of report.diagnostics) {
      const msg = lang === 'en' ? d.message.en || d.message.ru : d.message.ru || d.message.en;
      const where = d.file ? formatSource({ file: d.file, line: d.line ?? 0, column: d.column ?? 0 }) : '';
      out.push(`<li><strong>${h(L.diagnosticSeverity[d.severity] ?? d.severity)}</strong> <code>${h(d.code)}</code>${where ? ` <span class="src">${h(where)}</span>` : ''}: ${h(msg)}</li>`);
    }
    out.push('</ul>', '</section>');
  }

  out.push(
    `<footer>${h(report.tool.name)} ${h(report.tool.version)} · ${h(L.fields.catalog)} ${h(report.catalog.version)} · ${h(L.fields.asOf)} ${h(report.asOf)}</footer>`,
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}

function renderFindingRow(f: Finding, n: number, L: Labels): string {
  const waiver = waiverText(f, L);
  const where = formatSource(primarySource(f));
  const cells = [
    `<td class="num">${n}</td>`,
    `<td>${severityBadge(f.severity, L)}</td>`,
    `<td>${h(subjectText(f, L))}${where ? `<div class="src">${h(where)}</div>` : ''}</td>`,
    `<td><strong>${h(f.title)}</strong><div>${h(f.message)}</div>` +
      `${waiver ? `<div class="waiver">${h(waiver)}</div>` : ''}${f.note ? `<div class="note">${h(f.note)}</div>` : ''}</td>`,
    `<td>${h(f.remediation)}</td>`,
    `<td class="rule">${h(f.ruleId)}</td>`,
  ];
  return `<tr${f.waived ? ' class="waived"' : ''}>${cells.join('')}</tr>`;
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
    parts.push(`<rect x="${lx}" y="6" width="12" height="12" fill="${SEVERITY_FILL[sv]}"></rect><text x="${lx + 16}" y="16">${h(L.severity[sv])}</text>`);
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
function renderRunSetup(report: Report, lang: 'ru' | 'en'): string[] {
  const lines = runSetupLines(report.setup, lang);
  if (lines.length === 0) return [];
  const title = runSetupTitle(lang);
  const items = lines.map((l) => {
    if (l.label === title) return `<li>${h(l.value)}</li>`;
    if (l.warning) return `<li class="setup-warning"><strong>⚠ ${h(runSetupWarningWord(lang))}: ${h(l.label)}: ${h(l.value)}</strong></li>`;
    return `<li>${h(l.label)}: ${h(l.value)}</li>`;
  });
  return [`<section id="setup"><h2>${h(title)}</h2><ul>`, ...items, '</ul></section>'];
}

/** Clauses awaiting an answer: the question and where to record it. */
function renderAttestationPrompts(report: Report, lang: 'ru' | 'en'): string[] {
  const prompts = attestationPrompts(report, lang);
  if (prompts.length === 0) return [];
  return [
    `<section id="attestations"><h2>${h(attestationTitle(lang))}</h2><ul>`,
    ...prompts.map((p) => `<li><strong>${h(p.clauseId)}</strong>: ${h(p.question)} <span class="note">${h(p.recordIn)}</span></li>`),
    '</ul></section>',
  ];
}
