import { catalog as builtinCatalog } from '../catalog/catalog.js';
import { SEVERITIES } from '../model/vocabulary.js';
import { escapeHtml as h } from '../format/escape-html.js';
import { HTML_CSP } from '../format/format-html.js';
import { labelsFor } from '../format/labels.js';
import type { Language } from '../model/vocabulary.js';
import type { RegionFormatter, RegionFormatOptions } from './region-formatter.js';
import type { RegionSummary } from './types.js';

const WORDS = {
  ru: {
    title: 'Региональная проверка: обзор',
    asOf: 'Дата проверки',
    catalog: 'Каталог правил',
    schools: (t: number, a: number, f: number) => `Школ: ${t} (проверено ${a}, не удалось проверить ${f})`,
    findings: 'Нарушения по важности (без исключений)',
    municipalities: 'Доля школ с нарушениями по муниципалитетам',
    muniBar: (v: number, a: number) => `${v} из ${a}`,
    clauses: 'Школ с нарушением по пунктам Порядка',
    noViolations: 'Нарушенных пунктов нет.',
    worst: 'Школы с наименьшим баллом',
    worstColumns: ['ИД', 'Школа', 'Муниципалитет', 'Балл', 'Крит.', 'Выс.', 'Пунктов нарушено'],
    failed: 'Не удалось проверить',
    score: 'Баллы: мин., медиана, среднее, макс.',
  },
  en: {
    title: 'Regional audit: overview',
    asOf: 'As of',
    catalog: 'Rule catalog',
    schools: (t: number, a: number, f: number) => `Schools: ${t} (audited ${a}, failed ${f})`,
    findings: 'Findings by severity (unwaived)',
    municipalities: 'Share of schools with violations by municipality',
    muniBar: (v: number, a: number) => `${v} of ${a}`,
    clauses: 'Schools violating each clause',
    noViolations: 'No clause is violated.',
    worst: 'Lowest-scoring schools',
    worstColumns: ['Id', 'School', 'Municipality', 'Score', 'Crit.', 'High', 'Clauses violated'],
    failed: 'Could not be audited',
    score: 'Scores: min, median, mean, max',
  },
} as const;

const CSS = [
  'body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#111;padding:0 1em}',
  'h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}',
  'table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left}',
  'td.n,th.n{text-align:right}svg{display:block;max-width:100%}svg text{font:12px system-ui,sans-serif}',
].join('');

const BAR_HEIGHT = 20;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 360;

interface Bar {
  label: string;
  value: number;
  max: number;
  caption: string;
}

/** A horizontal bar chart as inline SVG: one row per bar, label, bar and caption, all escaped. */
function barChart(title: string, bars: readonly Bar[]): string {
  const height = bars.length * BAR_HEIGHT + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + 90;
  const rows = bars.map((b, i) => {
    const y = i * BAR_HEIGHT + 2;
    const w = b.max > 0 ? Math.round((b.value / b.max) * BAR_WIDTH) : 0;
    const label = b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label;
    return (
      `<text x="0" y="${y + 14}">${h(label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${BAR_HEIGHT - 6}" fill="#eee"/>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${BAR_HEIGHT - 6}" fill="#dc2626"/>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 14}">${h(b.caption)}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${h(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`;
}

/**
 * A self-contained HTML overview of a region for an official: totals, findings by severity, bar
 * charts (inline SVG) of schools with violations by municipality and by clause, the worst schools
 * and the schools that failed. No scripts, no external requests (a CSP forbids them); every value
 * from input files is escaped.
 */
function formatRegionHtml(summary: RegionSummary, options: RegionFormatOptions = {}): string {
  const language: Language = options.language ?? summary.language;
  const W = WORDS[language];
  const L = labelsFor(language);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(W.title)} — ${h(summary.asOf)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(W.title)}</h1>`,
    `<p>${h(W.asOf)}: ${h(summary.asOf)}. ${h(W.catalog)}: ${h(summary.catalog.version)}. ${h(W.schools(summary.schools.total, summary.schools.audited, summary.schools.failed))}</p>`,
  ];
  if (summary.score) {
    const s = summary.score;
    out.push(`<p>${h(W.score)}: ${s.min}, ${s.median}, ${s.mean}, ${s.max}</p>`);
  }
  out.push(`<h2>${h(W.findings)}</h2>`, '<table><tr>');
  out.push(SEVERITIES.map((s) => `<th class="n">${h(L.severity[s])}</th>`).join(''), '</tr><tr>');
  out.push(
    SEVERITIES.map((s) => `<td class="n">${summary.findings.bySeverity[s]}</td>`).join(''),
    '</tr></table>',
  );

  out.push(`<h2>${h(W.municipalities)}</h2>`);
  const munis = Object.entries(summary.municipalities).map(([name, m]) => ({
    label: name,
    value: m.schoolsWithViolations,
    max: m.audited,
    caption: W.muniBar(m.schoolsWithViolations, m.audited),
  }));
  out.push(barChart(W.municipalities, munis));

  out.push(`<h2>${h(W.clauses)}</h2>`);
  const order = [...builtinCatalog().clauses.map((c) => c.id), ...Object.keys(summary.clauses)];
  const clauseBars = [...new Set(order)]
    .map((id) => [id, summary.clauses[id]] as const)
    .filter(([, c]) => c && c.schools.violated > 0)
    .map(([id, c]) => ({
      label: id,
      value: c!.schools.violated,
      max: summary.schools.audited,
      caption: W.muniBar(c!.schools.violated, summary.schools.audited),
    }));
  out.push(clauseBars.length > 0 ? barChart(W.clauses, clauseBars) : `<p>${h(W.noViolations)}</p>`);

  if (summary.worst.length > 0) {
    out.push(`<h2>${h(W.worst)}</h2>`, '<table>');
    out.push(
      `<tr>${W.worstColumns.map((c, i) => `<th${i >= 3 ? ' class="n"' : ''}>${h(c)}</th>`).join('')}</tr>`,
    );
    for (const w of summary.worst) {
      const cells = [w.id, w.name ?? '', w.municipality ?? ''].map((c) => `<td>${h(c)}</td>`).join('');
      const nums = [w.score, w.bySeverity.critical, w.bySeverity.high, w.violatedClauses]
        .map((n) => `<td class="n">${n}</td>`)
        .join('');
      out.push(`<tr>${cells}${nums}</tr>`);
    }
    out.push('</table>');
  }
  if (summary.failedSchools.length > 0) {
    out.push(`<h2>${h(W.failed)}</h2>`, '<ul>');
    for (const f of summary.failedSchools)
      out.push(`<li>${h(f.source ?? f.id)}: ${h(f.codes.join(', '))}</li>`);
    out.push('</ul>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/** `formatRegionHtml` with the common signature of whole-region outputs. */
export const regionHtmlFormatter: RegionFormatter = (summary, _schools, options) =>
  formatRegionHtml(summary, options);
