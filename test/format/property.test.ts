import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { FormatName } from '../../src/format/index.js';
import { buildSampleReport, mapReportText } from './sample-report.js';
import { expectSafe } from './safety.js';

/** Characters that mean something to at least one of the formats, plus letters and spaces. */
const SPECIAL = [
  '<',
  '>',
  '"',
  "'",
  '&',
  ';',
  '|',
  '\n',
  '\r',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '`',
  '[',
  ']',
  '(',
  ')',
  '#',
  '*',
  '_',
  '~',
  '!',
  '$',
  '\\',
  ',',
  '/',
  ':',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\u200f',
  '\uFEFF',
  '\uFFFE',
  '\uD800',
  '\uDFFF',
  '😀',
  'я',
  'Ё',
  'a',
  ' ',
  ']]>',
  '-->',
  '<!--',
  'script',
  'onerror=',
  'javascript:',
];

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 24 }),
  // Raw UTF-16 code units: lone surrogates included.
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 16 })
    .map((units) => String.fromCharCode(...units)),
);

const FIELDS = [
  'finding.title',
  'finding.message',
  'finding.remediation',
  'finding.subject.label',
  'finding.subject.id',
  'clause.title.ru',
  'school.name',
  'waiver.justification',
  'finding.note',
  'evidence.source.file',
];

const texts = fc.array(nasty, { minLength: FIELDS.length, maxLength: FIELDS.length });

const sample = buildSampleReport();

function withTexts(values: string[]) {
  return mapReportText(sample, (field, original) => {
    const i = FIELDS.indexOf(field);
    return i < 0 ? original : (values[i] ?? original);
  });
}

describe('arbitrary strings never break a format’s structure', () => {
  it.each([
    ['csv', { csvDelimiter: ';' }],
    ['csv', { csvDelimiter: ',' }],
    ['junit', {}],
    ['html', {}],
    ['md', {}],
    ['sarif', {}],
    ['text', { color: true }],
    ['json', {}],
  ] as [FormatName, object][])('%s %j', (format, options) => {
    fc.assert(
      fc.property(texts, (values) => {
        expectSafe(format, withTexts(values), options);
      }),
      { numRuns: 120 },
    );
  });
});
