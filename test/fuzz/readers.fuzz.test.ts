import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createMemoryFileReader,
  loadSchool,
  parseChannelsCsv,
  parseConfig,
  parsePeopleCsv,
  parseRegistry,
  parseRulePack,
  parseSchoolDocument,
  parseWaivers,
  scanExport,
} from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

// Fixed seed, modest runs in `npm test`; `FUZZ_RUNS=100000 npm run fuzz` for the long run.
// Properties: never throws, no prototype pollution, deterministic output; the CLI exits 0/1/2.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
// The long run needs more than the suite's 60 s per test; 100 ms a case leaves room on a loaded machine.
const TIMEOUT = Math.max(60_000, RUNS * 100);
const LONG = RUNS > 1000;

// The long run reports what it did (cases, time, slowest case) for SECURITY.md's figures.
async function timed(name: string, runs: number, body: () => Promise<void>): Promise<void> {
  const start = performance.now();
  slowest = 0;
  await body();
  if (LONG) {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `fuzz ${name}: ${runs} cases, 0 failures, ${seconds} s, slowest case ${slowest.toFixed(0)} ms`,
    );
  }
}
let slowest = 0;

const SCHOOL = 'school: { name: Ш, region: Р, municipality: М }\n';
const PEOPLE_HEAD = 'ИД;ФИО;Роли;Телефон;Профиль создан;Связь с ЭШ;Класс\n';
const CHANNELS_HEAD = 'ИД;Название;Мессенджер;Ссылка;Тип;Назначение;Класс\n';

// Fragments of the crafted cases from issue #16, mixed with random text.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '&a [*a, *a]',
    '*a',
    '{',
    '[',
    '"',
    ';',
    '\n',
    '\r\n',
    '\u001b[2J',
    '\u202e',
    '..',
    '/etc/passwd',
    '/dev/zero',
    'ST00011|',
    'Name=',
    'PersonalAcc=',
    '+7 900 000-00-00',
    'a@a.a',
    '....',
    '    ',
    'перевод ',
    '100 р',
    '{"a":1,"a":1}',
    '- ',
    ': ',
    '!!js/function',
    '%YAML 1.1',
  ),
);
const text = fc.array(fragment, { maxLength: 30 }).map((a) => a.join(''));

function clean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

async function noThrowDeterministic<T>(run: () => T | Promise<T>): Promise<void> {
  const start = performance.now();
  const a = JSON.stringify(await run());
  const b = JSON.stringify(await run());
  expect(a).toBe(b);
  clean();
  slowest = Math.max(slowest, performance.now() - start);
}

const enc = (s: string) => new TextEncoder().encode(s);

/** One reader fuzzed: never throws, deterministic, no pollution; timed for the long run's figures. */
function fuzz(name: string, input: fc.Arbitrary<string>, read: (t: string) => unknown): void {
  it(
    name,
    () =>
      timed(name, RUNS, () =>
        fc.assert(
          fc.asyncProperty(input, async (t) => noThrowDeterministic(() => read(t))),
          params,
        ),
      ),
    TIMEOUT,
  );
}

describe('fuzzing every reader', () => {
  fuzz('school YAML', text, (t) => parseSchoolDocument(enc(SCHOOL + t), 's.yaml'));
  fuzz('school JSON', text, (t) => parseSchoolDocument(enc(`{"school":${t}}`), 's.json'));
  fuzz(
    'loadSchool with both CSVs',
    fc.tuple(text, text, text).map((a) => JSON.stringify(a)),
    (json) => {
      const [y, p, c] = JSON.parse(json) as [string, string, string];
      return loadSchool(
        's/school.yaml',
        createMemoryFileReader({
          's/school.yaml': `${SCHOOL}people: { file: p.csv }\nchannels: { file: c.csv }\n${y}`,
          's/p.csv': PEOPLE_HEAD + p,
          's/c.csv': CHANNELS_HEAD + c,
        }),
      );
    },
  );
  fuzz('people CSV', text, (t) => parsePeopleCsv(enc(PEOPLE_HEAD + t), 'p.csv'));
  fuzz('channels CSV', text, (t) => parseChannelsCsv(enc(CHANNELS_HEAD + t), 'c.csv'));
  fuzz(
    'WhatsApp export',
    text.map((t) => `01.09.2026, 10:00 - Мама: ${t}\n${t}`),
    (t) => scanExport([enc(t)], { fileName: 'chat.txt' }),
  );
  fuzz(
    'Telegram export',
    text.map(
      (t) =>
        `{"name":"x","type":"private_group","id":1,"messages":[{"id":1,"type":"message","text":${JSON.stringify(t)}},${t}]}`,
    ),
    (t) => scanExport([enc(t)], { fileName: 'result.json' }),
  );
  fuzz('rule pack', text, (t) => parseRulePack([{ path: 'X-1.yaml', text: `id: X-1\n${t}` }]));
  fuzz('waivers', text, (t) => parseWaivers(`waivers:\n${t}`, 'w.yaml'));
  fuzz('config', text, (t) => parseConfig(t, 'c.yaml'));
  fuzz('registry overlay', text, (t) => parseRegistry(`entries:\n${t}`, 'r.yaml'));
});

describe('fuzzing the CLI in-process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sferum-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const runs = Math.max(5, Math.round(RUNS / 4));
  it(
    'exits only 0/1/2, never an internal error',
    async () => {
      const cmd = fc.constantFrom('validate', 'audit', 'explain', 'scan');
      await timed('CLI', runs, () =>
        fc.assert(
          fc.asyncProperty(cmd, text, async (c, t) => {
            const start = performance.now();
            const file = join(dir, 'school.yaml');
            writeFileSync(file, SCHOOL + t);
            const err: string[] = [];
            const io: CliIO = {
              stdout: () => {},
              stderr: (s) => err.push(s),
              stdoutIsTTY: false,
              stderrIsTTY: false,
              env: { NO_COLOR: '1' },
              cwd: dir,
              writeFile: async () => {},
            };
            const argv =
              c === 'explain'
                ? [c, file, 'SFR-1.1-REGULATION-EXISTS']
                : c === 'audit'
                  ? [c, file, '--as-of', '2026-11-30']
                  : [c, file];
            const code = await main(argv, io);
            expect([0, 1, 2]).toContain(code);
            expect(err.join('')).not.toContain('internal error');
            clean();
            slowest = Math.max(slowest, performance.now() - start);
          }),
          { ...params, numRuns: runs },
        ),
      );
    },
    TIMEOUT,
  );
});
