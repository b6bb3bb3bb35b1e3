// `npm run bench`: every figure of the README and docs/region.md, measured in one run on this
// machine and written to bench/results.json (`npm run gen:bench-docs` copies them into the docs).
// Each measurement runs in its own child process (its own peak RSS, its own start-up), best of
// BENCH_RUNS; only ratios of rows measured here are meaningful on a busy machine.
//
// Knobs (env): BENCH_SCHOOLS (1100), BENCH_PEOPLE (600), BENCH_REFERENCE_SCHOOLS (100),
// BENCH_RUNS (3), BENCH_JOBS (cores), BENCH_SCAN_MESSAGES (200000), BENCH_SCAN_FINDINGS (500000),
// BENCH_ENGINE_SUBJECTS (5000), BENCH_API_SCHOOLS (50: bench/region.mjs), BENCH_LOAD_SCHOOLS (5:
// bench/load.mjs). Small while developing: BENCH_SCHOOLS=50 BENCH_SCAN_MESSAGES=20000
// BENCH_SCAN_FINDINGS=20000 BENCH_API_SCHOOLS=20 BENCH_LOAD_SCHOOLS=5.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { childMeasure, measureScanRows, scanRatios, writeScanInputs } from './scan-rows.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist', 'cli.js');
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const config = {
  schools: env('BENCH_SCHOOLS', 1100),
  people: env('BENCH_PEOPLE', 600),
  referenceSchools: env('BENCH_REFERENCE_SCHOOLS', 100),
  runs: env('BENCH_RUNS', 3),
  jobs: env('BENCH_JOBS', availableParallelism()),
  scanMessages: env('BENCH_SCAN_MESSAGES', 200_000),
  scanFindings: env('BENCH_SCAN_FINDINGS', 500_000),
  engineSubjects: env('BENCH_ENGINE_SUBJECTS', 5_000),
  apiSchools: env('BENCH_API_SCHOOLS', 50),
  loadSchools: env('BENCH_LOAD_SCHOOLS', 5),
};
const AS_OF = '2026-11-30';
const work = mkdtempSync(join(tmpdir(), 'sferum-bench-'));
const log = (text) => process.stderr.write(`${text}\n`);

/** Each row in fresh processes: best wall time, the peak RSS of that row only. */
const measure = childMeasure({ work, runs: config.runs, log });

