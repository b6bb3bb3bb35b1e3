import type { ScanFinding, ScanKind, ScanResult } from './types.js';

export interface ScanSummary {
  /** Findings that identify a person: СНИЛС, personal ИНН (12), ОГРНИП, passport, phone, e-mail, birth date. */
  personalData: number;
  /** Findings about money: card, account, payment QR, payment request, organisation ИНН (10) and ОГРН (13). */
  paymentData: number;
  countsByKind: Partial<Record<ScanKind, number>>;
}

/**
 * Which side of clause 2.final a finding falls on. An organisation's ИНН and ОГРН identify a legal
 * entity, not a citizen: in a parents' chat they come with payment details («реквизиты»), so they
 * count as payment data. A 12-digit ИНН and an ОГРНИП belong to a person.
 */
export function isPaymentFinding(f: Pick<ScanFinding, 'kind' | 'detector'>): boolean {
  switch (f.kind) {
    case 'bank-card':
    case 'bank-account':
    case 'payment-qr':
    case 'payment-document':
      return true;
    case 'inn':
      return f.detector === 'inn:10';
    case 'ogrn':
      return f.detector === 'ogrn:13';
    default:
      return false;
  }
}

/** Per-export totals for the audit (clause 2.final): personal data vs payment data. */
export function summarizeScan(result: ScanResult): ScanSummary {
  let personalData = 0;
  let paymentData = 0;
  if (result.paymentFindings !== undefined) {
    // Counted while scanning: every finding, also those a sample cap did not keep.
    const total = Object.values(result.countsByKind).reduce((x, n) => x + (n ?? 0), 0);
    return {
      personalData: total - result.paymentFindings,
      paymentData: result.paymentFindings,
      countsByKind: { ...result.countsByKind },
    };
  }
  for (const f of result.findings) {
    if (isPaymentFinding(f)) paymentData += 1;
    else personalData += 1;
  }
  return { personalData, paymentData, countsByKind: { ...result.countsByKind } };
}
