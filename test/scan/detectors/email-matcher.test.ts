import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/scan/detectors/detector.js';
import { type EmailMatch, nextEmail } from '../../../src/scan/detectors/email-matcher.js';
import { emailDetector } from '../../../src/scan/detectors/email.js';
import { expectEqual } from '../../expect-equal.js';
import { everyText, sameRows, sumOverRandomTexts } from './helpers.js';
import { emailDetector as byPatterns } from './reference/email-regex.js';

/** The pattern the matcher replaced: the reference it must agree with on every text. */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/giu;

function byPattern(text: string): [number, string][] {
  // An exec loop: what matchAll finds (the pattern never matches empty), without the copy of the
  // pattern matchAll makes on each of ~300,000 calls.
  const out: [number, string][] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function byMatcher(text: string): [number, string][] {
  const out: [number, string][] = [];
  const m: EmailMatch = { start: 0, end: 0 };
  for (let from = 0; nextEmail(text, from, m); from = m.end) out.push([m.start, text.slice(m.start, m.end)]);
  return out;
}

/** On the text as the detector sees it (`norm`); how many matches the pattern found. */
function expectSame(raw: string): number {
  const text = viewOf(raw).norm;
  const expected = byPattern(text);
  const actual = byMatcher(text);
  if (!sameRows(actual, expected)) expect(actual, JSON.stringify(text)).toEqual(expected);
  return expected.length;
}

const pieces = [
  'a',
  'Z',
  'b1',
  '7',
  'Я',
  'ё',
  'é',
  'ǅ',
  '𝐀',
  '😀',
  '\uD835',
  '\uDC00',
  '\u0345',
  'ſ',
  '\u212A',
  '²',
  '.',
  '..',
  '-',
  '_',
  '+',
  '%',
  '@',
  '@@',
  ' ',
  '\u00A0',
  '\u2013',
  '\n',
  ',',
  ';',
  ':',
  '<',
  'ru',
  'RU',
  'com',
  'рф',
  'РФ',
  'рус',
  'москва',
  'МОСКВА',
  'дети',
  'мᲂсква',
  'example',
  'mail.ru',
  'school72@edu.nso.ru',
  'x'.repeat(24),
  'x'.repeat(61),
  'x'.repeat(62),
  'x'.repeat(70),
  'icon@2x.png',
];

describe('email matcher = the e-mail pattern', () => {
  it.each([
    'ivan.petrov@mail.ru',
    'tom.parent1985@gmail.com.',
    'директор@школа72.рф',
    'a@b.cd.e1',
    'a@b.ru_x@c.ru',
    'a.@b.ru .a@b.ru a..b@c.ru',
    'a@b.ſu a@b.\u212Aa a@b.rus a@b.ру a@b.рус-',
    `${'x'.repeat(64)}@b.ru ${'x'.repeat(65)}@b.ru`,
    `a@${'x'.repeat(63)}.ru a@${'x'.repeat(64)}.ru`,
    `a@b.${'x'.repeat(24)} a@b.${'x'.repeat(25)}`,
    '\u0345a@b.ru a@b.ru\u0345',
    '𝐀@𝐀.ru 😀a@b.ru',
  ])('on %j', (text) => {
    expectSame(text);
  });

  it('on random texts of letters in several scripts, odd dots and hyphens, spaces and dashes', () => {
    expect(sumOverRandomTexts(pieces, 20_000, expectSame)).toBeGreaterThan(1_000);
  });

  it('on every text of up to six pieces of a small alphabet', () => {
    const alphabet = ['a', '.', '-', '_', '@', 'рф', 'ru', 'ſ'];
    let matches = 0;
    for (const text of everyText(alphabet, 6)) matches += expectSame(text);
    expect(matches).toBeGreaterThan(500);
  });
});

describe('email detector = the e-mail detector with its pattern', () => {
  it('finds what the pattern finds after U+0345, which the old start-at-each-@ shortcut missed', () => {
    // U+0345 is no letter, but case-folds to one (ι), so the case-blind pattern takes it as the
    // first character of the local part; the old detector started the pattern after it.
    const text = '\u0345school72@edu.nso.ru';
    expect(byPatterns.detect(viewOf(text))).toEqual([]);
    expect(emailDetector.detect(viewOf(text))).toMatchObject([{ start: 0, end: text.length }]);
    expect(byPattern(text)).toEqual([[0, text]]);
  });

  it('on random texts', () => {
    const others = pieces.filter((p) => p !== '\u0345');
    const found = sumOverRandomTexts(others, 5_000, (text) => {
      const expected = byPatterns.detect(viewOf(text));
      expectEqual(emailDetector.detect(viewOf(text)), expected, text);
      return expected.length;
    });
    expect(found).toBeGreaterThan(300);
  });
});
