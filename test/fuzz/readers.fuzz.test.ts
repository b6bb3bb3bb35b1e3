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
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

async function noThrowDeterministic<T>(run: () => T | Promise<T>): Promise<void> {
  const a = JSON.stringify(await run());
  const b = JSON.stringify(await run());
  expect(a).toBe(b);
  clean();
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('fuzzing every reader', () => {
  it('school YAML/JSON', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseSchoolDocument(enc(SCHOOL + t), 's.yaml')),
      ),
      params,
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseSchoolDocument(enc(`{"school":${t}}`), 's.json')),
      ),
      params,
    );
  });

  it('loadSchool with both CSVs', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (y, p, c) =>
        noThrowDeterministic(() =>
          loadSchool(
            's/school.yaml',
            createMemoryFileReader({
              's/school.yaml': `${SCHOOL}people: { file: p.csv }\nchannels: { file: c.csv }\n${y}`,
              's/p.csv': PEOPLE_HEAD + p,
              's/c.csv': CHANNELS_HEAD + c,
            }),
          ),
        ),
      ),
      params,
    );
  });

  it('people and channels CSV', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parsePeopleCsv(enc(PEOPLE_HEAD + t), 'p.csv')),
      ),
      params,
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseChannelsCsv(enc(CHANNELS_HEAD + t), 'c.csv')),
      ),
      params,
    );
  });

  it('WhatsApp and Telegram exports', async () => {
    const wa = text.map((t) => `01.09.2026, 10:00 - Мама: ${t}\n${t}`);
    const tg = text.map(
      (t) =>
        `{"name":"x","type":"private_group","id":1,"messages":[{"id":1,"type":"message","text":${JSON.stringify(t)}},${t}]}`,
    );
    await fc.assert(
      fc.asyncProperty(wa, async (t) =>
        noThrowDeterministic(() => scanExport([enc(t)], { fileName: 'chat.txt' })),
      ),
      params,
    );
    await fc.assert(
      fc.asyncProperty(tg, async (t) =>
        noThrowDeterministic(() => scanExport([enc(t)], { fileName: 'result.json' })),
      ),
      params,
    );
  });

  it('rule packs, waivers, config, registry overlays', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseRulePack([{ path: 'X-1.yaml', text: `id: X-1\n${t}` }])),
      ),
      params,
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseWaivers(`waivers:\n${t}`, 'w.yaml')),
      ),
      params,
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => noThrowDeterministic(() => parseConfig(t, 'c.yaml'))),
      params,
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        noThrowDeterministic(() => parseRegistry(`entries:\n${t}`, 'r.yaml')),
      ),
      params,
    );
  });
});

describe('fuzzing the CLI in-process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sferum-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('exits only 0/1/2, never an internal error', async () => {
    const cmd = fc.constantFrom('validate', 'audit', 'explain', 'scan');
    await fc.assert(
      fc.asyncProperty(cmd, text, async (c, t) => {
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
      }),
      { ...params, numRuns: Math.max(5, Math.round(RUNS / 4)) },
    );
  });
});
