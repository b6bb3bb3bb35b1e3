import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/privacy/mask.js';

describe('maskValue', () => {
  it.each([
    ['+7 913 123-45-67', '+• ••• •••-••-67'],
    ['12345678901', '•••••••••01'],
    ['Иванов', '••••ов'],
    ['12', '••'],
    ['abc', '•••'],
  ])('%s → %s', (input, expected) => {
    expect(maskValue(input)).toBe(expected);
  });

  it('keeps punctuation so the shape stays readable', () => {
    expect(maskValue('a.b@c.ru', 2)).toBe('•.•@•.••');
    expect(maskValue('ivanov@mail.ru', 2)).toBe('••••••@••••.ru');
  });
});
