/** The argument parser speaks the CLI's language: commander's messages and help headings under --lang. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { translateCommanderMessage } from '../../src/cli/commander-messages.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
    writeFile: async () => {},
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('commander in the CLI language', () => {
  it('an invalid option value is a Russian error by default and an English one with --lang en', async () => {
    const ru = io();
    expect(await main(['audit', 'examples/school-72/school.yaml', '--format', 'xml'], ru.io)).toBe(2);
    expect(ru.err()).toContain(
      'ошибка: недопустимое значение «xml» параметра «-f, --format <format>». допустимо:',
    );
    expect(ru.err()).not.toMatch(/\berror:|is invalid|allowed/);
    const en = io();
    expect(
      await main(['audit', 'examples/school-72/school.yaml', '--format', 'xml', '--lang', 'en'], en.io),
    ).toBe(2);
    expect(en.err()).toContain("error: option '-f, --format <format>' argument 'xml' is invalid. allowed:");
    expect(en.err()).not.toContain('допустимо');
  });

  it('unknown options, missing and extra arguments', async () => {
    const unknown = io();
    expect(await main(['audit', 'school.yaml', '--bogus'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('ошибка: неизвестный параметр «--bogus»');
    const missing = io();
    expect(await main(['audit'], missing.io)).toBe(2);
    expect(missing.err()).toContain('ошибка: не указан обязательный аргумент «school»');
    const extra = io();
    expect(await main(['audit', 'a.yaml', 'b.yaml'], extra.io)).toBe(2);
    expect(extra.err()).toMatch(/ошибка: слишком много аргументов для «audit»: ожидается 1, получено 2/);
    expect(translateCommanderMessage("error: unknown command 'audt'\n(Did you mean audit?)", 'ru')).toBe(
      'ошибка: неизвестная команда «audt»\n(возможно, имелось в виду audit)',
    );
  });

  it('help headings follow --lang', async () => {
    const ru = io();
    expect(await main(['audit', '--help'], ru.io)).toBe(0);
    expect(ru.out()).toMatch(/^Использование: sferum-compliance audit/m);
    expect(ru.out()).toMatch(/^Параметры:/m);
    expect(ru.out()).not.toMatch(/^(Usage|Options|Arguments):/m);
    const en = io();
    expect(await main(['audit', '--help', '--lang', 'en'], en.io)).toBe(0);
    expect(en.out()).toMatch(/^Usage: sferum-compliance audit/m);
  });
});
