import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('payment-document detector', () => {
  it.each([
    ['Квитанция на 1 200 ₽ во вложении', 'high'],
    ['Счёт на оплату экскурсии: 850 руб.', 'high'],
    ['Реквизиты для оплаты, сумма 2450 рублей', 'high'],
    ['перевод по номеру телефона, 300 р', 'high'],
    ['Скиньте на карту по 500 р', 'high'],
    ['сбор по 500 р на подарок', 'medium'],
    ['Сдаём по 700 на экскурсию', 'medium'],
    ['оплата питания 2500 руб до 10 числа', 'medium'],
  ])('finds %s', (text, confidence) => {
    expect(found(text, 'payment-document')).toMatchObject([{ confidence }]);
  });

  it.each([
    ['счёт матча 2:1'],
    ['переведите текст на английский'],
    ['реквизиты урока: тема, цель'],
    ['квитанцию принесите завтра'],
    ['купили торт за 500 р, было вкусно'],
    ['сдаём тетради в понедельник'],
    ['в 5 классе 28 учеников'],
    ['Сдаём тетради в понедельник\nКупили торт за 850 р'],
    ['Реквизиты урока: тема\nКупили торт за 850 р'],
  ])('stays silent on %s', (text) => {
    expect(found(text, 'payment-document')).toEqual([]);
  });

  it('shows a fixed label, never the words around the amount (they may hold a name)', () => {
    const f = found('Переведите Ивановой Марии на карту 500 р', 'payment-document');
    expect(f[0]?.masked).toBe('перевод на карту или по номеру: ••• •');
  });

  it('counts one payment document per message and masks the amount', () => {
    const f = found('Реквизиты: скиньте на карту 500 р, квитанцию потом', 'payment-document');
    expect(f).toHaveLength(1);
    expect(f[0]?.masked).not.toContain('500');
  });
});
