import type { ScoreDistribution } from './types.js';

/**
 * min, p10 (nearest rank), median (mean of the middle two for an even count), mean and max of
 * scores. Scores are multiples of 0.1, so sums are taken in tenths as integers: the result does
 * not depend on the order the scores arrived in. Mean is rounded to 0.01. Undefined when empty.
 */
export function scoreDistribution(scores: readonly number[]): ScoreDistribution | undefined {
  const n = scores.length;
  if (n === 0) return undefined;
  const sorted = [...scores].sort((a, b) => a - b);
  let tenths = 0;
  for (const s of sorted) tenths += Math.round(s * 10);
  const at = (i: number) => sorted[Math.min(n - 1, Math.max(0, i))]!;
  const median = n % 2 === 1 ? at((n - 1) / 2) : Math.round(((at(n / 2 - 1) + at(n / 2)) / 2) * 100) / 100;
  return {
    min: at(0),
    p10: at(Math.ceil(0.1 * n) - 1),
    median,
    mean: Math.round((tenths / n) * 10) / 100,
    max: at(n - 1),
  };
}
