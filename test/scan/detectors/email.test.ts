import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('email detector', () => {
  it.each([
    ['пишите ivan.petrov@mail.ru', 'ivan.petrov@mail.ru'],
    ['tom.parent1985@gmail.com.', 'tom.parent1985@gmail.com'],
    ['<school72@edu.nso.ru>', 'school72@edu.nso.ru'],
    ['почта: директор@школа72.рф', 'директор@школа72.рф'],
  ])('finds %s', (text, value) => {
    expect(found(text, 'email')).toMatchObject([{ text: value }]);
  });

  it.each([['icon@2x.png'], ['@username'], ['user@localhost'], ['a@b'], ['почта собачка точка ру']])(
    'stays silent on %s',
    (text) => {
      expect(found(text, 'email')).toEqual([]);
    },
  );
});
