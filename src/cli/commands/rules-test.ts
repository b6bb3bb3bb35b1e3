import type { Command } from 'commander';
import { getEngine } from '../../evaluate/get-engine.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../model/vocabulary.js';
import { testRulePackDir, type RulePackTestResult } from '../../node/load-rule-pack.js';
import { displayPath } from '../../node/resolve-run-setup.js';
import { escapeTerminal } from '../../diagnostics/escape-terminal.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { parseEngine } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';

interface RulesTestOptions {
  format: 'text' | 'json';
  lang: Language;
  engine: 'compiled' | 'reference';
}

/** One line per case, `conftest verify` style: PASS/FAIL - file - rule - case. */
function textLines(results: readonly RulePackTestResult[], lang: Language): string[] {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    const file =
      r.file !== undefined
        ? displayPath(r.file)
        : lang === 'ru'
          ? '(нет файла примеров)'
          : '(no fixture file)';
    for (const problem of r.problems) {
      failed += 1;
      lines.push(`FAIL - ${file} - ${r.ruleId} - ${problem}`);
    }
    for (const c of r.cases) {
      if (c.ok) passed += 1;
      else failed += 1;
      lines.push(`${c.ok ? 'PASS' : 'FAIL'} - ${file} - ${r.ruleId} - ${c.name}`);
      for (const p of c.problems) lines.push(`    ${p}`);
    }
  }
  const total = passed + failed;
  lines.push('-'.repeat(80));
  lines.push(
    lang === 'ru'
      ? `проверок: ${total}, пройдено: ${passed}, не пройдено: ${failed}`
      : `${total} tests, ${passed} passed, ${failed} failures`,
  );
  return lines;
}

/** `rules test DIR`: the CLI of `testRulePackDir`, like `conftest verify` / `opa test`. */
export function registerRulesTest(rules: Command, ctx: CliContext): void {
  rules
    .command('test')
    .description(
      'проверить пакет правил на его примерах (<ПРАВИЛО>.test.yaml) / run a rule pack’s fixtures (<RULE-ID>.test.yaml)',
    )
    .argument('<dir>', 'каталог пакета правил / the rule pack directory')
    .option('--engine <engine>', 'движок правил / rule engine: compiled|reference', parseEngine, 'compiled')
    .addHelpText(
      'after',
      `
Формат и язык — параметры rules: rules --format json --lang en test DIR (или после DIR).
Format and language are the options of rules (before or after DIR).

Код выхода 0 — все примеры сходятся, 1 — какие-то нет, 2 — пакет не читается или с ошибками.
Exit 0 — every fixture passes, 1 — some fail, 2 — the pack cannot be read or has errors.

Примеры / examples:
  $ sferum-compliance rules test region-rules
  $ sferum-compliance rules test region-rules --format json --lang en`,
    )
    .action(async (dir: string, local: Pick<RulesTestOptions, 'engine'>) => {
      // --format and --lang belong to `rules` (commander gives a parent's options to the parent).
      const options: RulesTestOptions = { ...(rules.opts() as Omit<RulesTestOptions, 'engine'>), ...local };
      const { results, diagnostics } = await testRulePackDir(dir, { engine: getEngine(options.engine) });
      if (hasErrors(diagnostics)) {
        throw new CliUsageError('пакет правил содержит ошибки', 'the rule pack has errors', diagnostics);
      }
      if (results.length === 0) {
        throw new CliUsageError(`в каталоге «${dir}» нет правил`, `no rules in «${dir}»`);
      }
      if (diagnostics.length > 0) printDiagnostics(ctx.io, diagnostics, options.lang);
      const ok = results.every((r) => r.ok);
      if (options.format === 'json') {
        const shown = results.map((r) => ({
          ...r,
          ...(r.file !== undefined ? { file: displayPath(r.file) } : {}),
        }));
        ctx.io.stdout(`${JSON.stringify({ ok, results: shown }, null, 2)}\n`);
      } else {
        ctx.io.stdout(`${escapeTerminal(textLines(results, options.lang).join('\n'))}\n`);
      }
      ctx.exitCode = ok ? EXIT_OK : EXIT_FINDINGS;
    });
}
