import { describe, expect, it } from 'vitest';
import { isValidOgrn } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('ОГРН / ОГРНИП check digit', () => {
  it.each([
    ['1027700132195', true], // ПАО Сбербанк
    ['1222212311793', true],
    ['304500116000157', true],
    ['322549673617904', true],
    ['1027700132196', false],
    ['304500116000158', false],
    ['10277001321', false],
  ])('%s → %s', (value, ok) => {
    expect(isValidOgrn(value)).toBe(ok);
  });
});

describe('ogrn detector', () => {
  it.each([
    ['ОГРН 1027700132195', '1027700132195', 'ogrn:13'],
    ['ОГРНИП: 304500116000157', '304500116000157', 'ogrnip:15'],
  ])('finds %s', (text, value, detector) => {
    expect(found(text, 'ogrn')).toMatchObject([{ text: value, detector, confidence: 'high' }]);
  });

  it.each([
    ['ОГРН 1027700132196'],
    ['1027700132195 без слова'],
    ['ОГРНИП 304500116000158'],
    ['ОГРНИП 504500116000150'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'ogrn')).toEqual([]);
  });
});
