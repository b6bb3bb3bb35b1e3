import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as id from '../../bench/corpus/identifiers.mjs';
import { formatScanResult, scanExport } from '../../src/scan/index.js';
import type { ScanResult } from '../../src/scan/index.js';
import { fixture } from './helpers.js';

/** Every way a result reaches a person or a machine: three formats, two languages, diagnostics. */
function outputs(result: ScanResult): string[] {
  const texts = [JSON.stringify(result)];
  for (const format of ['json', 'text', 'md'] as const) {
    for (const language of ['ru', 'en'] as const) texts.push(formatScanResult(result, format, { language }));
  }
  texts.push(JSON.stringify(result.diagnostics));
  return texts;
}

function expectNoLeak(result: ScanResult, values: string[], names: string[]): void {
  // expect() only where a value shows: its bookkeeping was most of this property's time.
  for (const text of outputs(result)) {
    for (const v of values) {
      if (text.includes(v)) expect(text, `value ${v}`).not.toContain(v);
      const digits = v.replace(/\D/g, '');
      if (digits.length >= 6 && text.includes(digits)) expect(text, `digits of ${v}`).not.toContain(digits);
    }
    // Case- and ё-insensitive: detectors work on a lower-cased copy with ё → е.
    const fold = (x: string) => x.toLowerCase().replace(/ё/g, 'е');
    const folded = fold(text);
    for (const n of names) if (folded.includes(fold(n))) expect(folded, `name ${n}`).not.toContain(fold(n));
  }
}

const PLANTED = [
  '+7 913 555-12-34',
  'klass5a.roditeli@mail.ru',
  '4289315034',
  '40703810184145132948',
  '1310 номер 665914',
  '665914',
  '212-103-898 07',
  '12.03.2014',
  '2200 8216 3458 2665',
  '+79030753069',
  '248396776824',
  '1222212311793',
  '322549673617904',
  '8 996 608 12 69',
  '+7 913 000 11 22',
  '8 964 584-39-93',
  '876-656-314 68',
  '5469 8993 6045 3326',
  'tom.parent1985@gmail.com',
  '03/14/2014',
  '6815 785438',
  '163706673188',
  '40702810175402480097',
  '40703810966350275518',
  '5536239191773072',
  '8\u00A0(902) 769-21-77',
];
const NAMES = [
  'Ольга Смирнова',
  'Иван Петров',
  'Мария Кузнецова',
  'Бухгалтерия школы',
  'Елена Викторовна',
  'Мама Артёма',
  'Папа Лизы',
  'Helen Smith',
  "Tom's Mom",
  "Lisa's Dad",
  'Анна Сергеевна',
  'Бабушка Вари',
  'Папа Гоши',
];

describe('no output carries a detected value or an author name', () => {
  it.each([
    'telegram-full-export.json',
    'whatsapp-android-ru.txt',
    'whatsapp-ios-en.txt',
    'whatsapp-ios-ru.txt',
  ])('%s', async (name) => {
    const result = await scanExport(fixture(name), { fileName: name });
    expect(result.findings.length).toBeGreaterThan(0);
    expectNoLeak(result, PLANTED, NAMES);
  });

  it('nor do diagnostics of a broken export', async () => {
    const result = await scanExport(
      '{"messages":[{"id":1,"from":"Ольга Смирнова","text":"СНИЛС 212-103-898 07"},{"id":2,"from":"Иван Петров","text":"+7 913 555-12-34 \\q"}]}',
    );
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expectNoLeak(result, PLANTED, NAMES);
  });

  it('for any planted identifiers and names (property)', async () => {
    const first = ['Светлана', 'Игорь', 'Наталья', 'Дмитрий', 'Оксана', 'Сергей'];
    const last = ['Волкова', 'Орлов', 'Зайцева', 'Соколов', 'Лебедева', 'Козлов'];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const r = id.rng(seed);
        const names = [`${r.pick(first)} ${r.pick(last)}`, `${r.pick(first)} ${r.pick(last)}-${r.int(2, 9)}`];
        const bik = r.pick(id.BIKS);
        const values = [
          id.fmtSnils(id.snils(r)),
          id.inn12(r),
          id.fmtCard(id.card(r)),
          id.account(r, bik),
          `+7 ${id.mobile(r)}`,
          `${r.pick(['ivan', 'mama', 'papa'])}.${r.digits(5)}@yandex.ru`,
        ];
        const lines = [
          `01.09.2024, 10:00 - ${names[0]}: СНИЛС ${values[0]}, ИНН ${values[1]}`,
          `01.09.2024, 10:05 - ${names[1]}: карта ${values[2]}, р/с ${values[3]} БИК ${bik}`,
          `01.09.2024, 10:06 - ${names[0]}: звоните ${values[4]} или пишите ${values[5]}`,
          `01.09.2024, 10:07 - ${names[1]}: переведите ${names[0]} на карту 700 р`,
        ];
        const result = await scanExport(lines.join('\n'), { fileName: `WhatsApp Chat with ${names[0]}.txt` });
        expect(result.findings.map((f) => f.kind).sort()).toEqual([
          'bank-account',
          'bank-card',
          'email',
          'inn',
          'payment-document',
          'phone',
          'snils',
        ]);
        expectNoLeak(result, values, names);
      }),
      { numRuns: 60 },
    );
  });
});
