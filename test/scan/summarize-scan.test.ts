import { describe, expect, it } from 'vitest';
import { isPaymentFinding, scanExport, summarizeScan } from '../../src/scan/index.js';
import { fixture } from './helpers.js';

describe('summarizeScan', () => {
  it.each([
    ['inn', 'inn:10', true],
    ['inn', 'inn:12', false],
    ['ogrn', 'ogrn:13', true],
    ['ogrn', 'ogrnip:15', false],
    ['bank-card', 'bank-card:grouped', true],
    ['bank-account', 'bank-account:bik', true],
    ['payment-qr', 'payment-qr:st0001', true],
    ['payment-document', 'payment-document:wording', true],
    ['snils', 'snils:formatted', false],
    ['passport', 'passport:keyword', false],
    ['phone', 'phone:+7', false],
    ['email', 'email', false],
    ['birth-date', 'birth-date:marker', false],
  ] as const)('%s (%s) is payment data: %s', (kind, detector, payment) => {
    expect(isPaymentFinding({ kind, detector })).toBe(payment);
  });

  it('splits a scan into personal and payment data for clause 2.final', async () => {
    const r = await scanExport(fixture('telegram-full-export.json'));
    // personal: phone×3, email, passport, snils, birth-date, inn(12), ОГРНИП; payment: the rest
    expect(summarizeScan(r)).toEqual({ personalData: 9, paymentData: 9, countsByKind: r.countsByKind });
    expect(summarizeScan(r).countsByKind).not.toBe(r.countsByKind);
  });
});
