import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { catalog as builtinCatalog, parseRulePack } from '../catalog/index.js';
import type { RuleDefinition } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareStrings } from '../report/compare-strings.js';
import { readSmallTextFile } from './load-config.js';
import { append } from '../util/append.js';

async function listRuleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      // `_fixtures` and other `_` folders hold test data, `*.test.yaml` are rule tests.
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(ya?ml|json)$/i.test(e.name) && !/\.test\.(ya?ml|json)$/i.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out.sort(compareStrings);
}

export interface LoadedRulePacks {
  rules: RuleDefinition[];
  diagnostics: Diagnostic[];
  /** The rule files read, as `display` names them, for `report.inputs`. */
  files: { path: string; sha256: string }[];
}

/**
 * The rule pack directories of an audit (`--rules`, the config's `rulePacks`): every YAML/JSON
 * file under them, parsed as one pack whose ids must not clash with the bundled rules. `display`
 * names files in diagnostics. Unlike `loadRulePackDir` (a pack's own repository layout), `_`
 * folders are skipped and JSON rules are read. Never throws.
 */
export async function loadRulePacks(dirs: readonly string[], display: (path: string) => string): Promise<LoadedRulePacks> {
  const files: { path: string; text: string; sha256: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    let paths: string[];
    try {
      paths = await listRuleFiles(dir);
    } catch (error) {
      const missing = (error as { code?: unknown }).code === 'ENOENT';
      diagnostics.push({
        code: missing ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
        severity: 'error',
        message: {
          ru: `Каталог правил «${display(dir)}» не найден или не читается`,
          en: `Rule pack directory "${display(dir)}" is missing or unreadable`,
        },
        file: display(dir),
      });
      continue;
    }
    for (const p of paths) {
      const read = await readSmallTextFile(p, display(p), { ru: 'Файл правила', en: 'Rule file' });
      append(diagnostics, read.diagnostics);
      if (read.file) files.push({ path: display(p), text: read.file.text, sha256: read.file.sha256 });
    }
  }
  if (files.length === 0) return { rules: [], diagnostics, files: [] };
  const pack = parseRulePack(files, { existingRuleIds: builtinCatalog().rules.map((r) => r.id) });
  return {
    rules: pack.rules,
    diagnostics: [...diagnostics, ...pack.diagnostics],
    files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  };
}
