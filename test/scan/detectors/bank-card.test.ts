import { describe, expect, it } from 'vitest';
import { isPlausibleCard, luhnValid } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('Luhn', () => {
  it.each([
    ['4111 1111 1111 1111', true],
    ['5555555555554444', true],
    ['2200 8216 3458 2665', true],
    ['4111 1111 1111 1112', false],
    ['2200 8216 3458 2666', false],
  ])('%s → %s', (value, ok) => {
    expect(luhnValid(value)).toBe(ok);
  });

  it('rejects numbers no card scheme issues', () => {
    expect(isPlausibleCard('0000 0000 0000 0000')).toBe(false);
    expect(isPlausibleCard('9111 1111 1111 1117')).toBe(false);
  });
});

describe('bank-card detector', () => {
  it.each([
    ['карта 4111 1111 1111 1111', '4111 1111 1111 1111', 'high'],
    ['на карту 2200-8216-3458-2665', '2200-8216-3458-2665', 'high'],
    ['Сбер 5469867309171085', '5469867309171085', 'high'],
    ['5469867309171085', '5469867309171085', 'medium'],
    ['переведите на 4111 1111 1111 1111 500 р', '4111 1111 1111 1111', 'high'],
    ['Amex 3782 822463 10005', '3782 822463 10005', 'high'],
  ])('finds %s', (text, value, confidence) => {
    expect(found(text, 'bank-card')).toMatchObject([{ text: value, confidence }]);
  });

  it.each([
    ['карта 4111 1111 1111 1112'],
    ['заказ 5469867309171086'],
    ['40817810099991234567'],
    ['1027700132195'],
    ['4111 1111 1111 1111 1111 1'],
    ['подарочный сертификат 4111 1111 1111 1111'],
    ['полис ОМС 5469867309171085'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'bank-card')).toEqual([]);
  });

  it('keeps the last four digits visible', () => {
    expect(found('карта 4111 1111 1111 1111', 'bank-card')[0]?.masked).toBe('•••• •••• •••• 1111');
  });
});
