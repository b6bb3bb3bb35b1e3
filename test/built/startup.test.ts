/**
 * What the built CLI loads at start (issue 13: a single-school audit within 4× `node -e 0`). The
 * time itself belongs to `npm run bench` (rows nodeStart, version, singleSchool); this test pins
 * the structure that the time depends on, so a change that brings the cost back fails here:
 *
 * - the dependencies bundled into dist/ (tsup.config.ts, BUNDLED) are not loaded from
 *   node_modules: each of Node's file loads cost ~0.5–1 ms, yaml alone was 72 files, commander 8;
 * - modules only some commands need stay out of the others' runs: the saved-report validator
 *   (render), exceljs and jszip (region xlsx), stream-json (Telegram exports).
 *
 * Every module a run loads is recorded by a module-loader hook (`module.register`, run with
 * `--import`) and, for modules `require`d from CommonJS, by `require.cache` at exit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, repoRoot, requireDist } from '../package/helpers.js';

let work: string;

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.STARTUP_LOG, url + '\\n');
  return next(url, context);
}
`;
const REGISTER = `
import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register(process.env.STARTUP_HOOKS);
const require = createRequire(import.meta.url);
process.on('exit', () => {
  for (const file of Object.keys(require.cache)) appendFileSync(process.env.STARTUP_LOG, file + '\\n');
});
`;

/** The files one run of the built CLI loads: paths relative to the repository, `node:` builtins left out. */
function loadedBy(args: readonly string[], name: string): string[] {
  const log = join(work, `${name}.log`);
  writeFileSync(log, '');
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(work, 'register.mjs')).href, join(distDir, 'cli.js'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        NO_COLOR: '1',
        STARTUP_LOG: log,
        STARTUP_HOOKS: pathToFileURL(join(work, 'hooks.mjs')).href,
      },
      timeout: 120_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const root = pathToFileURL(repoRoot).href + '/';
  const lines = readFileSync(log, 'utf8').split('\n');
  builtins.set(name, [...new Set(lines.filter((l) => l.startsWith('node:')))].sort());
  const files = lines
    .filter((l) => l !== '' && !l.startsWith('node:'))
    .map((l) => (l.startsWith('file:') ? l.slice(root.length) : l.slice(repoRoot.length + 1)))
    .filter((l) => !l.startsWith('..') && !l.startsWith(work));
  return [...new Set(files)].sort();
}

/** The packages a run loaded from node_modules. */
function packagesOf(files: readonly string[]): string[] {
  const names = files
    .map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1])
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

/** The dist/ file whose text contains `marker` (chunk names are content hashes). */
function distFileWith(marker: string): string {
  const hits = readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(join(distDir, f), 'utf8').includes(marker));
  expect(hits, marker).toHaveLength(1);
  return `dist/${hits[0]}`;
}

let version: string[];
let audit: string[];
/** The `node:` modules each run imported (ES module imports; what CommonJS requires is not seen). */
const builtins = new Map<string, string[]>();

beforeAll(() => {
  requireDist();
  work = mkdtempSync(join(tmpdir(), 'sferum-startup-'));
  writeFileSync(join(work, 'hooks.mjs'), HOOKS);
  writeFileSync(join(work, 'register.mjs'), REGISTER);
  version = loadedBy(['--version'], 'version');
  audit = loadedBy(
    [
      'audit',
      'examples/school-72/school.yaml',
      '--as-of',
      '2026-11-30',
      '--fail-on',
      'none',
      '--format',
      'json',
      '--output',
      join(work, 'report.json'),
    ],
    'audit',
  );
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('start-up of the built CLI', () => {
  it('the hook sees the run (the check can fail): dist/cli.js and the chunks it imports', () => {
    expect(version).toContain('dist/cli.js');
    expect(audit.filter((f) => f.startsWith('dist/chunk-')).length).toBeGreaterThan(1);
    expect(packagesOf(audit)).toContain('csv-parse');
  });

  it('loads from node_modules only the dependencies left external', () => {
    // csv-parse: its `browser` field; picocolors: the text format. commander is bundled (its
    // eight files cost every run ~8 ms to load; tsup.config.ts, COMMANDER_BUILTINS).
    expect(packagesOf(version)).toEqual(['csv-parse', 'picocolors']);
    expect(packagesOf(audit)).toEqual(['csv-parse', 'picocolors']);
    // csv-parse's ES module build is a handful of files, not a tree like yaml's was.
    expect(audit.filter((f) => f.includes('node_modules/')).length).toBeLessThan(25);
  });

  it('neither --version nor an audit loads the saved-report validator (render only)', () => {
    const validator = distFileWith('$id:"report.schema.json"');
    expect(version).not.toContain(validator);
    expect(audit).not.toContain(validator);
  });

  it('an audit imports neither node:worker_threads (region --jobs) nor node:readline (merge)', () => {
    // Each cost the start ~1–4 ms; they are imported where the region's workers start and where
    // merge reads its shards.
    const imported = builtins.get('audit')!;
    expect(imported).toContain('node:fs/promises');
    expect(imported).not.toContain('node:worker_threads');
    expect(imported).not.toContain('node:readline');
  });

  it('a render does load it (the marker finds the right file)', () => {
    const report = join(work, 'report.json');
    const render = loadedBy(
      ['render', report, '--format', 'md', '--output', join(work, 'report.md')],
      'render',
    );
    expect(render).toContain(distFileWith('$id:"report.schema.json"'));
  });
});
