import type { ScanConfidence, ScanKind } from '../types.js';

/**
 * One message prepared once for every detector. `norm` and `lower` have exactly the length of
 * `text`, so offsets found in them are offsets in `text`.
 */
export interface MessageView {
  readonly text: string;
  /** Unicode spaces → ' ', dashes → '-': digit patterns need only `[ -]`. */
  readonly norm: string;
  /** `norm` lower-cased with ё → е, for keyword look-ups. */
  readonly lower: string;
  /** How many ASCII digits the message has: most detectors need 10 or more, and most messages have few. */
  readonly digits: number;
  /** The longest run of consecutive ASCII digits: an unseparated ИНН, ОГРН or card needs 10 or more. */
  readonly run: number;
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
  detect(view: MessageView): readonly Detection[];
}

/** What a detector returns when it finds nothing: one shared array, no allocation per message. */
export const NONE: readonly Detection[] = Object.freeze([]);

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

/**
 * The view of one message. `norm` and `lower` are built on first use: most messages have too few
 * digits for any identifier, and detectors look at `digits` first.
 */
class LazyView implements MessageView {
  readonly text: string;
  readonly digits: number;
  readonly run: number;
  #norm: string | undefined;
  #lower: string | undefined;

  constructor(text: string) {
    this.text = text;
    let digits = 0;
    let run = 0;
    let longest = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits += 1;
        run += 1;
        if (run > longest) longest = run;
      } else run = 0;
    }
    this.digits = digits;
    this.run = longest;
  }

  get norm(): string {
    if (this.#norm === undefined) this.#norm = this.text.replace(SPACES, ' ').replace(DASHES, '-');
    return this.#norm;
  }

  get lower(): string {
    if (this.#lower === undefined) {
      const norm = this.norm;
      let lower = norm.toLowerCase();
      // A few letters (İ) grow when lower-cased; then only Cyrillic and Latin, which keep the length.
      if (lower.length !== norm.length) lower = norm.replace(/[A-ZА-ЯЁ]+/g, (s) => s.toLowerCase());
      this.#lower = lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
    }
    return this.#lower;
  }
}

export function viewOf(text: string): MessageView {
  return new LazyView(text);
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

/**
 * Every match of a global regex, in order. An array, not a generator: most calls find nothing and
 * get the shared empty array, and a generator's steps cost more than the matching itself.
 */
export function matchAll(re: RegExp, s: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let out: RegExpExecArray[] | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    (out ??= []).push(m);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out ?? NO_MATCHES;
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export function digitArray(s: string): number[] {
  return [...digitsOf(s)].map(Number);
}
