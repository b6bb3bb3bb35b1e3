import { catalog as builtinCatalog, parseRulePack } from '../catalog/index.js';
import type { RulePackFile } from '../catalog/index.js';
import type { RuleDefinition } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readSmallTextFile } from './load-config.js';
import { listRulePackFiles } from './list-rule-pack-files.js';
import { append } from '../util/append.js';

export interface LoadedRulePacks {
  rules: RuleDefinition[];
  diagnostics: Diagnostic[];
  /** The rule files read, as `display` names them, for `report.inputs`. */
  files: { path: string; sha256: string }[];
}

/**
 * Reads the rule files of one pack directory (the layout `listRulePackFiles` defines), each named
 * by `display` for diagnostics and `report.inputs`. Never throws.
 */
export async function readRulePackDir(
  dir: string,
  display: (path: string) => string,
): Promise<{ files: (RulePackFile & { sha256: string })[]; diagnostics: Diagnostic[] }> {
  let paths: string[];
  try {
    paths = listRulePackFiles(dir).rules;
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    const diagnostic: Diagnostic = {
      code: missing ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
      severity: 'error',
      message: {
        ru: `Каталог правил «${display(dir)}» ${missing ? 'не найден' : 'не читается'}`,
        en: `Rule pack directory "${display(dir)}" ${missing ? 'was not found' : 'cannot be read'}`,
      },
      file: display(dir),
    };
    return { files: [], diagnostics: [diagnostic] };
  }
  const files: (RulePackFile & { sha256: string })[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const read = await readSmallTextFile(path, display(path), { ru: 'Файл правила', en: 'Rule file' });
    append(diagnostics, read.diagnostics);
    if (read.file) files.push({ path: display(path), text: read.file.text, sha256: read.file.sha256 });
  }
  return { files, diagnostics };
}

/**
 * The rule pack directories of an audit (`--rules`, the config's `rulePacks`): every rule file
 * under them, parsed as one pack whose ids must not clash with the bundled rules. `display`
 * names files in diagnostics. Never throws.
 */
export async function loadRulePacks(
  dirs: readonly string[],
  display: (path: string) => string,
): Promise<LoadedRulePacks> {
  const files: (RulePackFile & { sha256: string })[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const read = await readRulePackDir(dir, display);
    append(files, read.files);
    append(diagnostics, read.diagnostics);
  }
  if (files.length === 0) return { rules: [], diagnostics, files: [] };
  const pack = parseRulePack(files, { existingRuleIds: builtinCatalog().rules.map((r) => r.id) });
  return {
    rules: pack.rules,
    diagnostics: [...diagnostics, ...pack.diagnostics],
    files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  };
}
