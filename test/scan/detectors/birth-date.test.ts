import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('birth date parsing', () => {
  it.each([
    ['12.03.2015', { year: 2015, month: 3, day: 12 }],
    ['12.03.15', { year: 2015, month: 3, day: 12 }],
    ['2015-03-12', { year: 2015, month: 3, day: 12 }],
    ['12 марта 2015', { year: 2015, month: 3, day: 12 }],
    ['March 12, 2015', { year: 2015, month: 3, day: 12 }],
    ['03/14/2014', { year: 2014, month: 3, day: 14 }],
    ['31.02.2015', undefined],
    ['12.13.2015', undefined],
    ['12.03.1815', undefined],
  ])('%s', (s, expected) => {
    expect(parseBirthDate(s)).toEqual(expected);
  });
});

describe('birth-date detector', () => {
  it.each([
    ['Петя, д.р. 12.03.2015', '12.03.2015'],
    ['дата рождения: 5 мая 2014 г.', '5 мая 2014'],
    ['родилась 01.02.2016', '01.02.2016'],
    ['Иванов Петр, 12.03.2015 г.р.', '12.03.2015'],
    ['DOB: 2014-03-14', '2014-03-14'],
    ['born March 14, 2014', 'March 14, 2014'],
    ['Варя, др 12.03.2015', '12.03.2015'],
  ])('finds %s', (text, value) => {
    expect(found(text, 'birth-date')).toMatchObject([{ text: value }]);
  });

  it.each([
    ['собрание 12.09.2024 в 18:00'],
    ['ко дню рождения школы 01.09.1985'],
    ['д.р. у Маши 12.03, скидываемся'],
    ['дата рождения 31.02.2015'],
    ['учебники, тетради и др. 12.03.2015 сдать'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'birth-date')).toEqual([]);
  });
});
