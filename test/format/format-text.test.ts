import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/format/index.js';
import { buildHostileReport, buildSampleReport, SAMPLE_FINDINGS } from './sample-report.js';

const width = (s: string) => [...s].length;

describe('text format', () => {
  it('shows control and bidi characters from the data visibly instead of printing or dropping them', () => {
    const hostile = buildSampleReport();
    hostile.school.name = 'Школа\u001b[2J\u001b]0;title\u0007 \u202eevil\r\nend';
    const text = formatReport(hostile, 'text');
    expect(text).toContain('Школа\\x1b[2J\\x1b]0;title\\x07 \\u202eevil end');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  const report = buildSampleReport();
  const out = formatReport(report, 'text');
  const lines = out.split('\n');

  it('has a header with school, as-of date, tool and catalog versions', () => {
    expect(lines[0]).toContain('Отчёт о проверке');
    expect(out).toMatch(/Школа:\s+МБОУ СОШ № 72/);
    expect(out).toMatch(/Дата проверки:\s+2025-03-01/);
    expect(out).toContain('sferum-compliance 0.1.0');
    expect(out).toContain('2025.1.0');
  });

  it('aligns the summary tables by code points (Cyrillic labels, right-aligned numbers)', () => {
    const start = lines.findIndex((l) => l.trimStart().startsWith('Важность'));
    const table = lines.slice(start, start + 6);
    expect(table).toHaveLength(6);
    expect(new Set(table.map(width)).size).toBe(1);
    expect(table[1]).toMatch(/^ {2}критическая +2$/);
    const st = lines.findIndex((l) => l.trimStart().startsWith('Статус'));
    const statuses = lines.slice(st, st + 7);
    expect(new Set(statuses.map(width)).size).toBe(1);
    expect(out).toContain('Индекс соответствия: 58 из 100');
  });

  it('groups findings under clause headings in document order, a finding under each of its clauses', () => {
    const headings = lines
      .filter((l) => /^\S/.test(l) && /^(\d|header)/.test(l))
      .map((l) => l.split('  ')[0]);
    expect(headings).toEqual(['1.3', '2.1.b', '2.2.h', '2.3.b', '2.4.b', '2.5.b', '2.final']);
    expect(lines.filter((l) => l.includes('(t-014)'))).toHaveLength(2);
  });

  it('puts every finding body in the same column', () => {
    const body = lines.filter((l) => l.includes('→ '));
    expect(body.length).toBeGreaterThan(0);
    const col = body[0]!.indexOf('→');
    for (const l of body) expect(l.indexOf('→')).toBe(col);
    expect(col).toBe(2 + width('критическая') + 2);
  });

  it('marks waived findings and hides them when includeWaived is false', () => {
    expect(out).toContain('[исключение W-2025-007 до 2025-12-31]');
    const hidden = formatReport(report, 'text', { includeWaived: false });
    expect(hidden).not.toContain('W-2025-007 до');
    expect(hidden).not.toContain('(adm-2)');
  });

  it('ends with a totals line', () => {
    const last = lines[lines.length - 2]!;
    expect(lines[lines.length - 1]).toBe('');
    expect(last).toBe(
      '✖ Нарушений: 6 (критическая: 2, высокая: 1, средняя: 1, низкая: 1, информация: 1) · под исключением: 1 · индекс соответствия: 58 из 100',
    );
  });

  it('says so when there is nothing to report', () => {
    const empty = formatReport(buildSampleReport({ findings: [] }), 'text');
    expect(empty).toContain('Нарушений не найдено.');
    expect(empty.trimEnd().split('\n').at(-1)).toMatch(/^✔ Нарушений: 0 · /);
  });

  it('colours only when asked', () => {
    expect(out).not.toContain('\u001b');
    const coloured = formatReport(report, 'text', { color: true });
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(out);
  });

  it('never passes control characters from the input to the terminal', () => {
    const hostile = formatReport(buildHostileReport(), 'text', { color: true });
    // Only SGR sequences, and only those picocolors writes.
    expect(hostile.replace(/\u001b\[\d+m/g, '')).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/,
    );
  });

  it('speaks English on request', () => {
    const en = formatReport(report, 'text', { language: 'en' });
    expect(en).toContain('Findings: 6 (critical: 2');
    expect(en).toContain('No foreign messengers from the Roskomnadzor list');
    expect(SAMPLE_FINDINGS[0]!.message).toContain('WhatsApp');
  });
});
