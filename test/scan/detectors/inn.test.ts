import { describe, expect, it } from 'vitest';
import { isValidInn } from '../../../src/scan/detectors/index.js';
import { found } from './helpers.js';

describe('ИНН check digits', () => {
  it.each([
    ['7707083893', true], // ПАО Сбербанк
    ['4289315034', true],
    ['500100732259', true],
    ['248396776824', true],
    ['7707083894', false],
    ['500100732258', false],
    ['500100732269', false],
    ['77070838', false],
  ])('%s → %s', (value, ok) => {
    expect(isValidInn(value)).toBe(ok);
  });
});

describe('inn detector', () => {
  it.each([
    ['ИНН 7707083893', '7707083893', 'inn:10', 'high'],
    ['ИНН/КПП 7707083893/773601001', '7707083893', 'inn:10', 'high'],
    ['инн: 500100732259', '500100732259', 'inn:12', 'high'],
    ['мой 500100732259 для вычета', '500100732259', 'inn:12', 'medium'],
    ['ООО «Ромашка» 7707083893', '7707083893', 'inn:10', 'high'],
    ['получатель 7707083893, КПП 773601001', '7707083893', 'inn:10', 'high'],
  ])('finds %s', (text, value, detector, confidence) => {
    expect(found(text, 'inn')).toMatchObject([{ text: value, detector, confidence }]);
  });

  it.each([
    ['ИНН 7707083894'],
    ['7707083893 без слова'],
    ['ИНН 500100732258'],
    ['ИНН 005100732250'],
    ['ИНН 77070838931'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'inn')).toEqual([]);
  });
});
