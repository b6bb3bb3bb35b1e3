// Loads a TypeScript module of src/ into a script, synchronously, so the generators share the
// library's own code (one rule-pack layout, one canonical JSON) instead of repeating it.
// esbuild comes with tsup; packages stay external and resolve from node_modules as usual.
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = new Map();

/** The exports of `src/<path>` (e.g. `node/list-rule-pack-files.ts`), bundled to CommonJS and run. */
export function importSource(path) {
  const entry = join(ROOT, 'src', path);
  if (cache.has(entry)) return cache.get(entry);
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(entry),
  );
  cache.set(entry, module.exports);
  return module.exports;
}
