import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.js';
import { escapeTerminal } from '../../src/diagnostics/escape-terminal.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: escapeTerminal in formatDiagnostic (every diagnostic on stderr), in explain and diff
// text output, and on the CLI's own error line.
const dir = mkdtempSync(join(tmpdir(), 'sferum-tty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAR = '\u001b[2J\u001b[H';
const OSC8 = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';
const TITLE = '\u001b]0;pwned\u0007';
const RLO = '\u202e';
const HOSTILE = [CLEAR, OSC8, TITLE, RLO, '\u009b31m', '\u2066x\u2069', '\u200f'];
// Nothing that can act on a terminal: ESC, BEL, CSI (C1), bidi controls.
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: true,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
    cwd: dir,
    writeFile: async () => {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('terminal-safe text', () => {
  it('escapes control, C1 and bidi characters visibly', () => {
    expect(escapeTerminal(`a${CLEAR}b`)).toBe('a\\x1b[2J\\x1b[Hb');
    expect(escapeTerminal(`x${RLO}y`)).toBe('x\\u202ey');
    expect(escapeTerminal('l1\nl2\tok')).toBe('l1\nl2\tok');
    expect(escapeTerminal('l1\nl2', { newlines: false })).toBe('l1\\x0al2');
    for (const h of HOSTILE) expect(escapeTerminal(h)).not.toMatch(ACTIVE);
  });

  it('a diagnostic quoting hostile file names and messages prints nothing active', () => {
    for (const h of HOSTILE) {
      const line = formatDiagnostic(
        {
          code: 'FILE_NOT_FOUND',
          severity: 'error',
          message: { ru: `файл «${h}»`, en: h },
          hint: { ru: h, en: h },
          file: `f${h}.yaml`,
          pointer: `/${h}`,
          line: 1,
          column: 1,
        },
        'ru',
      );
      expect(line).not.toMatch(ACTIVE);
    }
  });

  it('an unknown YAML key with ESC reaches stderr escaped (validate)', async () => {
    const file = join(dir, 'school.yaml');
    writeFileSync(
      file,
      `school: { name: Ш, region: Р, municipality: М }\n"unknownKey\\e[2J\\e]0;title\\a${RLO}": 1\n`,
    );
    const f = fakeIO();
    expect(await main(['validate', file], f.io)).toBe(2);
    expect(f.err()).toContain('\\x1b[2J');
    expect(f.err() + f.out()).not.toMatch(ACTIVE);
  });

  it('diff text output of reports with hostile messages is escaped', async () => {
    const golden = JSON.parse(readFileSync(join(repoRoot, 'test/golden/school-72.report.json'), 'utf8'));
    const hostile = structuredClone(golden);
    hostile.findings[0].message = `m${CLEAR}${OSC8}${RLO}`;
    hostile.findings[0].subject.id = `c${TITLE}`;
    hostile.findings[0].fingerprint = 'changed';
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...golden, findings: golden.findings.slice(1) }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(hostile));
    const f = fakeIO();
    await main(['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--fail-on', 'none'], f.io);
    expect(f.err()).toBe('');
    expect(f.out()).toContain('\\x1b]8;;');
    expect(f.out() + f.err()).not.toMatch(ACTIVE);
  });

  it('the CLI error line escapes a hostile path', async () => {
    const f = fakeIO();
    await main(['diff', join(dir, `missing${CLEAR}.json`), join(dir, 'b.json')], f.io);
    expect(f.err()).not.toMatch(ACTIVE);
  });

  it('explain, audit and region text escape a hostile school name from the data', async () => {
    const school = join(dir, 'hostile', 'school.yaml');
    mkdirSync(join(dir, 'hostile'), { recursive: true });
    writeFileSync(
      school,
      `school: { name: "Ш\\e[2J\\e]0;title\\a\\u202e", region: Р, municipality: "М\\e]8;;x\\a" }\n`,
    );
    for (const argv of [
      ['explain', 'SFR-1.1-REGULATION-EXISTS', school, '--as-of', '2026-11-30'],
      ['audit', school, '--format', 'text', '--as-of', '2026-11-30'],
      ['region', join(dir, 'hostile'), '--format', 'text', '--as-of', '2026-11-30'],
    ]) {
      const f = fakeIO();
      await main(argv, f.io);
      // The name reaches the output (explain writes `\x1b` visibly, the text report drops it).
      expect(f.out(), argv[0]).toContain('[2J');
      expect(f.out() + f.err(), argv[0]).not.toMatch(ACTIVE);
    }
  });
});
