import { parseWhatsAppHeader } from './readers/parse-whatsapp-line.js';
import type { ScanFormat } from './types.js';

export interface DetectedFormat {
  format: ScanFormat;
  /** False when nothing matched and the text reader is a fallback. */
  recognized: boolean;
}

/**
 * Picks a reader from the first characters and the file name: a JSON object is a Telegram export;
 * a WhatsApp date-time header on one of the first non-empty lines is WhatsApp; anything else is
 * read as plain text.
 */
export function detectFormat(head: string, fileName?: string): DetectedFormat {
  const start = head.replace(/^[\uFEFF\s]+/, '');
  if (start.startsWith('{')) return { format: 'telegram-json', recognized: true };
  const lines = start
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  // The last line of the head may be cut mid-way; a header is at its start anyway.
  if (lines.some((l) => parseWhatsAppHeader(l) !== undefined))
    return { format: 'whatsapp-txt', recognized: true };
  const name = fileName?.toLowerCase() ?? '';
  if (/whatsapp|ватсап|вотсап/.test(name) && name.endsWith('.txt'))
    return { format: 'whatsapp-txt', recognized: true };
  return { format: 'text', recognized: /\.(txt|text|md|log)$/.test(name) };
}

/** `WhatsApp Chat with 5А родители.txt`, `Чат WhatsApp с «5А».txt` → the chat's name. */
export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(txt|json|zip)$/i, '');
  const m = /^(?:WhatsApp Chat with|WhatsApp Chat -|Чат WhatsApp с|Чат WhatsApp -)\s*(.+)$/i.exec(stem);
  const title = (m?.[1] ?? stem).replace(/^[«"“]|[»"”]$/g, '').trim();
  return title === '' || title === '_chat' || title === 'result' ? undefined : title;
}
