import type { ScanKind } from './types.js';

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

export const FORMAT_LABELS = {
  'telegram-json': 'Telegram JSON',
  'whatsapp-txt': 'WhatsApp TXT',
  text: { ru: 'обычный текст', en: 'plain text' },
} as const;
