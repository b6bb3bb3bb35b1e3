import { describe, expect, it } from 'vitest';
import { evaluate } from '../../bench/corpus/evaluate.mjs';
import { generateCorpus } from '../../bench/corpus/generate.mjs';
import { SCAN_KINDS, scanText } from '../../src/scan/index.js';

/**
 * Quality thresholds (not timings): on a generated, labelled corpus with planted identifiers,
 * decoys and a few known misses, overall precision ≥ 0.98 and recall ≥ 0.95. The same figures for a
 * larger corpus come from `npm run bench:scan`.
 */
describe('detector precision and recall on a labelled corpus', () => {
  const corpus = generateCorpus({ seed: 7, size: 1500 });
  const result = evaluate(corpus, scanText, SCAN_KINDS);

  it('plants every kind', () => {
    for (const row of result.rows) expect(row.tp + row.fn, row.kind).toBeGreaterThan(0);
  });

  it('overall precision ≥ 0.98 and recall ≥ 0.95', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('every kind keeps precision ≥ 0.95', () => {
    for (const row of result.rows) expect(row.precision, row.kind).toBeGreaterThanOrEqual(0.95);
  });

  it('the evaluation can fail: a detector that fires on every digit run has poor precision', () => {
    const noisy = (text: string) =>
      [...text.matchAll(/\d{6,}/g)].map((m) => ({
        kind: 'phone',
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
      }));
    const r = evaluate(corpus, noisy, SCAN_KINDS);
    expect(r.overall.precision).toBeLessThan(0.5);
  });
});
