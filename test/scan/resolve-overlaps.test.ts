import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectEqual } from '../expect-equal.js';
import type { Detection } from '../../src/scan/detectors/index.js';
import { resolveDisjoint, resolveOverlaps } from '../../src/scan/scan-text.js';
import { SCAN_KINDS } from '../../src/scan/index.js';

const detection = fc
  .record({
    kind: fc.constantFrom(...SCAN_KINDS),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 20 }),
    confidence: fc.constantFrom('high' as const, 'medium' as const),
  })
  .map(
    ({ kind, start, length, confidence }): Detection => ({
      kind,
      start,
      end: start + length,
      value: 'x'.repeat(length),
      detector: kind,
      confidence,
    }),
  );

describe('resolveDisjoint, the shortcut of overlap resolution', () => {
  it('gives what resolveOverlaps gives whenever it answers, and answers for disjoint identifiers', () => {
    fc.assert(
      fc.property(fc.array(detection, { minLength: 1, maxLength: 8 }), (all) => {
        const fast = resolveDisjoint(all.slice());
        const slow = resolveOverlaps(all.slice());
        const sorted = all.slice().sort((a, b) => a.start - b.start);
        const disjoint = sorted.every((d, i) => i === 0 || sorted[i - 1]!.end <= d.start);
        const payment = all.some((d) => d.kind === 'payment-document');
        if (disjoint && !payment && fast === undefined) expect(fast).toBeDefined();
        if (fast !== undefined) expectEqual(fast, slow);
      }),
      { numRuns: 5_000, seed: 13 },
    );
  });

  it('leaves overlaps and payment wording to the full resolution', () => {
    const d = (kind: Detection['kind'], start: number, end: number): Detection => ({
      kind,
      start,
      end,
      value: '',
      detector: kind,
      confidence: 'high',
    });
    expect(resolveDisjoint([d('phone', 0, 10), d('snils', 5, 16)])).toBeUndefined();
    expect(resolveDisjoint([d('payment-document', 0, 10)])).toBeUndefined();
    expect(resolveDisjoint([d('email', 20, 30), d('phone', 0, 10)])?.map((x) => x.kind)).toEqual([
      'phone',
      'email',
    ]);
  });
});
