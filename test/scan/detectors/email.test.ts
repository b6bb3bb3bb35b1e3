import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectEqual } from '../../expect-equal.js';
import { found } from './helpers.js';

describe('email detector', () => {
  it.each([
    ['пишите ivan.petrov@mail.ru', 'ivan.petrov@mail.ru'],
    ['tom.parent1985@gmail.com.', 'tom.parent1985@gmail.com'],
    ['<school72@edu.nso.ru>', 'school72@edu.nso.ru'],
    ['почта: директор@школа72.рф', 'директор@школа72.рф'],
  ])('finds %s', (text, value) => {
    expect(found(text, 'email')).toMatchObject([{ text: value }]);
  });

  it.each([['icon@2x.png'], ['@username'], ['user@localhost'], ['a@b'], ['почта собачка точка ру']])(
    'stays silent on %s',
    (text) => {
      expect(found(text, 'email')).toEqual([]);
    },
  );
});

describe('email detector: started at each @, it finds what a scan of the whole text finds', () => {
  const EMAIL =
    /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/giu;
  const everyMatch = (text: string) =>
    [...text.matchAll(EMAIL)]
      .filter(
        (m) =>
          !/\.(png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|zip|mp4|heic)$/i.test(m[0]) && !m[0].includes('..'),
      )
      .map((m) => m[0]);
  const pieces = [
    'a',
    'Я',
    'b1',
    '.',
    '-',
    '_',
    '+',
    '%',
    '@',
    ' ',
    'ru',
    'рф',
    'example',
    '😀',
    // Not a letter, but case-folds to one: the case-blind pattern starts an address with it.
    '\u0345',
    '\n',
    'x'.repeat(70),
    ',',
  ];

  it('on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expectEqual(
          found(text, 'email').map((f) => f.text),
          everyMatch(text),
          text,
        );
      }),
      { numRuns: 5_000, seed: 13 },
    );
  });
});
