import { describe, expect, it } from 'vitest';
import { isValidAccountForBik } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('account control key against БИК', () => {
  it.each([
    ['30101810400000000225', '044525225', true], // ПАО Сбербанк correspondent account
    ['40703810184145132948', '045004641', true],
    ['40702810175402480097', '045004641', true],
    ['40702810175402480097', '044525225', false],
    ['40703810184145132949', '045004641', false],
    ['30101810400000000226', '044525225', false],
  ])('%s with %s → %s', (acc, bik, ok) => {
    expect(isValidAccountForBik(acc, bik)).toBe(ok);
  });
});

describe('bank-account detector', () => {
  it.each([
    ['р/с 40702810175402480097 БИК 045004641', '40702810175402480097', 'high'],
    ['БИК 045004641, счёт 40702810175402480097', '40702810175402480097', 'high'],
    ['расчетный счет 40817810099991234567', '40817810099991234567', 'medium'],
    ['р/с 40817 810 0 9999 1234567', '40817 810 0 9999 1234567', 'medium'],
    ['Счёт получателя: 4081 7810 0999 9123 4567', '4081 7810 0999 9123 4567', 'medium'],
  ])('finds %s', (text, value, confidence) => {
    expect(found(text, 'bank-account')).toMatchObject([{ text: value, confidence }]);
  });

  it.each([
    ['р/с 40702810175402480098 БИК 045004641'],
    ['40817810099991234567'],
    ['номер 12345678901234567890'],
    ['счет 90817810099991234567'],
    ['счет 408178100999912345678'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'bank-account')).toEqual([]);
  });
});
