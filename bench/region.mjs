// Region bench: a generated region (default 200 schools × 600 people) audited
//   1. with auditRegion (one prepared run, compiled engine), schools generated on the fly so the
//      peak RSS shows what the run itself holds (summaries, not findings);
//   2. with one audit() call per school (what a caller without the region API writes);
//   3. both again with a one-rule pack (audit() then merges the catalog per school);
//   4. with the reference engine (json-rules-engine) on a small subset;
//   5. from disk with auditRegionFiles (school.json files in a temp folder), read-ahead 1 and 4.
// Prints schools/s, subjects/s, peak RSS and the ratios measured in this run (timings depend on
// the machine; nothing here is asserted). Runs against dist/ (`npm run bench` builds it).
// Knobs: BENCH_SCHOOLS, BENCH_PEOPLE, BENCH_REFERENCE_SCHOOLS, BENCH_PACK_SCHOOLS, BENCH_FILE_SCHOOLS.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const distNode = process.env.SFERUM_DIST_NODE
  ? pathToFileURL(process.env.SFERUM_DIST_NODE).href
  : new URL('../dist/node.js', import.meta.url).href;
const { audit, runRegion, auditRegionFiles, parseRulePack, catalog } = await import(distNode);

// The generator is TypeScript (shared with the tests): bundle it in memory.
const bundled = await build({
  entryPoints: [join(here, 'generate-region.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const { generateSchool, GENERATED_AS_OF } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 200);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 600);
const REFERENCE_SCHOOLS = Number(process.env.BENCH_REFERENCE_SCHOOLS ?? Math.min(SCHOOLS, 5));
const PACK_SCHOOLS = Number(process.env.BENCH_PACK_SCHOOLS ?? Math.min(SCHOOLS, 50));
const FILE_SCHOOLS = Number(process.env.BENCH_FILE_SCHOOLS ?? SCHOOLS);
const asOf = GENERATED_AS_OF;
const gen = { peoplePerSchool: PEOPLE };

// A forced GC measures what a run retains, not what the collector has not yet reclaimed.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const retained = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const subjectsOf = (summary) => Object.values(summary.subjects).reduce((a, b) => a + b, 0);

function* lazyRegion(n) {
  for (let i = 0; i < n; i++) yield generateSchool(i, gen);
}

async function timeRegion(items, options) {
  const t = performance.now();
  const summary = await runRegion(items, { asOf, ...options });
  return { ms: performance.now() - t, summary };
}

async function timePerSchool(items, options) {
  const t = performance.now();
  let subjects = 0;
  let findings = 0;
  for (const input of items) {
    const report = await audit(input, { asOf, ...options });
    subjects += Object.values(report.summary.subjects).reduce((a, b) => a + b, 0);
    findings += report.summary.findings.total;
  }
  return { ms: performance.now() - t, subjects, findings };
}

const rows = [];
const row = (name, schools, subjects, ms, rss) => rows.push({ name, schools, subjects, ms, rss });

// Warm-up: JIT, compiled-rule cache, registry index.
await runRegion(lazyRegion(Math.min(SCHOOLS, 10)), { asOf });
const baseRss = peakRss();
const baseHeap = retained();

// 1. Streaming region run; inputs generated one at a time.
const streamT0 = performance.now();
const streamed = await runRegion(lazyRegion(SCHOOLS), { asOf });
const streamMs = performance.now() - streamT0;
const streamRss = peakRss();
row('auditRegion, generated on the fly', SCHOOLS, subjectsOf(streamed), streamMs, streamRss);
const summaryHeap = retained() - baseHeap;
// The same run keeping every result with its findings (what includeFindings + an array costs).
const kept = [];
await runRegion(lazyRegion(SCHOOLS), { asOf, includeFindings: true }, (r) => kept.push(r));
const keptHeap = retained() - baseHeap;
const keptFindings = kept.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
kept.length = 0;

// Timing runs over one pre-generated array, so generation is outside the timed part.
const genT0 = performance.now();
const region = Array.from(lazyRegion(SCHOOLS));
const genMs = performance.now() - genT0;
// Alternating rounds, best of each: GC and JIT state then favour neither side.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
let regionRun;
let perSchool;
for (let round = 0; round < ROUNDS; round++) {
  const r = await timeRegion(region, {});
  if (!regionRun || r.ms < regionRun.ms) regionRun = r;
  const p = await timePerSchool(region, {});
  if (!perSchool || p.ms < perSchool.ms) perSchool = p;
}
row(
  `auditRegion (compiled), best of ${ROUNDS}`,
  SCHOOLS,
  subjectsOf(regionRun.summary),
  regionRun.ms,
  peakRss(),
);
row(`audit() per school (compiled), best of ${ROUNDS}`, SCHOOLS, perSchool.subjects, perSchool.ms, peakRss());
if (perSchool.findings !== regionRun.summary.findings.total) {
  console.error(
    `MISMATCH: per-school findings ${perSchool.findings}, region ${regionRun.summary.findings.total}`,
  );
  process.exitCode = 1;
}

// 3. A rule pack: one extra rule (a copy of a bundled rule under a new id).
const ruleText = readFileSync(join(here, '..', 'rules', '2.3', 'SFR-2.3-LINK.yaml'), 'utf8').replace(
  /^id:.*$/m,
  'id: REGION-BENCH-LINK',
);
const pack = parseRulePack([{ path: 'bench/REGION-BENCH-LINK.yaml', text: ruleText }], {
  existingRuleIds: catalog().rules.map((r) => r.id),
});
if (pack.rules.length !== 1)
  throw new Error(`bench rule pack did not parse: ${JSON.stringify(pack.diagnostics)}`);
const packSubset = region.slice(0, PACK_SCHOOLS);
const packRegion = await timeRegion(packSubset, { rulePacks: pack.rules });
row('auditRegion + rule pack', PACK_SCHOOLS, subjectsOf(packRegion.summary), packRegion.ms, peakRss());
const packPerSchool = await timePerSchool(packSubset, { rulePacks: pack.rules });
row('audit() per school + rule pack', PACK_SCHOOLS, packPerSchool.subjects, packPerSchool.ms, peakRss());

// 4. Reference engine on a subset, compared with the compiled engine on the same subset.
const refSubset = region.slice(0, REFERENCE_SCHOOLS);
const refRun = await timeRegion(refSubset, { engine: 'reference' });
const refCompiled = await timeRegion(refSubset, {});
row('auditRegion (reference engine)', REFERENCE_SCHOOLS, subjectsOf(refRun.summary), refRun.ms, peakRss());
if (JSON.stringify({ ...refRun.summary, engine: 'compiled' }) !== JSON.stringify(refCompiled.summary)) {
  console.error('MISMATCH: reference and compiled engines summarise the subset differently');
  process.exitCode = 1;
}

// 5. From disk.
const dir = mkdtempSync(join(tmpdir(), 'sferum-bench-region-'));
const fileRuns = [];
try {
  for (let i = 0; i < FILE_SCHOOLS; i++) {
    const { exports: _e, ...file } = region[i];
    mkdirSync(join(dir, `school-${String(i + 1).padStart(5, '0')}`));
    writeFileSync(
      join(dir, `school-${String(i + 1).padStart(5, '0')}`, 'school.json'),
      JSON.stringify({ schemaVersion: 1, ...file }),
    );
  }
  // Warm-up of the loader (JIT) on a few schools, not timed.
  {
    const warm = await auditRegionFiles(dir, { asOf });
    for (let i = 0; i < 3; i++) if ((await warm.results.next()).done) break;
    await warm.results.return(undefined);
  }
  for (const concurrency of [1, 4]) {
    const t = performance.now();
    const run = await auditRegionFiles(dir, { asOf, concurrency });
    let next;
    do next = await run.results.next();
    while (!next.done);
    const ms = performance.now() - t;
    row(`auditRegionFiles, read-ahead ${concurrency}`, FILE_SCHOOLS, subjectsOf(next.value), ms, peakRss());
    fileRuns.push(ms);
    if (
      next.value.findings.total !==
      (FILE_SCHOOLS === SCHOOLS ? regionRun.summary.findings.total : next.value.findings.total)
    ) {
      console.error('MISMATCH: schools read from disk audit differently');
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const perSec = (n, ms) => (n / ms) * 1000;
console.log(
  `region bench: ${SCHOOLS} schools × ${PEOPLE} people, node ${process.version}; generation ${genMs.toFixed(0)} ms (not timed below)`,
);
for (const r of rows) {
  console.log(
    `  ${r.name.padEnd(40)} ${String(r.schools).padStart(5)} schools ${r.ms.toFixed(0).padStart(7)} ms ${perSec(r.schools, r.ms).toFixed(1).padStart(8)} schools/s ${Math.round(perSec(r.subjects, r.ms)).toLocaleString('en-US').padStart(10)} subjects/s  peak RSS ${mib(r.rss)}`,
  );
}
const rate = (name) => {
  const r = rows.find((x) => x.name === name);
  return perSec(r.schools, r.ms);
};
console.log(
  `  peak RSS before the first run ${mib(baseRss)}, after it ${mib(streamRss)}; heap retained after GC: summary only ${(summaryHeap / 1024).toFixed(0)} KiB, every result with findings kept ${mib(keptHeap)} (${keptFindings} findings)`,
);
console.log(
  `  ratio auditRegion / audit() per school: ${(rate(`auditRegion (compiled), best of ${ROUNDS}`) / rate(`audit() per school (compiled), best of ${ROUNDS}`)).toFixed(2)}×`,
);
console.log(
  `  ratio with a rule pack: ${(rate('auditRegion + rule pack') / rate('audit() per school + rule pack')).toFixed(2)}×`,
);
console.log(
  `  ratio compiled / reference engine (region, ${REFERENCE_SCHOOLS} schools): ${(rate(`auditRegion (compiled), best of ${ROUNDS}`) / rate('auditRegion (reference engine)')).toFixed(1)}×`,
);
console.log(
  '  (generated on the fly: generation is inside the timing; from disk: school.json with the roster inline, parsed by the positioned YAML/JSON loader)',
);
console.log(
  `  ratio read-ahead 4 / read-ahead 1 (from disk): ${(fileRuns[0] / fileRuns[1]).toFixed(2)}×; from disk / in memory: ${(rate(`auditRegion (compiled), best of ${ROUNDS}`) / rate('auditRegionFiles, read-ahead 4')).toFixed(2)}× slower`,
);
