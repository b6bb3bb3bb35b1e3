// `npm run gen:bench-docs`: copies the figures of bench/results.json into the docs (see bench-docs.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DOCS, fillBenchBlocks } from './bench-docs.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
for (const doc of BENCH_DOCS) {
  const path = join(root, doc);
  const before = readFileSync(path, 'utf8');
  const after = fillBenchBlocks(before, results);
  if (after !== before) writeFileSync(path, after);
  console.log(`${doc}: ${after === before ? 'up to date' : 'updated'}`);
}
