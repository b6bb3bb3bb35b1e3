import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { initTemplates } from '../../init/init-templates.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_OK } from '../exit-codes.js';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The installed package's schemas folder as seen from `target`: the nearest
 * node_modules/sferum-compliance/schemas up the tree (a school folder inside a project), or
 * undefined (the template's default, ./node_modules/…, fits a project root).
 */
async function installedSchemaDir(target: string): Promise<string | undefined> {
  for (let dir = target; ; dir = dirname(dir)) {
    const schemas = join(dir, 'node_modules', 'sferum-compliance', 'schemas');
    if (await exists(join(schemas, 'school.schema.json'))) {
      const rel = relative(target, schemas).split(sep).join('/');
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(
      'создать заготовку: school.yaml с комментариями и шаблоны CSV / scaffold a school file and CSV templates',
    )
    .argument('[dir]', 'папка (по умолчанию текущая) / folder (default: current)', '.')
    .option('--school-name <name>', 'название школы для заготовки / school name for the scaffold')
    .option('--force', 'перезаписать существующие файлы / overwrite existing files')
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance init моя-школа
  $ sferum-compliance validate моя-школа/school.yaml`,
    )
    .action(async (dir: string, options: { schoolName?: string; force?: boolean }) => {
      const target = resolve(ctx.io.cwd, dir);
      const schemaDir = await installedSchemaDir(target);
      const templates = initTemplates({
        ...(options.schoolName ? { schoolName: options.schoolName } : {}),
        ...(schemaDir ? { schemaDir } : {}),
      });
      if (!options.force) {
        const clashes: string[] = [];
        for (const t of templates) if (await exists(join(target, t.path))) clashes.push(join(dir, t.path));
        if (clashes.length > 0) {
          throw new CliUsageError(
            `файлы уже существуют: ${clashes.join(', ')}. Укажите другую папку или --force, чтобы перезаписать`,
            `files already exist: ${clashes.join(', ')}. Choose another folder or pass --force to overwrite`,
          );
        }
      }
      await mkdir(target, { recursive: true });
      for (const t of templates) await writeFile(join(target, t.path), t.content, 'utf8');
      ctx.io.stdout(
        `Созданы / created: ${templates.map((t) => join(dir, t.path)).join(', ')}\n` +
          `Заполните файлы и проверьте / fill them in and run: sferum-compliance validate ${join(dir, 'school.yaml')}\n`,
      );
      ctx.exitCode = EXIT_OK;
    });
}
