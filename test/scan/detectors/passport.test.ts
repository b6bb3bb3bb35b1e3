import { describe, expect, it } from 'vitest';
import { isPlausiblePassport } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('passport series plausibility', () => {
  it.each([
    ['4506', '123456', true],
    ['4599', '123456', true],
    ['0106', '123456', true],
    ['0006', '123456', false],
    ['4545', '123456', false],
    ['4506', '000000', false],
  ])('%s %s → %s', (series, number, ok) => {
    expect(isPlausiblePassport(series, number)).toBe(ok);
  });
});

describe('passport detector', () => {
  it.each([
    ['паспорт 45 06 123456 выдан ОВД', '45 06 123456'],
    ['Паспорт: 4506 123456', '4506 123456'],
    ['пасп. 4506123456', '4506123456'],
    ['п-т 45 06 № 123456', '45 06 № 123456'],
    ['серия 4506 номер 123456', '4506 номер 123456'],
    ['Серия 45 06, № 123456', '45 06, № 123456'],
    ['Passport for the trip: 6815 785438', '6815 785438'],
    ['данные: 4506 123456 выдан ОУФМС', '4506 123456'],
  ])('finds %s', (text, value) => {
    expect(found(text, 'passport')).toMatchObject([{ text: value, confidence: 'high' }]);
  });

  it.each([
    ['номер заказа 4506 123456'],
    ['4506 123456 без слова'],
    ['паспорт 4545 123456'],
    ['паспорт готов, позвоните 8 912 345 67 89'],
    ['паспорт 45 06 1234567'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'passport')).toEqual([]);
  });

  it('masks series and number, keeping two digits', () => {
    expect(found('серия 4506 номер 123456', 'passport')[0]?.masked).toBe('•• •• ••••56');
  });
});
