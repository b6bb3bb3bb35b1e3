import { describe, expect, it } from 'vitest';
import { escapeCsvCell, isFormulaLike } from '../../src/format/escape-csv.js';
import { formatReport } from '../../src/format/index.js';
import { LABELS } from '../../src/format/labels.js';
import { readCsv } from './helpers.js';
import type { Report } from '../../src/report/types.js';
import { buildHostileReport, buildSampleReport, mapReportText } from './sample-report.js';

const COLUMNS = 15;
const MESSAGE = 7;

/** Clauses the CSV lists after the findings: undetermined ones and those with notes. */
const remarked = (report: Report) =>
  report.clauses.filter((c) => (c.missing?.length ?? 0) > 0 || (c.notes?.length ?? 0) > 0);

describe('csv format', () => {
  it.each([';', ','] as const)('reads back with delimiter %j: header + one row per finding', (delimiter) => {
    const report = buildSampleReport();
    const csv = formatReport(report, 'csv', { csvDelimiter: delimiter });
    const rows = readCsv(csv, delimiter);
    expect(rows).toHaveLength(report.findings.length + remarked(report).length + 1);
    for (const row of rows) expect(row).toHaveLength(COLUMNS);
    expect(rows[0]![0]).toBe(LABELS.ru.columns.ruleId);
    rows.slice(1, 1 + report.findings.length).forEach((row, i) => {
      const f = report.findings[i]!;
      expect(row[0]).toBe(f.ruleId);
      expect(row[1]).toBe(f.clauses.join(', '));
      expect(row[2]).toBe(LABELS.ru.severity[f.severity]);
      expect(row[4]).toBe(f.subject.id);
      expect(row[MESSAGE]).toBe(f.message);
      expect(row[9]).toBe(f.waived ? 'да' : 'нет');
      expect(row[COLUMNS - 1]).toBe(f.fingerprint);
    });
  });

  it('starts with a UTF-8 BOM by default, without on request; CRLF records', () => {
    const report = buildSampleReport();
    const csv = formatReport(report, 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(formatReport(report, 'csv', { csvBom: false }).charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(report.findings.length + remarked(report).length + 2);
  });

  it('has an English header on request', () => {
    const rows = readCsv(formatReport(buildSampleReport(), 'csv', { language: 'en' }), ';');
    expect(rows[0]).toContain('Fingerprint');
    expect(rows[1]![2]).toBe('critical');
  });

  it('drops waived rows when includeWaived is false', () => {
    const report = buildSampleReport();
    const rows = readCsv(formatReport(report, 'csv', { includeWaived: false }), ';');
    expect(rows).toHaveLength(report.findings.filter((f) => !f.waived).length + remarked(report).length + 1);
  });

  it('lists undetermined clauses after the findings: status, what is missing and where to record it, notes', () => {
    const report = buildSampleReport();
    const rows = readCsv(formatReport(report, 'csv'), ';');
    const row = rows[1 + report.findings.length]!;
    expect(row[0]).toBe('');
    expect(row[1]).toBe('2.6.a');
    expect(row[6]).toBe(LABELS.ru.status.undetermined);
    expect(row[MESSAGE]).toContain('profileSecured');
    expect(row[MESSAGE]).toContain('people[].profile.secured');
    expect(row[12]).toMatch(/истекло/);
  });

  it.each([
    ['=HYPERLINK("http://x")'],
    ['=HYPERLINK("http://evil","x")'],
    ['+1'],
    ['-1'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['   =1+1'],
    ['\n-2'],
    ['\u00a0@x'],
    ['\u0001=1'],
  ])('neutralises the formula %j in every text column', (payload) => {
    const report = mapReportText(buildSampleReport(), () => payload);
    for (const delimiter of [';', ','] as const) {
      const rows = readCsv(formatReport(report, 'csv', { csvDelimiter: delimiter }), delimiter);
      expect(rows).toHaveLength(report.findings.length + remarked(report).length + 1);
      for (const row of rows.slice(1, 1 + report.findings.length)) {
        for (const col of [0, 4, 5, 6, MESSAGE, 8]) {
          const cell = row[col]!;
          expect(cell.startsWith("'"), `column ${col}: ${JSON.stringify(cell)}`).toBe(true);
          expect(isFormulaLike(cell)).toBe(false);
        }
      }
    }
  });

  it('leaves ordinary text alone', () => {
    expect(escapeCsvCell('Перенесите общение в Сферум', ';')).toBe('Перенесите общение в Сферум');
    expect(escapeCsvCell('a;b', ';')).toBe('"a;b"');
    expect(escapeCsvCell('a;b', ',')).toBe('a;b');
    expect(escapeCsvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(escapeCsvCell('5-1', ',')).toBe('5-1');
    expect(escapeCsvCell('', ',')).toBe('');
    expect(escapeCsvCell(42, ',')).toBe('42');
  });

  it('keeps the row count with hostile values (quotes, delimiters, newlines)', () => {
    const report = buildHostileReport();
    for (const delimiter of [';', ','] as const) {
      const rows = readCsv(formatReport(report, 'csv', { csvDelimiter: delimiter }), delimiter);
      expect(rows).toHaveLength(report.findings.length + remarked(report).length + 1);
      for (const row of rows) expect(row).toHaveLength(COLUMNS);
    }
  });
});
