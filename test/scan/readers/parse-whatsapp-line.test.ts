import { describe, expect, it } from 'vitest';
import {
  headerDate,
  orderHint,
  parseWhatsAppHeader,
  splitAuthor,
} from '../../../src/scan/readers/parse-whatsapp-line.js';

const NNBSP = '\u202F';
const LRM = '\u200E';

describe('WhatsApp header line', () => {
  it.each([
    ['01.09.2024, 10:15 - Имя: текст', 'day-first', '2024-09-01T10:15:00', 'Имя: текст', 'android'],
    ['[01.09.2024, 10:15:32] Имя: текст', 'day-first', '2024-09-01T10:15:32', 'Имя: текст', 'ios'],
    ['9/1/24, 10:15 AM - Name: text', 'month-first', '2024-09-01T10:15:00', 'Name: text', 'android'],
    [`[9/1/24, 10:15:32${NNBSP}PM] Name: text`, 'month-first', '2024-09-01T22:15:32', 'Name: text', 'ios'],
    [
      `${LRM}[9/1/24, 12:05:00${NNBSP}AM] Name: midnight`,
      'month-first',
      '2024-09-01T00:05:00',
      'Name: midnight',
      'ios',
    ],
    ['[9/1/24, 12:05:00 PM] Name: noon', 'month-first', '2024-09-01T12:05:00', 'Name: noon', 'ios'],
    ['\u200F01/09/2024, 22:15 - Имя: текст', 'day-first', '2024-09-01T22:15:00', 'Имя: текст', 'android'],
    ['01.09.24, 7:05 - Имя: текст', 'day-first', '2024-09-01T07:05:00', 'Имя: текст', 'android'],
    [
      '01.09.2024,\u00A010:15\u00A0-\u00A0Имя: текст',
      'day-first',
      '2024-09-01T10:15:00',
      'Имя: текст',
      'android',
    ],
    ['2024-09-01, 10:15 - Имя: текст', 'day-first', '2024-09-01T10:15:00', 'Имя: текст', 'android'],
    ['9/1/24, 10:15 p.m. - Name: text', 'month-first', '2024-09-01T22:15:00', 'Name: text', 'android'],
  ])('%s', (line, order, iso, rest, style) => {
    const h = parseWhatsAppHeader(line);
    expect(h).toBeDefined();
    if (!h) return;
    expect(headerDate(h, order as 'day-first' | 'month-first')).toBe(iso);
    expect(h.rest).toBe(rest);
    expect(h.style).toBe(style);
  });

  it.each([
    ['12.09.2024 в 18:00 - родительское собрание'],
    ['Собрание 01.09.2024, 10:15 - приходите'],
    ['01.09.2024 10:15 Имя: текст'],
    ['[01.09.2024, 25:15:00] Имя: текст'],
    ['01.09.2024, 10:61 - Имя: текст'],
    ['просто текст'],
    [''],
  ])('is not a header: %s', (line) => {
    expect(parseWhatsAppHeader(line)).toBeUndefined();
  });

  it.each([
    ['13/01/2024, 10:15 - A: b', 'day-first'],
    ['1/13/24, 10:15 AM - A: b', 'month-first'],
    ['01.02.2024, 10:15 - A: b', 'day-first'],
    ['1/2/24, 10:15 AM - A: b', undefined],
  ])('date order hint of %s', (line, hint) => {
    const h = parseWhatsAppHeader(line);
    expect(h && orderHint(h)).toBe(hint);
  });
});

describe('author and system lines', () => {
  it.each([
    ['Мама Артёма: Здравствуйте', { author: 'Мама Артёма', text: 'Здравствуйте', system: false }],
    ['+7 912 345-67-89: привет', { author: '+7 912 345-67-89', text: 'привет', system: false }],
    [
      'Сообщения и звонки защищены сквозным шифрованием.',
      { text: 'Сообщения и звонки защищены сквозным шифрованием.', system: true },
    ],
    [
      'Елена создал(а) группу "5Б: родители"',
      { text: 'Елена создал(а) группу "5Б: родители"', system: true },
    ],
    [`5B Parents: ${LRM}Helen added you`, { text: 'Helen added you', system: true }],
    [
      'Dr. Feather: Messages and calls are end-to-end encrypted.',
      { text: 'Messages and calls are end-to-end encrypted.', system: true },
    ],
    [`Tom: ${LRM}image omitted`, { author: 'Tom', text: `${LRM}image omitted`, system: false }],
    [
      'Папа Лизы: Вышел из дома, буду к 10:30',
      { author: 'Папа Лизы', text: 'Вышел из дома, буду к 10:30', system: false },
    ],
  ])('%s', (rest, expected) => {
    expect(splitAuthor(rest)).toEqual(expected);
  });
});
