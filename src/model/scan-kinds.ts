// What a chat-export scan looks for, and its names: vocabulary shared by the scanner and the rule
// messages that quote a scan's counts, so it lives below both.

/** What a detector looks for. The order here is the order of every report. */
export const SCAN_KINDS = [
  'snils',
  'inn',
  'ogrn',
  'passport',
  'bank-card',
  'bank-account',
  'phone',
  'email',
  'birth-date',
  'payment-qr',
  'payment-document',
] as const;

export type ScanKind = (typeof SCAN_KINDS)[number];

export const KIND_LABELS: Record<ScanKind, { ru: string; en: string }> = {
  snils: { ru: 'СНИЛС', en: 'SNILS (insurance number)' },
  inn: { ru: 'ИНН', en: 'INN (taxpayer number)' },
  ogrn: { ru: 'ОГРН / ОГРНИП', en: 'OGRN (state registration number)' },
  passport: { ru: 'паспорт РФ', en: 'Russian passport' },
  'bank-card': { ru: 'банковская карта', en: 'bank card' },
  'bank-account': { ru: 'банковский счёт', en: 'bank account' },
  phone: { ru: 'телефон', en: 'phone number' },
  email: { ru: 'e-mail', en: 'e-mail' },
  'birth-date': { ru: 'дата рождения', en: 'date of birth' },
  'payment-qr': { ru: 'платёжный QR (ГОСТ Р 56042)', en: 'payment QR (GOST R 56042)' },
  'payment-document': { ru: 'платёжный документ / сбор денег', en: 'payment document / money collection' },
};
