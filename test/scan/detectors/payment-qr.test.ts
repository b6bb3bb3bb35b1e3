import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/scan/index.js';
import { found } from './helpers.js';

const QR =
  'ST00012|Name=ООО «Школьное питание»|PersonalAcc=40703810184145132948|BankName=СИБИРСКИЙ БАНК ПАО СБЕРБАНК|BIC=045004641|CorrespAcc=30101810500000000641|Sum=245000';

describe('payment-qr detector', () => {
  it('finds a GOST R 56042 string and swallows the account inside it', () => {
    const d = scanText(`Оплата по QR: ${QR} спасибо`);
    expect(d.map((x) => x.kind)).toEqual(['payment-qr']);
    expect(d[0]?.masked).toBe('ST00012|PersonalAcc=••••••••••••••••2948|…');
  });

  it.each([
    [
      'ST00011|Name=ИП Петров|PersonalAcc=40802810000000000001',
      'ST00011|Name=ИП Петров|PersonalAcc=40802810000000000001',
    ],
    [
      'ST00012#Name=Школа 72#PersonalAcc=40701810000000000002#Sum=100',
      'ST00012#Name=Школа 72#PersonalAcc=40701810000000000002#Sum=100',
    ],
  ])('finds %s', (text, value) => {
    expect(found(text, 'payment-qr')).toMatchObject([{ text: value }]);
  });

  it.each([['ST00012|Purpose=питание'], ['ST0001 без полей'], ['STOP00012|Name=x']])(
    'stays silent on %s',
    (text) => {
      expect(found(text, 'payment-qr')).toEqual([]);
    },
  );
});
