import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS, viewOf } from '../../../src/scan/detectors/index.js';
import { expectEqual } from '../../expect-equal.js';

/**
 * Detectors skip work a message cannot match: too few digits, no chain of grouped digits long
 * enough, no marker word in the raw text. The exhaustive view turns every such shortcut off; the
 * two must find exactly the same, on texts built to sit on the edges of each shortcut.
 */
const pieces = [
  '1',
  '12',
  '123',
  '1234',
  '4276',
  '123456',
  '4276 1234 5678 9012',
  '4276-1234-5678-9017',
  '3782 822463 10005',
  '112-233-445 95',
  '112 233 445 95',
  '11223344595',
  '40817810099910004312',
  '044525225',
  '4506 123456',
  '45 06 № 123456',
  '7707083893',
  '1027700132195',
  '+7 913 123-45-67',
  '8 (912) 345-67-89',
  '8912 25-14-989',
  '01.02.2015',
  '15 марта 2014',
  ' ',
  '-',
  '.',
  '(',
  ')',
  '\u00A0',
  '\u2009',
  '\t',
  '\u2013',
  '\u2212',
  '\uFF0D',
  '\n',
  'a',
  'ж',
  'паспорт',
  'ПАСПОРТ',
  'п\u2013т',
  'сер.',
  'СЕРИЯ',
  'сёрия',
  'номер',
  'выдан',
  'ВЫДАН',
  'подразделения',
  'подразделёния',
  'к/п',
  'снилс',
  'инн',
  'кпп',
  'огрн',
  'бик',
  'р/с',
  'карта',
  'тел.',
  'заказ',
  'ЗАКАЗ',
  'трёк',
  'ЧЁК',
  'ID',
  'Сёрия',
  'trac',
  '\u212A',
  '№',
  '#',
  'др',
  'Д.Р.',
  'родился',
  'рождения',
  'руб',
  '₽',
  'р.',
  'по 500',
  'по\u00A0300',
  'сдаем',
  'квитанция',
  'переведите на карту',
  // Payment wording: each pattern's hint words, and wording that carries them only in part.
  'счёт на оплату',
  'реквизиты',
  'платёжка',
  'платежное поручение',
  'перевод',
  'скиньте',
  'закиньте',
  'отправьте на номер',
  'перечислите',
  'оплата по qr',
  'взнос',
  'с каждого',
  'собираем',
  'долг по оплате',
  'ДОПЛАТА',
  'на сбер',
  ' на ',
  'оплату',
  'ST00012|Name=ООО|PersonalAcc=40702810000000000001|',
  '@',
  'p1@example.ru',
  'İ',
];

function detectBoth(text: string) {
  const fast = viewOf(text);
  const open = viewOf(text, true);
  return DETECTORS.map((d) => ({ kind: d.kind, fast: d.detect(fast), open: d.detect(open) }));
}

/** The detectors whose shortcut answer differs from the exhaustive one (one expect per text). */
function differing(text: string) {
  return detectBoth(text).filter((r) => !isDeepStrictEqual(r.fast, r.open));
}

describe('detector shortcuts', () => {
  it.each([
    'trac\u212A 8 912 345 67 89',
    'ЧЁК 8912 25-14-989',
    'Трёк-номер 8 912 345-67-89',
    'Сёрия 4506 номер 123456',
    'ПАСП. 4506 123456',
    '4506 123456 ВЫДАН ОВД',
    'п\u2013т 4506 123456',
    'ОТПРАВЛЁНИЕ 89123456789',
  ])('find the same on the edge case %j', (text) => {
    expect(differing(text)).toEqual([]);
  });

  it('find the same as running every pattern on every message', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        // expect() only on a difference: its bookkeeping was a quarter of this loop's time.
        const text = parts.join('');
        const differences = differing(text);
        if (differences.length > 0) expect(differences, JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 4_000, seed: 13 },
    );
  });
});

/** What `norm` is defined as: Unicode spaces → ' ', dashes → '-', by pattern. */
function normalised(text: string): string {
  return text
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-');
}

/** Chains of digit runs joined by single separators, read with a pattern over the normalised text. */
function chainsOf(text: string): string[][] {
  const norm = normalised(text);
  return (norm.match(/\d+(?:[ -]\d+)*/g) ?? []).map((chain) => chain.split(/[ -]/));
}

describe('the counts of the view', () => {
  it('linked, triples and norm equal what the normalised text shows', () => {
    const alphabet = [
      '1',
      '22',
      '333',
      '4444',
      ' ',
      '-',
      '\u00A0',
      '\u1680',
      '\u2013',
      '\u2016',
      '\u2212',
      '\u3000',
      '\uFF0D',
      'ж',
      '\t',
      '  ',
      '--',
      '.',
      '(',
      'a',
      '\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const chains = chainsOf(text);
        const linked = Math.max(0, ...chains.map((runs) => runs.join('').length));
        let triples = 0;
        for (const runs of chains) {
          let row = 0;
          for (const run of runs) {
            row = run.length === 3 ? row + 1 : 0;
            triples = Math.max(triples, row);
          }
        }
        const view = viewOf(text);
        // `norm` skips the replacing when nothing would change: the same string either way.
        expectEqual(
          { linked: view.linked, triples: view.triples, digits: view.digits, norm: view.norm },
          { linked, triples, digits: text.replace(/\D/g, '').length, norm: normalised(text) },
          JSON.stringify(text),
        );
      }),
      { numRuns: 3_000, seed: 13 },
    );
  });
});
