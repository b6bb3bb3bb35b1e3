import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/scan/detectors/detector.js';
import { newPhoneMatch, type PhoneMatch, scanPhones } from '../../../src/scan/detectors/phone-matcher.js';
import { phoneDetector } from '../../../src/scan/detectors/phone.js';
import { expectEqual } from '../../expect-equal.js';
import { everyText, sameRows, sumOverRandomTexts } from './helpers.js';
import { phoneDetector as byPatterns } from './reference/phone-regex.js';

/** The patterns the matcher replaced: the reference it must agree with on every text. */
const STRICT =
  /(?<![\d\p{L}_+])(?:(\+ ?7|8|7)[ -]?)?(\(\d{3}\)|\d{3})[ -]?(\d{3})[ -]?(\d{2})[ -]?(\d{2})(?![\d])(?!-\d)/gu;
const LOOSE = /(?<![\d\p{L}_+])(\+ ?7|8)[ -]?(\(\d{3}\)|\d{3})[ -]?((?:\d[ -]?){6}\d)(?![\d])(?!-\d)/gu;

const STRICT_TAIL = /^(?:\d{3}[ -]?\d{2}[ -]?\d{2})$/;

type Found = [index: number, match: string, prefix?: string, code?: string, rest?: string];

function byPattern(text: string, loose: boolean): Found[] {
  // An exec loop: what matchAll finds (neither pattern matches empty), without the copy of the
  // pattern matchAll makes on each of ~250,000 calls.
  const re = loose ? LOOSE : STRICT;
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push(loose ? [m.index, m[0], m[1], m[2], m[3]] : [m.index, m[0], m[1], m[2]]);
  return out;
}

/** Both layouts' matches, from the one pass, as the patterns' match arrays would show them. */
function byMatcher(text: string): { strict: Found[]; loose: Found[] } {
  const out: { strict: Found[]; loose: Found[] } = { strict: [], loose: [] };
  scanPhones(
    text,
    (loose: boolean, m: PhoneMatch) => {
      const found: Found = [
        m.start,
        text.slice(m.start, m.end),
        m.prefixEnd > m.start ? text.slice(m.start, m.prefixEnd) : undefined,
        text.slice(m.codeStart, m.codeEnd),
      ];
      if (loose) found.push(text.slice(m.restStart, m.end));
      (loose ? out.loose : out.strict).push(found);
    },
    newPhoneMatch(),
  );
  return out;
}

/**
 * Both layouts, on the text as the detector sees it (`norm`); how many matches the patterns found
 * (so a test can show it was not vacuous). Compared row by row first: `toEqual` only to report.
 */
function expectSame(raw: string): number {
  const text = viewOf(raw).norm;
  let matches = 0;
  const found = byMatcher(text);
  for (const loose of [false, true]) {
    // Loose matches grouped 3-2-2 after the prefix are the strict layout's: the matcher may leave
    // them out (the detector drops them), so both sides are compared without them.
    const expected = byPattern(text, loose).filter((f) => !(loose && STRICT_TAIL.test(f[4]!)));
    const actual = (loose ? found.loose : found.strict).filter((f) => !(loose && STRICT_TAIL.test(f[4]!)));
    if (!sameRows(actual, expected))
      expect(actual, `${loose ? 'loose' : 'strict'} on ${JSON.stringify(text)}`).toEqual(expected);
    matches += expected.length;
  }
  return matches;
}

const pieces = [
  '+7',
  '+ 7',
  '+',
  '8',
  '7',
  '9',
  '3',
  '0',
  '12',
  '123',
  '912',
  '(912)',
  '5',
  '(555)',
  '(345)',
  '(812)',
  '6',
  '(91',
  ')',
  '(',
  '345',
  '67',
  '4567',
  ' ',
  '-',
  '--',
  '  ',
  '_',
  'a',
  'Z',
  'ж',
  'Ё',
  'ӿ',
  'ǅ',
  '𝐀',
  '😀',
  '\uD835',
  '\uDC00',
  '\u0345',
  '\u00A0',
  '\u2009',
  '\u3000',
  '\t',
  '\u2013',
  '\u2212',
  '\uFF0D',
  '\n',
  '.',
  ',',
  'тел.',
  '+79123456789',
  '8 (912) 345-67-89',
  '8912 25-14-989',
  '89123456789',
];

describe('phone matcher = the phone patterns', () => {
  it.each([
    '+7 913 123-45-67',
    '+ 7 (912) 345 67 89',
    '8912345678',
    '8 912 345 67 89-1',
    '8912 25-14-989',
    '8-912-3456789',
    '79123456789',
    'a89123456789 _89123456789 +89123456789 𝐀89123456789 😀89123456789',
    '\u034589123456789',
    '8 (912)3456789 8(912) 345-67-89-',
    '889123456789',
  ])('on %j', (text) => {
    expectSame(text);
  });

  it('on random texts of digits, separators, prefixes, brackets and letters', () => {
    expect(sumOverRandomTexts(pieces, 20_000, expectSame)).toBeGreaterThan(1_000);
  });

  it('on every text of up to five pieces of a small alphabet', () => {
    const alphabet = ['8', '+7', '9', '912', '(912)', '345', '67', ' ', '-', 'a'];
    let matches = 0;
    for (const text of everyText(alphabet, 5)) matches += expectSame(text);
    expect(matches).toBeGreaterThan(1_000);
  });
});

describe('phone detector = the phone detector with its patterns', () => {
  const words = ['тел. ', 'звоните ', 'заказ ', '№', 'ID ', 'паспорт ', 'сот.', 'call '];
  it('on random texts with and without the words its confidence depends on', () => {
    const found = sumOverRandomTexts([...pieces, ...words], 10_000, (text) => {
      let matches = 0;
      for (const exhaustive of [false, true]) {
        const expected = byPatterns.detect(viewOf(text, exhaustive));
        expectEqual(phoneDetector.detect(viewOf(text, exhaustive)), expected, text);
        matches += expected.length;
      }
      return matches;
    });
    expect(found).toBeGreaterThan(1_000);
  });
});
