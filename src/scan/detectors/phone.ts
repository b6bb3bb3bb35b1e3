import { type Detection, type Detector, type MessageView, NOT_PERSONAL_BEFORE, matchAll, near } from './detector.js';

const KEYWORD = /(тел|моб|(?<!\p{L})сот|номер|звон|пиши|whatsapp|ватсап|вацап|viber|вайбер|telegram|телеграм|(?<!\p{L})сбп(?!\p{L})|phone|call|contact)/u;
const NEGATIVE = /(снилс|(?<!\p{L})инн(?!\p{L})|огрн|(?<!\p{L})кпп(?!\p{L})|(?<!\p{L})бик(?!\p{L})|(?<!\p{L})р\/с|(?<!\p{L})л\/с|паспорт|серия)[^\n]{0,20}$/u;
/**
 * `+7 (912) 345-67-89`, `8 912 345 67 89`, `8-912-3456789`, `79123456789`, `(912) 345-67-89`,
 * `9123456789`. Groups: prefix, area code, then 3-2-2 digits.
 */
const PHONE = /(?<![\d\p{L}_+])(?:(\+ ?7|8|7)[ -]?)?(\(\d{3}\)|\d{3})[ -]?(\d{3})[ -]?(\d{2})[ -]?(\d{2})(?![\d])(?!-\d)/gu;

function detect(view: MessageView): Detection[] {
  if (view.digits < 10) return [];
  const out: Detection[] = [];
  for (const m of matchAll(PHONE, view.norm)) {
    const raw = m[0];
    const prefix = m[1]?.replace(' ', '');
    const code = (m[2] ?? '').replace(/[()]/g, '');
    const start = m.index;
    const end = start + raw.length;
    const before = view.lower.slice(Math.max(0, start - 40), start);
    if (NOT_PERSONAL_BEFORE.test(before) || NEGATIVE.test(before)) continue;
    const formatted = /[ ()-]/.test(raw.slice(prefix ? prefix.length : 0).trim());
    const hasKeyword = near(view, start, end, KEYWORD, 40, 0);
    const mobile = code.startsWith('9');
    // Russian area codes start with 3, 4, 8 (landlines) or 9 (mobile); 0, 1, 2, 5, 6, 7 are not used.
    if (!/^[34589]/.test(code)) continue;
    let confidence: 'high' | 'medium' | undefined;
    let detector: string;
    if (prefix === '+7') {
      confidence = 'high';
      detector = 'phone:+7';
    } else if (prefix) {
      detector = `phone:${prefix}`;
      if (mobile || formatted) confidence = 'high';
      else if (hasKeyword) confidence = 'medium';
    } else {
      detector = 'phone:local';
      if (!mobile) {
        if (hasKeyword && formatted) confidence = 'medium';
      } else if (formatted || hasKeyword) confidence = 'high';
      else confidence = 'medium';
    }
    if (!confidence) continue;
    out.push({ kind: 'phone', start, end, value: view.text.slice(start, end), detector, confidence });
  }
  return out;
}

export const phoneDetector: Detector = { kind: 'phone', detect };
