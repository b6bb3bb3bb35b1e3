import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: quoteCell (masked CSV cells in CSV_VALUE_INVALID) and quoteId (ids that look like
// names, phones or e-mails masked in reference diagnostics).
const dir = mkdtempSync(join(tmpdir(), 'sferum-pd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLANTED = [
  '+7 913 555-42-17',
  'Зайцева Ксения Игоревна',
  'ksenia.zaitseva@example.ru',
  'Прохоров Тимофей',
  '89135554217',
];

function fakeIO() {
  const out: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
    cwd: dir,
    writeFile: async (_p, t) => void out.push(t),
  };
  return { io, all: () => out.join('') };
}

describe('no personal data on the error path', () => {
  const school = join(dir, 's', 'school.yaml');
  cpSync(join(repoRoot, 'examples/school-72'), join(dir, 's'), { recursive: true });
  // «Роли» and «Телефон» swapped; planted values in every column of a row; a name as an id.
  const people = readFileSync(join(dir, 's', 'people.csv'), 'utf8').split('\n');
  const header = people[0]!.split(';');
  const roles = header.findIndex((h) => h.includes('Роли'));
  const phone = header.findIndex((h) => h.includes('Телефон'));
  [header[roles], header[phone]] = [header[phone]!, header[roles]!];
  people[0] = header.join(';');
  const row = header.map((_, i) => PLANTED[i % PLANTED.length]);
  people.push(row.join(';'));
  people.push([PLANTED[1], ...people[1]!.split(';').slice(1)].join(';'));
  writeFileSync(join(dir, 's', 'people.csv'), people.join('\n'));
  const channels = readFileSync(join(dir, 's', 'channels.csv'), 'utf8').split('\n');
  const ch = channels[0]!.split(';');
  channels.push(ch.map((_, i) => PLANTED[(i + 2) % PLANTED.length]).join(';'));
  writeFileSync(join(dir, 's', 'channels.csv'), channels.join('\n'));

  it.each([
    [['validate', school]],
    [['validate', school, '--format', 'json']],
    [['audit', school, '--format', 'json', '--as-of', '2026-11-30']],
    [['audit', school, '--format', 'text', '--as-of', '2026-11-30']],
    [['region', join(dir), '--format', 'json', '--as-of', '2026-11-30']],
    [['region', join(dir), '--format', 'csv', '--as-of', '2026-11-30']],
    [['region', join(dir), '--format', 'text', '--as-of', '2026-11-30']],
    [
      [
        'region',
        join(dir),
        '--format',
        'ndjson',
        '--include-findings',
        '--as-of',
        '2026-11-30',
        '--jobs',
        '1',
      ],
    ],
    [['region', join(dir), '--format', 'html', '--as-of', '2026-11-30', '--jobs', '1']],
    [['explain', 'SFR-2.6-LINK-ROLE', school, '--as-of', '2026-11-30']],
  ])('%j: no planted value in stdout, stderr or output', async (argv) => {
    const f = fakeIO();
    await main(argv, f.io);
    const text = f.all();
    expect(text.length).toBeGreaterThan(0);
    for (const v of PLANTED) expect(text).not.toContain(v);
    expect(text).not.toContain('555-42-17');
  });
});
