import { describe, expect, it } from 'vitest';
import {
  isAsciiDigit,
  isAsciiLetter,
  isBasicCyrillic,
  unitsAt,
  unitsBefore,
} from '../../src/util/char-codes.js';

describe('char codes', () => {
  it('classes every code unit up to U+FFFF as the patterns do', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isAsciiDigit(c) !== /^[0-9]$/.test(ch)) wrong.push(`digit ${c}`);
      if (isAsciiLetter(c) !== /^[A-Za-z]$/.test(ch)) wrong.push(`letter ${c}`);
      if (isBasicCyrillic(c) !== /^[А-яЁё]$/.test(ch)) wrong.push(`cyrillic ${c}`);
      // Every basic Cyrillic letter is a letter for \p{L} with and without case folding.
      if (isBasicCyrillic(c) && !(/^\p{L}$/u.test(ch) && /^\p{L}$/iu.test(ch))) wrong.push(`not \\p{L} ${c}`);
    }
    expect(wrong).toEqual([]);
  });

  it('counts a surrogate pair as one code point, a lone half or the text edge as one unit', () => {
    const s = 'a😀\uD800b\uDC00';
    expect([0, 1, 3, 4, 5, 6].map((i) => unitsAt(s, i))).toEqual([1, 2, 1, 1, 1, 1]);
    expect([1, 3, 4, 5, 6].map((i) => unitsBefore(s, i))).toEqual([1, 2, 1, 1, 1]);
    expect(unitsAt('\uD83D', 0)).toBe(1);
    expect(unitsBefore('\uDE00', 1)).toBe(1);
  });
});
