import { escapeTerminal } from '../diagnostics/escape-terminal.js';
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json';
import { CliUsageError, EXIT_USAGE } from './exit-codes.js';
import type { CliContext } from './context.js';
import { processIO, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { registerAudit } from './commands/audit.js';
import { registerValidate } from './commands/validate.js';
import { registerRules } from './commands/rules.js';
import { registerExplain } from './commands/explain.js';
import { registerInit } from './commands/init.js';
import { registerDiff } from './commands/diff.js';
import { registerScan } from './commands/scan.js';
import { registerRegion } from './commands/region.js';
import type { Language } from '../model/vocabulary.js';
import { registerRegistry } from './commands/registry.js';
import { localizeCommander } from './commander-messages.js';
import { setMessageLanguage } from './options.js';
import { registerAttest } from './commands/attest.js';
import { registerMerge } from './commands/merge.js';
import { registerRender } from './commands/render.js';
import { bugsUrl, envInfo } from './env-info.js';

function languageOf(argv: readonly string[]): Language {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'ru';
}

/** Every command, by the name it is called with, and the function that declares it. */
const COMMANDS: ReadonlyArray<readonly [string, (program: Command, ctx: CliContext) => void]> = [
  ['audit', registerAudit],
  ['validate', registerValidate],
  ['rules', registerRules],
  ['explain', registerExplain],
  ['init', registerInit],
  ['diff', registerDiff],
  ['scan', registerScan],
  ['region', registerRegion],
  ['registry', registerRegistry],
  ['attest', registerAttest],
  ['merge', registerMerge],
  ['render', registerRender],
];

/**
 * The command a run asks for by name as its first argument, or undefined (no command, an option
 * first, `help`, a typo): then every command is declared, for the help and the suggestions.
 */
export function requestedCommand(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return COMMANDS.some(([name]) => name === first) ? first : undefined;
}

/**
 * The program; with `only`, just that command is declared on it. Declaring all twelve (their
 * options, help texts, parsers) was ~5 % of a single-school audit's run, for commands the run
 * never reaches (test/cli/requested-command.test.ts checks the names match the commands).
 */
export function buildProgram(ctx: CliContext, language: 'ru' | 'en' = 'ru', only?: string): Command {
  const program = new Command('sferum-compliance');
  localizeCommander(program, language, (s) => ctx.io.stderr(s));
  program
    .description(
      'Проверка соответствия школы Порядку применения ИКОП «Сферум» и учебного профиля VK Мессенджер.\n' +
        'Checks a school against its regulation on Sferum and the VK Messenger educational profile.',
    )
    .version(ctx.version, '-V, --version', 'версия / version')
    .option(
      '--env-info',
      'версии инструмента, Node.js, платформы и встроенных данных — для сообщения об ошибке / tool, Node.js, platform and bundled data versions, for a bug report',
    )
    .helpOption('-h, --help', 'справка / help')
    .helpCommand('help [command]', 'справка по команде / help for a command')
    .showHelpAfterError('(--help: справка / help)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
    })
    .addHelpText(
      'after',
      `
Коды выхода / exit codes:
  0  нарушений на уровне --fail-on и выше нет / nothing at or above --fail-on
  1  есть нарушения на уровне --fail-on и выше / findings at or above --fail-on
  2  ошибка использования или входных данных / usage or input error

«-» вместо входного файла читает стандартный ввод: audit -, validate -, render -.
«-» вместо файла вывода (-o -, --format F:-) — стандартный вывод.
«-» as an input file reads standard input (audit, validate, render); as an output, standard output.

Примеры / examples:
  $ sferum-compliance validate examples/school-72/school.yaml
  $ sferum-compliance audit examples/school-72/school.yaml --format html --output report.html
  $ sferum-compliance rules --clause 2.final
  $ sferum-compliance --env-info

Сообщить об ошибке / report a bug: ${bugsUrl()}`,
    );
  for (const [name, register] of COMMANDS) {
    if (only === undefined || name === only) register(program, ctx);
  }
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0, version: pkg.version };
  setMessageLanguage(languageOf(argv));
  const program = buildProgram(ctx, languageOf(argv), requestedCommand(argv));
  // `--env-info` alone, as ESLint takes it: declared on the program for --help, answered here
  // because the program itself runs no action (a first word that is no command stays an error).
  if (argv.length === 1 && argv[0] === '--env-info') {
    io.stdout(envInfo({ node: process.version, platform: process.platform, arch: process.arch }));
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the run successfully; every other parse error is a usage error.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return 0;
      }
      return EXIT_USAGE;
    }
    const language = languageOf(argv);
    if (error instanceof CliUsageError) {
      if (error.diagnostics.length > 0) printDiagnostics(io, error.diagnostics, language);
      io.stderr(
        `sferum-compliance: ${escapeTerminal(language === 'ru' ? error.ru : error.message, { newlines: false })}\n`,
      );
      return EXIT_USAGE;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.stderr(
      `sferum-compliance: внутренняя ошибка / internal error: ${escapeTerminal(text, { newlines: false })}\n` +
        `Пожалуйста, сообщите о ней разработчикам / please report it: ${bugsUrl()}\n` +
        '(приложите вывод / attach the output of: sferum-compliance --env-info)\n',
    );
    return EXIT_USAGE;
  }
}
