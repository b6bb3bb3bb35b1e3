import { scanTotal } from './format-scan-result.js';
import { summarizeScan } from './summarize-scan.js';
import { SCAN_KINDS, type ScanKind, type ScanResult, type ScanStreamFinding } from './types.js';

/**
 * `scan --format ndjson`: one line per finding as it is found, then one line per file (its chats
 * with their safe titles, counts, diagnostics), then one summary line. A finding names its chat by
 * index into the file line's `chats`, because a title is only settled once the whole export is
 * read. Values are masked and authors pseudonymous, as in every scan output.
 */
export function formatScanFindingLine(file: string, finding: ScanStreamFinding): string {
  return `${JSON.stringify({ type: 'finding', file, ...finding })}\n`;
}

export function formatScanFileLine(file: string, result: ScanResult): string {
  const summary = summarizeScan(result);
  return `${JSON.stringify({
    type: 'file',
    file,
    format: result.format,
    messages: result.messages,
    chats: result.chats,
    findings: scanTotal(result),
    summary: { personalData: summary.personalData, paymentData: summary.paymentData },
    countsByKind: result.countsByKind,
    messagesByKind: result.messagesByKind ?? {},
    countsByDetector: result.countsByDetector ?? {},
    diagnostics: result.diagnostics,
  })}\n`;
}

/** Totals over every file, in `SCAN_KINDS` order: what a consumer checks its line count against. */
export function scanTotals(results: readonly ScanResult[]): {
  files: number;
  messages: number;
  findings: number;
  summary: { personalData: number; paymentData: number };
  countsByKind: Partial<Record<ScanKind, number>>;
  messagesByKind: Partial<Record<ScanKind, number>>;
} {
  const counts: Partial<Record<ScanKind, number>> = {};
  const messagesByKind: Partial<Record<ScanKind, number>> = {};
  let messages = 0;
  let personalData = 0;
  let paymentData = 0;
  for (const r of results) {
    messages += r.messages;
    const s = summarizeScan(r);
    personalData += s.personalData;
    paymentData += s.paymentData;
    for (const kind of SCAN_KINDS) {
      const n = r.countsByKind[kind];
      if (n) counts[kind] = (counts[kind] ?? 0) + n;
      const m = r.messagesByKind?.[kind];
      if (m) messagesByKind[kind] = (messagesByKind[kind] ?? 0) + m;
    }
  }
  return {
    files: results.length,
    messages,
    findings: personalData + paymentData,
    summary: { personalData, paymentData },
    countsByKind: counts,
    messagesByKind,
  };
}

export function formatScanSummaryLine(results: readonly ScanResult[]): string {
  return `${JSON.stringify({ type: 'summary', ...scanTotals(results) })}\n`;
}
