import pkg from '../../package.json';
import { catalog } from '../catalog/catalog.js';
import { defaultRegistry } from '../messengers/default-registry.js';
import { builtinEditions } from '../editions/index.js';
import { REPORT_SCHEMA_VERSION } from '../report/tool-info.js';

/** Where to report a problem when package.json names no `bugs` (the same address it will name). */
export const DEFAULT_BUGS_URL = 'https://github.com/sferum-compliance/sferum-compliance/issues';

/** package.json's `bugs` (a string or `{ url }`), else the project's issue tracker. */
export function bugsUrl(manifest: { bugs?: unknown } = pkg as { bugs?: unknown }): string {
  const bugs = manifest.bugs;
  if (typeof bugs === 'string' && bugs !== '') return bugs;
  if (typeof bugs === 'object' && bugs !== null) {
    const url = (bugs as { url?: unknown }).url;
    if (typeof url === 'string' && url !== '') return url;
  }
  return DEFAULT_BUGS_URL;
}

/**
 * `--env-info` (ESLint's habit): what a bug report needs — the tool, Node, the platform and the
 * bundled data editions a report depends on.
 */
export function envInfo(versions: { node: string; platform: string; arch: string }): string {
  const registry = defaultRegistry();
  const cat = catalog();
  const editions = builtinEditions().map((e) => e.id);
  return [
    'Сведения об окружении / environment info:',
    '',
    `  ${pkg.name}: v${pkg.version}`,
    `  Node.js: ${versions.node}`,
    `  платформа / platform: ${versions.platform} ${versions.arch}`,
    `  каталог правил / rule catalog: ${cat.version} (${cat.rules.length} правил / rules, sha256 ${cat.hash.slice(0, 12)})`,
    `  реестр мессенджеров / messenger registry: ${registry.version} (sha256 ${registry.hash.slice(0, 12)})`,
    `  редакции Порядка / regulation editions: ${editions.join(', ')}`,
    `  схема отчёта / report schema: ${REPORT_SCHEMA_VERSION}`,
    '',
    `Сообщить об ошибке / report a bug: ${bugsUrl()}`,
    '',
  ].join('\n');
}
