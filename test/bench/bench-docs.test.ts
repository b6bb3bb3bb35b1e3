import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by use
import { BENCH_DOCS, fillBenchBlocks } from '../../scripts/bench-docs.mjs';
import { repoRoot } from '../cli/run-cli.js';

const results = JSON.parse(readFileSync(join(repoRoot, 'bench/results.json'), 'utf8')) as {
  ratios: Record<string, { value: number; met: boolean }>;
};

describe('bench figures in the docs', () => {
  it.each(BENCH_DOCS as string[])('%s says what bench/results.json says (npm run gen:bench-docs)', (doc) => {
    const text = readFileSync(join(repoRoot, doc), 'utf8');
    // Every block holds the rendered figures, never nothing.
    expect(text).toMatch(/<!-- bench:\w+ -->\n[^<]/);
    expect(fillBenchBlocks(text, results)).toBe(text);
  });

  it('results.json has every goal the issue names, each with a verdict', () => {
    for (const key of [
      'regionJsonOverFloor',
      'regionYamlOverFloor',
      'compiledOverReferenceProcess',
      'compiledOverReferenceEngine',
      'singleSchoolOverNode',
      'scanWhatsAppOverFloor',
      'scanTelegramOverFloor',
      'regionPeakMiB',
      'scanHeavyPeakMiB',
    ]) {
      expect(typeof results.ratios[key]?.value).toBe('number');
      expect(typeof results.ratios[key]?.met).toBe('boolean');
    }
  });
});
