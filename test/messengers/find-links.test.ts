import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectEqual } from '../expect-equal.js';
import { linkPieces } from '../../src/messengers/find-links.js';

// The pattern linkPieces replaced: the pieces must stay exactly its matches.
const PIECE = /[^\s,;«»"'()<>[\]{}|]+/gu;
const byPattern = (text: string) => [...text.matchAll(PIECE)].map((m) => ({ start: m.index, text: m[0] }));

// Every separator, every character `\s` matches, its neighbours, letters, a surrogate pair and a
// lone half of one.
const ALPHABET = [
  ...',;«»"\'()<>[]{}|',
  ...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  '\u0008',
  '\u000e',
  '\u001f',
  '\u200b',
  '\u2027',
  '\u202a',
  '\u3001',
  '\ufefe',
  ...'aZ09.:/@-_?#=+%',
  ...'тМё',
  '😀',
  '\ud83d',
  '\ude00',
];

describe('linkPieces', () => {
  it('finds exactly what /[^\\s,;«»"\'()<>[\\]{}|]+/gu matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expectEqual(linkPieces(text), byPattern(text), JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads every code unit up to U+FFFF the same way as the pattern', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    const text = units.join('|');
    // ~65,000 pieces: isDeepStrictEqual first, toEqual only to show a difference.
    expectEqual(linkPieces(text), byPattern(text));
  });
});
