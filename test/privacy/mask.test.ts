import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/privacy/mask.js';

describe('maskValue', () => {
  it.each([
    ['+7 913 123-45-67', '+• ••• •••-••-67'],
    ['12345678901', '•••••••••01'],
    ['Иванов', '••••ов'],
    ['12', '••'],
    ['abc', '•••'],
  ])('%s → %s', (input, expected) => {
    expect(maskValue(input)).toBe(expected);
  });

  it('keeps punctuation so the shape stays readable', () => {
    expect(maskValue('a.b@c.ru', 2)).toBe('•.•@•.••');
    expect(maskValue('ivanov@mail.ru', 2)).toBe('••••••@••••.ru');
  });
});

/** The implementation before it worked on slices (array of code points): the reference. */
function maskByCodePoints(value: string, keep = 2): string {
  const significantChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
  const chars = [...value];
  const significant = chars.filter(significantChar).length;
  const visible = significant >= keep * 3 ? keep : 0;
  let seen = 0;
  return chars
    .map((c) => {
      if (!significantChar(c)) return c;
      seen += 1;
      return seen > significant - visible ? c : '•';
    })
    .join('');
}

describe('maskValue on any text', () => {
  const pieces = [
    '7',
    'a',
    'Z',
    'ж',
    'Ё',
    'ё',
    'ҁ',
    '҂',
    'é',
    '٣',
    '😀',
    '𝐀',
    '\uD835',
    '\uDC00',
    ' ',
    '-',
    '@',
    '.',
    '•',
  ];

  it('equals masking code point by code point (surrogate pairs, lone halves, Cyrillic, other scripts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), {
          maxLength: 40,
        }),
        fc.integer({ min: -1, max: 6 }),
        (parts, keep) => {
          const text = parts.join('');
          const masked = maskValue(text, keep);
          const expected = maskByCodePoints(text, keep);
          // expect() only on a difference: 3,000 runs.
          if (masked !== expected) expect(masked, `${JSON.stringify(text)}, keep ${keep}`).toBe(expected);
        },
      ),
      { numRuns: 3_000, seed: 13 },
    );
  });
});
