import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/format/escape-markdown.js';
import { formatReport } from '../../src/format/index.js';
import { markdownTables, markdownTableShapeErrors, unescapedIndexes } from './helpers.js';
import { buildHostileReport, buildSampleReport, mapReportText } from './sample-report.js';

/** Headings the formatter writes itself; any other line starting with `#` came from input. */
const OWN_HEADING =
  /^(# Отчёт о проверке|## (Требуется подтверждение|Настройки проверки|Сводка|Перечень пунктов Порядка|Недостаточно данных и примечания к пунктам|Нарушения по пунктам|Исключения|Замечания к входным данным)$|### Пункт )/;

describe('md format', () => {
  it('has the act layout: title, requisites, summary, the full checklist, findings by clause', () => {
    const report = buildSampleReport();
    const md = formatReport(report, 'md');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toMatch(/^# Отчёт о проверке/);
    expect(headings).toContain('## Сводка');
    expect(headings).toContain('## Перечень пунктов Порядка');
    expect(headings).toContain('## Нарушения по пунктам');
    expect(headings).toContain('### Пункт 2.final. Запрет иностранных мессенджеров из перечня Роскомнадзора');
    const checklist = markdownTables(md).find((t) => t[0]?.startsWith('| Пункт | Содержание'))!;
    expect(checklist).toHaveLength(report.clauses.length + 2);
    expect(md).toContain('| 2.1.f | Контроль использования учебного профиля | требуется подтверждение | 0 |');
    expect(md).toContain('МБОУ СОШ № 72');
  });

  it('every table row has as many unescaped pipes as its header', () => {
    expect(markdownTableShapeErrors(formatReport(buildSampleReport(), 'md'))).toEqual([]);
    expect(markdownTableShapeErrors(formatReport(buildHostileReport(), 'md'))).toEqual([]);
  });

  it('marks the waived finding and can leave it out', () => {
    const report = buildSampleReport();
    expect(formatReport(report, 'md')).toContain('исключение W-2025-007 до 2025-12-31');
    expect(formatReport(report, 'md', { includeWaived: false })).not.toContain('W-2025-007 до');
  });

  it.each([
    ['| pipe | and\nnewline', '\\| pipe \\| and newline'],
    ['# heading', '\\# heading'],
    ['*bold* _it_ ~del~', '\\*bold\\* \\_it\\_ \\~del\\~'],
    ['`code`', '\\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['![img](x.png)', '\\!\\[img\\](x.png)'],
    ['<b>tag</b>', '\\<b\\>tag\\</b\\>'],
    ['&lt; entity', '\\&lt; entity'],
    ['back\\slash \\|', 'back\\\\slash \\\\\\|'],
    ['- item', '- item'],
    ['2.final', '2.final'],
    ['$x$', '\\$x\\$'],
    ['a\r\nb\tc', 'a b c'],
    ['ctl\u0000\u001b[0m', 'ctl\\[0m'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['= underline', '\\= underline'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
  ])('at the start of a line also escapes the block marker of %j', (input, expected) => {
    expect(escapeMarkdown(input, { lineStart: true })).toBe(expected);
  });

  it('no input value can open a heading, a link, an image, a code span or HTML', () => {
    const md = formatReport(buildHostileReport(), 'md');
    for (const line of md.split('\n')) {
      if (line.startsWith('#')) expect(line).toMatch(OWN_HEADING);
      // The score line is the formatter's own bold text, with numbers only.
      if (
        /^\*\*Индекс соответствия:\*\* \d+ из 100\. (\*\*Решено пунктов, %:\*\* [\d.]+\. )?Нарушений: \d+; под исключением: \d+\.$/.test(
          line,
        )
      )
        continue;
      for (const ch of ['<', '[', ']', '`', '*', '_', '&', '!']) {
        expect(unescapedIndexes(line, ch), `${ch} in ${line.slice(0, 80)}`).toEqual([]);
      }
    }
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });

  it('keeps each finding on one table row even with newlines in every field', () => {
    const report = mapReportText(buildSampleReport(), (_f, v) => `${v}\nвторая строка\r\nтретья`);
    const md = formatReport(report, 'md');
    expect(markdownTableShapeErrors(md)).toEqual([]);
    const finalTable = markdownTables(md).find((t) => t.some((r) => r.includes('ch-05')))!;
    expect(finalTable).toHaveLength(2 + 2);
  });
});
