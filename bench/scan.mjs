// Precision and recall of the chat-export detectors on a generated, labelled corpus of parents'-chat
// messages (bench/corpus/generate.mjs, fixed seed), plus scanning throughput. Runs on the built
// package: `npm run bench:scan` builds first.
//
//   node bench/scan.mjs [--seed 72] [--size 5000] [--mistakes]
import { generateCorpus } from './corpus/generate.mjs';
import { evaluate } from './corpus/evaluate.mjs';
import { SCAN_KINDS, scanExport, scanText } from '../dist/index.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const seed = opt('seed', 72);
const size = opt('size', 5000);

const corpus = generateCorpus({ seed, size });
const labels = corpus.reduce((n, m) => n + m.labels.length, 0);
const t0 = performance.now();
const { rows, overall, mistakes } = evaluate(corpus, scanText, SCAN_KINDS);
const ms = performance.now() - t0;

const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(`corpus: seed ${seed}, ${size} messages, ${labels} planted values`);
console.log('');
console.log(
  `${'kind'.padEnd(18)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}  precision  recall`,
);
for (const r of rows) {
  console.log(
    `${r.kind.padEnd(18)}${String(r.tp).padStart(6)}${String(r.fp).padStart(6)}${String(r.fn).padStart(6)}  ${pct(r.precision)}  ${pct(r.recall)}`,
  );
}
console.log(
  `${'overall'.padEnd(18)}${String(overall.tp).padStart(6)}${String(overall.fp).padStart(6)}${String(overall.fn).padStart(6)}  ${pct(overall.precision)}  ${pct(overall.recall)}`,
);
console.log('');
console.log(`scanText: ${(size / (ms / 1000)).toFixed(0)} messages/s`);

// Throughput of the whole pipeline on a WhatsApp export built from the same corpus.
const lines = corpus.map(
  (m, i) =>
    `01.09.2024, ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} - Родитель ${i % 40}: ${m.text}`,
);
const text = Array.from({ length: 10 }, () => lines.join('\n')).join('\n');
const bytes = new TextEncoder().encode(text);
async function* chunks() {
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
}
const t1 = performance.now();
const result = await scanExport(chunks(), { format: 'whatsapp-txt' });
const s = (performance.now() - t1) / 1000;
console.log(
  `scanExport (WhatsApp, ${(bytes.length / 1e6).toFixed(1)} MB, ${result.messages} messages): ${(bytes.length / 1e6 / s).toFixed(1)} MB/s`,
);

if (args.includes('--mistakes')) {
  console.log('');
  for (const m of mistakes.slice(0, 50)) console.log(`${m.type} ${m.kind}: ${JSON.stringify(m.text)}`);
}
