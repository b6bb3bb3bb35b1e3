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
  /**
   * The most digits in one chain of runs joined by single characters that `norm` makes ' ' or '-'
   * (`4276 1234-5678`: 12): a grouped card needs 15, a formatted СНИЛС 11.
   */
  readonly linked: number;
  /** The most runs of exactly three digits in a row of such a chain: a formatted СНИЛС needs 3. */
  readonly triples: number;
  /**
   * True only in the view tests build to pin the shortcuts: every count above is then unbounded and
   * detectors skip their cheap pre-checks, so each pattern runs over every message.
   */
  readonly exhaustive: boolean;
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
  /** `NONE`, or an array of its own that the caller may keep and extend (detectRaw does). */
  detect(view: MessageView): readonly Detection[];
}

/** What a detector returns when it finds nothing: one shared array, no allocation per message. */
export const NONE: readonly Detection[] = Object.freeze([]);

/**
 * The characters `norm` turns into ' ' and into '-', as regex class bodies: the detectors' raw-text
 * pre-checks build their classes from these, so they and `norm` cannot disagree. `isSeparator`
 * below spells the same sets as char codes for the one-pass counts (pinned by the shortcut tests).
 */
export const SPACE_CHARS = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\t';
export const DASH_CHARS = '\\u2010-\\u2015\\u2212\\uFE63\\uFF0D';
const SPACES = new RegExp(`[${SPACE_CHARS}]`, 'g');
const DASHES = new RegExp(`[${DASH_CHARS}]`, 'g');

/**
 * The view of one message. `norm` and `lower` are built on first use: most messages have too few
 * digits for any identifier, and detectors look at `digits` first.
 */
class LazyView implements MessageView {
  readonly text: string;
  readonly digits: number;
  readonly run: number;
  readonly linked: number;
  readonly triples: number;
  readonly exhaustive: boolean;
  #norm: string | undefined;
  #lower: string | undefined;
  /** No character `norm` would change: then `norm` is the text itself. */
  readonly #plain: boolean;

  // long-function: one pass over the message computes every count the detectors gate on
  constructor(text: string, exhaustive: boolean) {
    this.text = text;
    this.exhaustive = exhaustive;
    let digits = 0;
    let run = 0;
    let longest = 0;
    // The chain so far: its digits, its completed runs of three, and whether one separator
    // follows its last run (so the next run joins it).
    let chain = 0;
    let threes = 0;
    let joined = false;
    let linked = 0;
    let triples = 0;
    let plain = true;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      // Tabs and the Unicode spaces and dashes; Cyrillic (U+04xx) is decided by one comparison.
      if (
        plain &&
        (c === 9 || (c >= 0xa0 && (c === 0xa0 || c >= 0x1680) && c !== 32 && c !== 45 && isSeparator(c)))
      )
        plain = false;
      if (c >= 48 && c <= 57) {
        if (run === 0 && !joined) {
          chain = 0;
          threes = 0;
        }
        joined = false;
        digits += 1;
        run += 1;
        chain += 1;
        if (run > longest) longest = run;
        if (chain > linked) linked = chain;
      } else if (run > 0) {
        threes = run === 3 ? threes + 1 : 0;
        if (threes > triples) triples = threes;
        run = 0;
        joined = isSeparator(c);
      } else joined = false;
    }
    if (run === 3 && threes + 1 > triples) triples = threes + 1;
    this.#plain = plain;
    const all = exhaustive ? Number.MAX_SAFE_INTEGER : 0;
    this.digits = Math.max(digits, all);
    this.run = Math.max(longest, all);
    this.linked = Math.max(linked, all);
    this.triples = Math.max(triples, all);
  }

  get norm(): string {
    if (this.#norm === undefined)
      this.#norm = this.#plain ? this.text : this.text.replace(SPACES, ' ').replace(DASHES, '-');
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

/** A character `norm` turns into ' ' or '-' (the only separators of grouped digits). */
function isSeparator(c: number): boolean {
  if (c === 32 || c === 45) return true;
  if (c < 0xa0) return c === 9;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x2212 ||
    c === 0xfe63 ||
    c === 0xff0d
  );
}

/**
 * The view of one message. `exhaustive` (tests only) turns every shortcut off, so that a test can
 * show the shortcuts change nothing.
 */
export function viewOf(text: string, exhaustive = false): MessageView {
  return new LazyView(text, exhaustive);
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
 * A pattern built on first use, then reused. Building a `\p{L}` pattern costs V8 0.1–1 ms (its
 * Unicode tables), whether or not it ever runs, and most exports need few of the detectors'
 * patterns: one without card numbers or e-mail addresses never builds those (issue 13: the
 * example audit built 25 such patterns it never ran, ~8 ms).
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
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
