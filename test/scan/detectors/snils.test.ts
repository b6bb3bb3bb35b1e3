import { describe, expect, it } from 'vitest';
import { checkSnils, snilsCheckDigits } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('СНИЛС check number', () => {
  it.each([
    ['112-233-445 95', 'valid'],
    ['11223344595', 'valid'],
    ['212-103-898 07', 'valid'],
    ['876-656-314 68', 'valid'],
    ['112-233-445 96', 'invalid'],
    ['876-656-314 86', 'invalid'],
    ['001-001-998 00', 'unchecked'],
    ['000-000-111 11', 'unchecked'],
    ['111-111-111 45', 'invalid'],
    ['112-233-445', 'invalid'],
  ])('%s → %s', (value, expected) => {
    expect(checkSnils(value)).toBe(expected);
  });

  it('sums of 100 and 101 give 00; larger sums are taken mod 101', () => {
    // 9·9+8·2 = 97 … build sums directly: digits with weights 9..1
    expect(snilsCheckDigits('000000119')).toBe(1 * 3 + 1 * 2 + 9); // 14 < 100: the sum itself
    expect(snilsCheckDigits('999999999')).toBe(405 % 101); // 405 → 1
    const hundred = '900000000'.split('');
    // 9·9 = 81, add 19 more via weight 1 (9) and weight 2 (5·2=10): 81+10+9 = 100
    hundred[7] = '5';
    hundred[8] = '9';
    expect(snilsCheckDigits(hundred.join(''))).toBe(0);
  });
});

describe('snils detector', () => {
  it.each([
    ['СНИЛС 112-233-445 95', '112-233-445 95', 'high'],
    ['номер 212-103-898 07 в анкету', '212-103-898 07', 'high'],
    ['снилс: 11223344595', '11223344595', 'high'],
    ['страховой номер 112 233 445 95', '112 233 445 95', 'high'],
    ['СНИЛС 001-001-998 00 (старый)', '001-001-998 00', 'medium'],
  ])('finds %s', (text, value, confidence) => {
    expect(found(text, 'snils')).toMatchObject([{ text: value, confidence }]);
  });

  it.each([
    ['СНИЛС 112-233-445 96'],
    ['112 233 445 95 без ключевого слова'],
    ['001-001-998 00 без слова'],
    ['звоните 89123456789'],
    ['код 111-111-111 11'],
    ['1112-233-445 95'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'snils')).toEqual([]);
  });
});
