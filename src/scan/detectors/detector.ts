import type { ScanConfidence, ScanKind } from '../types.js';

/**
 * One message prepared once for every detector. `norm` and `lower` have exactly the length of
 * `text`, so offsets found in them are offsets in `text`.
 */
export interface MessageView {
  text: string;
  /** Unicode spaces → ' ', dashes → '-': digit patterns need only `[ -]`. */
  norm: string;
  /** `norm` lower-cased with ё → е, for keyword look-ups. */
  lower: string;
  /** How many ASCII digits the message has: most detectors need 10 or more, and most messages have few. */
  digits: number;
}

export interface Detection {
  kind: ScanKind;
  start: number;
  end: number;
  /** The value to mask (may differ from the span text, e.g. a passport written with words between). */
  value: string;
  detector: string;
  confidence: ScanConfidence;
  /** Characters left visible by `maskValue` (default 2). */
  keep?: number;
  /** Ready-made masked form, when the value is not a single identifier. */
  masked?: string;
}

export interface Detector {
  kind: ScanKind;
  detect(view: MessageView): Detection[];
}

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

export function viewOf(text: string): MessageView {
  const norm = text.replace(SPACES, ' ').replace(DASHES, '-');
  let lower = norm.toLowerCase();
  // A few letters (İ) grow when lower-cased; then only Cyrillic and Latin, which keep the length.
  if (lower.length !== norm.length) lower = norm.replace(/[A-ZА-ЯЁ]+/g, (s) => s.toLowerCase());
  lower = lower.replace(/ё/g, 'е');
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  return { text, norm, lower, digits };
}

/** True when `re` matches within `before` characters before `start` or `after` characters after `end`. */
export function near(
  view: MessageView,
  start: number,
  end: number,
  re: RegExp,
  before = 40,
  after = 0,
): boolean {
  if (before > 0 && re.test(view.lower.slice(Math.max(0, start - before), start))) return true;
  return after > 0 && re.test(view.lower.slice(end, end + after));
}

/** Every match of a global regex, as [match, index] pairs. */
export function* matchAll(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    yield m;
    if (m[0].length === 0) re.lastIndex += 1;
  }
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export function digitArray(s: string): number[] {
  return [...digitsOf(s)].map(Number);
}