// Inputs ---------------------------------------------------------------------------------------
log(`bench: ${JSON.stringify(config)}; node ${process.version}; preparing inputs in ${work}`);
const bundled = await build({
  entryPoints: [join(here, 'generate-region.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const { generateSchool } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const jsonRegion = join(work, 'region-json');
const referenceRegion = join(work, 'region-reference');
for (let i = 0; i < config.schools; i++) {
  const { exports: _e, ...file } = generateSchool(i, { peoplePerSchool: config.people });
  const text = JSON.stringify({ schemaVersion: 1, ...file });
  const name = `school-${String(i + 1).padStart(5, '0')}`;
  mkdirSync(join(jsonRegion, name), { recursive: true });
  writeFileSync(join(jsonRegion, name, 'school.json'), text);
  if (i < config.referenceSchools) {
    mkdirSync(join(referenceRegion, name), { recursive: true });
    writeFileSync(join(referenceRegion, name, 'school.json'), text);
  }
}

// The yaml + CSV form: copies of the example school (school.yaml, people.csv, channels.csv, waivers.yaml), each with its own id.
const yamlRegion = join(work, 'region-yaml');
const exampleYaml = readFileSync(join(root, 'examples/school-72/school.yaml'), 'utf8').replace(
  /^exports:[\s\S]*?(?=^\S|(?![\s\S]))/m,
  '',
);
for (let i = 0; i < config.schools; i++) {
  const dir = join(yamlRegion, `school-${String(i + 1).padStart(5, '0')}`);
  mkdirSync(dir, { recursive: true });
  for (const f of ['people.csv', 'channels.csv', 'waivers.yaml'])
    cpSync(join(root, 'examples/school-72', f), join(dir, f));
  writeFileSync(
    join(dir, 'school.yaml'),
    exampleYaml.replace(/^(\s+id:\s*)"5400000072"/m, `$1"${5400100000 + i}"`),
  );
}

// Chat exports: bench/scan-rows.mjs (clean and heavy, WhatsApp and Telegram).
const scanInputs = writeScanInputs(work, config);

// Measurements ---------------------------------------------------------------------------------
log('measuring:');
const rows = {};
const region = (dir, extra) => [
  cli,
  'region',
  dir,
  '--as-of',
  AS_OF,
  '--format',
  'ndjson',
  '--fail-on',
  'none',
  '-q',
  ...extra,
];
rows.regionJson = measure(
  `region school.json ×${config.schools}, --jobs ${config.jobs}`,
  region(jsonRegion, ['--jobs', String(config.jobs)]),
);
rows.regionJsonOneThread = measure(
  `region school.json ×${config.schools}, --jobs 1`,
  region(jsonRegion, ['--jobs', '1']),
);
rows.floorJson = measure('floor: readdir + read + JSON.parse', [
  join(here, 'floor.mjs'),
  'region-json',
  jsonRegion,
]);
rows.regionYaml = measure(
  `region yaml+csv ×${config.schools}, --jobs ${config.jobs}`,
  region(yamlRegion, ['--jobs', String(config.jobs)]),
);
rows.floorYaml = measure('floor: read + yaml + csv-parse', [
  join(here, 'floor.mjs'),
  'region-yaml',
  yamlRegion,
]);
rows.compiled = measure(
  `region --engine compiled ×${config.referenceSchools}, --jobs 1`,
  region(referenceRegion, ['--jobs', '1', '--engine', 'compiled']),
);
rows.reference = measure(
  `region --engine reference ×${config.referenceSchools}, --jobs 1`,
  region(referenceRegion, ['--jobs', '1', '--engine', 'reference']),
);
const engine = measure(
  `engines: ${config.engineSubjects} subjects × 10 rules`,
  [join(here, 'engine.mjs'), '--json'],
  { runs: 1, extraEnv: { BENCH_ENGINE_SUBJECTS: String(config.engineSubjects) } },
);
// The three start-up rows are measured in turns (node -e 0, --version, the audit, node -e 0, …),
// best of at least 7 each: on a shared machine a change of load then hits all three alike, and
// their ratios (the goal is the audit within 4× node -e 0) compare like with like.
const startupRuns = Math.max(config.runs, 7);
const quietMeasure = childMeasure({ work, runs: 1, log: () => undefined });
const startup = {
  nodeStart: ['node -e 0', ['-e', '0']],
  version: ['sferum-compliance --version', [cli, '--version']],
  singleSchool: [
    'audit examples/school-72 (json to a file)',
    [
      cli,
      'audit',
      join(root, 'examples/school-72/school.yaml'),
      '--as-of',
      AS_OF,
      '--fail-on',
      'none',
      '--format',
      'json',
      '--output',
      join(work, 'report.json'),
    ],
  ],
};
for (let i = 0; i < startupRuns; i++) {
  for (const [key, [name, args]] of Object.entries(startup)) {
    const run = quietMeasure(name, args);
    const best = rows[key];
    rows[key] = best
      ? { ms: Math.min(best.ms, run.ms), rssMiB: Math.max(best.rssMiB, run.rssMiB), stdout: run.stdout }
      : run;
  }
}
for (const [key, [name]] of Object.entries(startup))
  log(
    `  ${name.padEnd(44)} ${String(rows[key].ms).padStart(8)} ms  peak RSS ${String(rows[key].rssMiB).padStart(5)} MiB`,
  );
Object.assign(rows, measureScanRows(measure, scanInputs, config, { cli, work }));
// The library-level benches, each in its own process (their own peak RSS): what the loader and
// the region API cost inside one process, with the ratios they print measured in their own run.
const libraryBench = (name, script, extraEnv) => {
  const r = measure(name, [join(here, script)], { runs: 1, extraEnv });
  return { ms: r.ms, rssMiB: r.rssMiB, lines: r.stdout.trimEnd().split('\n') };
};
const benches = {
  load: libraryBench(`bench/load.mjs, ${config.loadSchools} schools`, 'load.mjs', {
    BENCH_LOAD_SCHOOLS: String(config.loadSchools),
    BENCH_PEOPLE: String(config.people),
  }),
  region: libraryBench(`bench/region.mjs, ${config.apiSchools} schools`, 'region.mjs', {
    BENCH_SCHOOLS: String(config.apiSchools),
    BENCH_PEOPLE: String(config.people),
  }),
};
rmSync(work, { recursive: true, force: true });

// Results --------------------------------------------------------------------------------------
const engineTimes = JSON.parse(engine.stdout);
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const ratios = {
  regionJsonOverFloor: {
    value: ratio(rows.regionJson.ms, rows.floorJson.ms),
    goal: '≤ 2',
    met: rows.regionJson.ms <= 2 * rows.floorJson.ms,
  },
  regionYamlOverFloor: {
    value: ratio(rows.regionYaml.ms, rows.floorYaml.ms),
    goal: '≤ 2',
    met: rows.regionYaml.ms <= 2 * rows.floorYaml.ms,
  },
  jobsSpeedup: {
    value: ratio(rows.regionJsonOneThread.ms, rows.regionJson.ms),
    goal: 'more than 1 with more than one core',
    met: rows.regionJson.ms < rows.regionJsonOneThread.ms,
  },
  compiledOverReferenceProcess: {
    value: ratio(rows.reference.ms, rows.compiled.ms),
    goal: '≥ 100',
    met: rows.reference.ms >= 100 * rows.compiled.ms,
  },
  compiledOverReferenceEngine: {
    value: Math.round(engineTimes.referenceMs / engineTimes.compiledMs),
    goal: '≥ 100',
    met: engineTimes.referenceMs >= 100 * engineTimes.compiledMs,
  },
  compiledOverPeerEngine: {
    value: Math.round(engineTimes.peerMs / engineTimes.compiledMs),
    goal: 'information',
    met: true,
  },
  singleSchoolOverNode: {
    value: ratio(rows.singleSchool.ms, rows.nodeStart.ms),
    goal: '≤ 4',
    met: rows.singleSchool.ms <= 4 * rows.nodeStart.ms,
  },
  versionOverNode: { value: ratio(rows.version.ms, rows.nodeStart.ms), goal: 'information', met: true },
  ...scanRatios(rows),
  regionPeakMiB: { value: rows.regionJson.rssMiB, goal: '< 512', met: rows.regionJson.rssMiB < 512 },
};
for (const r of new Set(Object.values(rows))) delete r.stdout;
const results = {
  node: process.version,
  cores: availableParallelism(),
  config,
  rows,
  engine: engineTimes,
  ratios,
  benches,
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `bench (${config.schools} schools × ${config.people} people, node ${process.version}, ${results.cores} cores; ratios measured in this run):`,
);
for (const [name, r] of Object.entries(ratios))
  console.log(
    `  ${name.padEnd(32)} ${String(r.value).padStart(8)}  goal ${r.goal.padEnd(8)} ${r.met ? 'met' : 'NOT MET'}`,
  );
for (const [name, b] of Object.entries(benches)) {
  console.log(`bench/${name}.mjs (peak RSS ${b.rssMiB} MiB):`);
  for (const line of b.lines) console.log(`  ${line}`);
}
console.log('written: bench/results.json');
