import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { auditFiles } from '../../node/audit-files.js';
import { loadSchoolFile } from '../../node/load-files.js';
import { buildAttestationForm } from '../../attest/attestation-form.js';
import { catalog } from '../../catalog/catalog.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DEFAULT_ATTESTATION_MAX_AGE_DAYS } from '../../config/types.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_OK } from '../exit-codes.js';
import { parseAsOf } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { cannotWrite } from '../write-output.js';

interface AttestCliOptions {
  output?: string;
  asOf?: string;
  config?: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `attestations: { file: … }` of the school file, when it names an answers file. */
async function referencedFile(schoolPath: string): Promise<string | undefined> {
  try {
    const doc: unknown = parseYaml(await readFile(schoolPath, 'utf8'), { maxAliasCount: 100 });
    const ref = (doc as { attestations?: unknown } | null)?.attestations;
    if (
      ref &&
      typeof ref === 'object' &&
      !Array.isArray(ref) &&
      typeof (ref as { file?: unknown }).file === 'string'
    ) {
      return (ref as { file: string }).file;
    }
  } catch {
    // An unreadable school file is reported by the audit below, with its position.
  }
  return undefined;
}

// long-function: commander's option table and help text (declarations), then one short action
export function registerAttest(program: Command, ctx: CliContext): void {
  program
    .command('attest')
    .description(
      'записать (или обновить) файл ответов: все вопросы Порядка, которые нельзя проверить по данным / write or update the answers file',
    )
    .argument('<school>', 'файл школы school.yaml / the school file')
    .option(
      '-o, --output <file>',
      'файл ответов (по умолчанию attestations.yaml рядом с файлом школы) / answers file',
    )
    .option('--as-of <date>', 'дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date', parseAsOf)
    .option('-c, --config <file>', 'файл настроек / config file')
    .addHelpText(
      'after',
      `
Ответы, уже записанные в файле (или в файле школы), сохраняются; под каждым открытым вопросом
появляется пустая запись. Заполните answer, by, date и запустите проверку снова.
Answers already recorded are kept; every open question gets a blank entry to fill in.

Примеры / examples:
  $ sferum-compliance attest school.yaml
  $ sferum-compliance audit school.yaml --attestations attestations.yaml`,
    )
    .action(async (school: string, options: AttestCliOptions) => {
      const schoolPath = resolve(ctx.io.cwd, school);
      const ref = await referencedFile(schoolPath);
      const outPath = options.output
        ? resolve(ctx.io.cwd, options.output)
        : resolve(dirname(schoolPath), ref ?? 'attestations.yaml');
      const outExists = await exists(outPath);
      // An existing answers file is where the answers live now, whether or not the school file names it yet.
      const attestationsPath = outExists ? outPath : undefined;
      if (ref !== undefined && !outExists && resolve(dirname(schoolPath), ref) === outPath) {
        // First run for a school that already names the file: start from an empty one.
        try {
          await ctx.io.writeFile(outPath, 'attestations: []\n');
        } catch (error) {
          throw cannotWrite(options.output ?? outPath, error);
        }
      }
      const result = await auditFiles(schoolPath, {
        ...(attestationsPath ? { attestationsPath } : {}),
        ...(options.config ? { configPath: resolve(ctx.io.cwd, options.config) } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        scanExports: false,
      });
      if (!result.report || hasErrors(result.diagnostics)) {
        throw new CliUsageError(
          'файл ответов не создан: исправьте ошибки во входных данных',
          'answers file not written: fix the input errors above',
          result.diagnostics,
        );
      }
      const loaded = await loadSchoolFile(schoolPath, attestationsPath ? { attestationsPath } : {});
      const rel = relative(dirname(schoolPath), outPath).split('\\').join('/') || basename(outPath);
      const form = buildAttestationForm({
        report: result.report,
        clauses: catalog().clauses,
        attestations: loaded.input?.attestations ?? [],
        maxAgeDays: result.config?.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS,
        fileName: rel,
      });
      try {
        await ctx.io.writeFile(outPath, form.text);
      } catch (error) {
        throw cannotWrite(options.output ?? outPath, error);
      }
      const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
      if (warnings.length > 0) printDiagnostics(ctx.io, warnings, 'ru');
      const open = form.questions.filter((q) => q.open);
      const shown = relative(ctx.io.cwd, outPath) || outPath;
      ctx.io.stdout(
        `${outExists ? 'Обновлён' : 'Создан'} файл ответов / ${outExists ? 'updated' : 'written'}: ${shown}\n` +
          `Вопросов / questions: ${form.questions.length}; открытых / open: ${open.length}` +
          (open.length > 0 ? ` (${open.map((q) => q.clause).join(', ')})` : '') +
          '\n' +
          (ref === undefined
            ? `Чтобы проверка брала ответы из файла, укажите в файле школы attestations: { file: ${rel} }\n` +
              `или запускайте / or run: sferum-compliance audit ${school} --attestations ${relative(ctx.io.cwd, outPath) || outPath}\n`
            : ''),
      );
      ctx.exitCode = EXIT_OK;
    });
}
