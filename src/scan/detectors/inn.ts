import {
  NONE,
  type Detection,
  type Detector,
  type MessageView,
  digitArray,
  matchAll,
  near,
  lazyPattern,
} from './detector.js';

const KEYWORD = lazyPattern(
  () => /((?<!\p{L})инн(?!\p{L})|(?<!\p{L})inn(?!\p{L})|(?<!\p{L})tin(?!\p{L})|налогоплательщик)/u,
);
const ORGANISATION = lazyPattern(
  () => /(?<!\p{L})(ооо|оао|зао|пао|ао|ип|ано|нко|мбоу|мадоу|мбдоу|мку|гбоу|фгуп|муп)(?!\p{L})/u,
);
const KPP_AFTER = lazyPattern(() => /^[ ,;/]*(кпп|kpp)(?!\p{L})/u);
const NUMBER = lazyPattern(() => /(?<![\d\p{L}_])(\d{12}|\d{10})(?![\d])/gu);

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function control(d: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) sum += (d[i] ?? 0) * (weights[i] ?? 0);
  return (sum % 11) % 10;
}

/** ИНН: 10 digits (organisation, one check digit) or 12 digits (person or ИП, two check digits). */
export function isValidInn(value: string): boolean {
  const d = digitArray(value);
  if (d.length === 10) return control(d, W10) === d[9];
  if (d.length === 12) return control(d, W11) === d[10] && control(d, W12) === d[11];
  return false;
}

function detect(view: MessageView): readonly Detection[] {
  // Both forms are one unbroken run of 10 or 12 digits.
  if (view.digits < 10 || view.run < 10) return NONE;
  const out: Detection[] = [];
  for (const m of matchAll(NUMBER(), view.norm)) {
    const value = m[0];
    // The first two digits are a region code; 00 is never issued.
    if (value.startsWith('00') || !isValidInn(value)) continue;
    const start = m.index;
    const end = start + value.length;
    // «ООО «Ромашка» 5401234567, КПП …»: an organisation's name before or its КПП after says ИНН too.
    const hasKeyword =
      near(view, start, end, KEYWORD(), 30, 12) ||
      near(view, start, end, ORGANISATION(), 40, 0) ||
      near(view, start, end, KPP_AFTER(), 0, 12);
    // A bare 10-digit number passes the check one time in ten: only with the word ИНН.
    if (!hasKeyword && value.length === 10) continue;
    out.push({
      kind: 'inn',
      start,
      end,
      value,
      detector: value.length === 10 ? 'inn:10' : 'inn:12',
      confidence: hasKeyword ? 'high' : 'medium',
    });
  }
  return out;
}

export const innDetector: Detector = { kind: 'inn', detect };
