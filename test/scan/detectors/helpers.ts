import fc from 'fast-check';
import { scanText } from '../../../src/scan/index.js';
import type { ScanKind } from '../../../src/scan/index.js';

/** Kinds found in a message, in text order. */
export function kindsIn(text: string): ScanKind[] {
  return scanText(text).map((d) => d.kind);
}

/** The detections of one kind, with the text they cover. */
export function found(
  text: string,
  kind: ScanKind,
): { text: string; detector: string; confidence: string; masked: string }[] {
  return scanText(text)
    .filter((d) => d.kind === kind)
    .map((d) => ({
      text: text.slice(d.start, d.end),
      detector: d.detector,
      confidence: d.confidence,
      masked: d.masked,
    }));
}

/**
 * Every text of one to `maxPieces` pieces of `alphabet`, shorter texts first: the exhaustive
 * half of the matcher tests, which compare a hand-written matcher with its pattern on each.
 */
export function* everyText(alphabet: readonly string[], maxPieces: number): Generator<string> {
  let texts = [''];
  for (let length = 1; length <= maxPieces; length += 1) {
    const longer: string[] = [];
    for (const t of texts) for (const a of alphabet) longer.push(t + a);
    yield* longer;
    texts = longer;
  }
}

/**
 * Whether two lists of rows of primitives are the same, element by element (`Object.is`): the
 * matcher tests compare ~400,000 small lists, where this is ~40× cheaper than two JSON.stringify
 * or isDeepStrictEqual. When it says equal, `toEqual` would too; tests call `toEqual` otherwise.
 */
export function sameRows(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (!Object.is(x[j], y[j])) return false;
  }
  return true;
}

/**
 * The sum of `count` over `runs` random texts, each up to 30 of `pieces` joined (fast-check, fixed
 * seed): the random half of the matcher-against-pattern properties, where `count` asserts that the
 * two agree on the text and returns how many matches it had (so a test can show it matched some).
 */
export function sumOverRandomTexts(
  pieces: readonly string[],
  runs: number,
  count: (text: string) => number,
): number {
  let total = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      total += count(parts.join(''));
    }),
    { numRuns: runs, seed: 13 },
  );
  return total;
}
