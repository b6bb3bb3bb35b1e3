export { KIND_LABELS } from '../model/scan-kinds.js';

export const FORMAT_LABELS = {
  'telegram-json': 'Telegram JSON',
  'whatsapp-txt': 'WhatsApp TXT',
  text: { ru: 'обычный текст', en: 'plain text' },
} as const;
