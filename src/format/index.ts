import type { Report } from '../report/types.js';
import { formatCsv } from './format-csv.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatMarkdown } from './format-md.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { resolveOptions } from './report-view.js';
import { FORMAT_NAMES, type FormatName, type FormatOptions } from './types.js';

export type { ActDetails, FormatName, FormatOptions } from './types.js';
export { FORMAT_NAMES } from './types.js';
export { LABELS, labelsFor, type Labels } from './labels.js';
export { HTML_CSP } from './format-html.js';
export { defineFormatter, type FormatterContext, type ReportFormatter } from './formatter.js';
export { SARIF_FINGERPRINT_KEY, sarifLevel, type SarifLevel } from './format-sarif.js';
export { stableStringify } from '../model/stable-json.js';

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && (FORMAT_NAMES as readonly string[]).includes(value);
}

/**
 * Renders a report as text. Pure: no file system, no environment, no clock — the same report and
 * options always give the same string. An unknown format is a programming error (the CLI checks
 * names against `FORMAT_NAMES` first) and throws a `TypeError`.
 */
export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  const opts = resolveOptions(report, options);
  switch (format) {
    case 'text':
      return formatText(report, opts);
    case 'json':
      return formatJson(report);
    case 'md':
      return formatMarkdown(report, opts);
    case 'html':
      return formatHtml(report, opts);
    case 'csv':
      return formatCsv(report, opts);
    case 'junit':
      return formatJunit(report, opts);
    case 'sarif':
      return formatSarif(report, opts);
    default:
      throw new TypeError(`Unknown report format «${String(format)}»; known: ${FORMAT_NAMES.join(', ')}`);
  }
}
