import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { globToRegExp, matchGlob } from '../../src/waivers/match-glob.js';

describe('matchGlob', () => {
  it.each([
    ['SFR-2.3-*', 'SFR-2.3-LINK-ROLE', true],
    ['SFR-2.3-*', 'SFR-2.4-LINK-ROLE', false],
    ['SFR-2.3-*', 'SFR-2x3-LINK', false],
    ['p-0*', 'p-044', true],
    ['p-0*', 'p-1', false],
    ['p-0?4', 'p-044', true],
    ['p-0?4', 'p-0444', false],
    ['*', '', true],
    ['?', '', false],
    ['c-(1)', 'c-(1)', true],
    ['a.b', 'axb', false],
    ['[abc]', 'a', false],
    ['[abc]', '[abc]', true],
    ['a+', 'aa', false],
    ['школа-*', 'школа-5А', true],
    ['?', 'Я', true],
    ['p-044', 'p-044', true],
    ['p-044', 'p-0445', false],
  ])('%s vs %s → %s', (glob, value, expected) => {
    expect(matchGlob(glob, value)).toBe(expected);
  });

  it('treats every non-wildcard character literally (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('*') && !s.includes('?')),
        (s) => {
          expect(globToRegExp(s).test(s)).toBe(true);
          expect(matchGlob(s, s)).toBe(true);
        },
      ),
    );
  });

  it('a prefix glob matches exactly the strings with that prefix (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        fc.string(),
        (prefix, value) => {
          expect(matchGlob(`${prefix}*`, value)).toBe(value.startsWith(prefix));
        },
      ),
    );
  });
});
