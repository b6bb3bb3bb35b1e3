import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// `npm run build:js --silent` (as `npm run audit:example` and the benches call it) sets this: the
// report is then the only thing on the terminal.
const silent = process.env.npm_config_loglevel === 'silent';

/**
 * The CommonJS entries are one line each: `require()` of the ES module build (Node ^20.19 and
 * >=22.12 load ES modules from `require` without a flag). The package then holds ONE copy of the
 * core, which ESM and CommonJS consumers share (one catalog, one rule cache; no dual-package hazard).
 */
const CJS_WRAPPERS: Record<string, string> = {
  'dist/index.cjs': "'use strict';\nmodule.exports = require('./index.js');\n",
  'dist/node.cjs': "'use strict';\nmodule.exports = require('./node.js');\n",
};

// `npm run build:js` / `build:types` (scripts/build-part.mjs) build one of the two configs.
const part = process.env.SFERUM_BUILD;

/**
 * Dependencies bundled into the shared chunk instead of loaded from node_modules at every start:
 * Node's loader paid ~0.5–1 ms per file for them (yaml alone is 72 CommonJS files), about a third
 * of the CLI's start-up. Bundled ONCE into the chunk that the library entries and the bin share,
 * so there is still one copy of each. Only platform-neutral code is bundled: no Node builtin may
 * be required from a bundled CommonJS module (an ES module has no `require`; the build would
 * produce a `Dynamic require` that throws at run time, which test/built/startup.test.ts catches).
 * commander, CommonJS that requires Node builtins, is bundled too: COMMANDER_BUILTINS turns those
 * requires into `process.getBuiltinModule` (Node ≥ 20.16; the engines field asks for 20.19). Only
 * the CLI imports it, and its 8 files cost every run ~8 ms to load (issue 13). Left external:
 * csv-parse (the `browser` field swaps its build for bundlers), picocolors (its own `browser`
 * field), exceljs, jszip and stream-json (loaded with import() only when needed).
 */
const BUNDLED = [
  /^commander$/,
  /^yaml$/,
  /^json-rules-engine$/,
  /^jsonpath-plus$/,
  /^@noble\/hashes\//,
  /^date-fns\//,
  /^ajv\/dist\/runtime\//,
  /^ajv-formats\/dist\/formats\.js$/,
  /^ajv-i18n\//,
  /^safe-regex2$/,
];

/**
 * The ES module builds of two dependencies whose Node builds require Node builtins: yaml's
 * (`process`, for a warning and a debug switch) and jsonpath-plus's (`vm`, for script
 * expressions, which src/evaluate/resolve-path.ts turns off). They are the builds the web page
 * and every browser bundler already use.
 */
const BUNDLED_ALIASES: Record<string, string> = {
  yaml: './node_modules/yaml/browser/index.js',
  'jsonpath-plus': './node_modules/jsonpath-plus/dist/index-browser-esm.js',
};

/**
 * commander's `require('node:events')` and friends become
 * `globalThis.process.getBuiltinModule('node:events')` (commander declares its own `process`):
 * a bundled CommonJS `require` of a builtin would become esbuild's `Dynamic require` stub, which
 * throws in an ES module. Only commander's own files are rewritten, and only `node:` requires.
 */
const COMMANDER_BUILTINS: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'commander-builtins',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(
        /\brequire\((['"])(node:[a-z_/]+)\1\)/g,
        'globalThis.process.getBuiltinModule($1$2$1)',
      ),
      loader: 'js',
    }));
  },
};

/**
 * The bundled dependencies travel without their own package folders, so their licence texts go
 * with them: dist/THIRD-PARTY-LICENSES.txt names every package esbuild put into dist/ (read from
 * the build's metafile, so a new transitive dependency cannot be forgotten), its version and
 * licence, and the licence file it ships. The metafile itself is not left in dist/.
 */
function writeThirdPartyLicenses(): void {
  const metafile = 'dist/metafile-esm.json';
  const inputs = Object.keys(
    (JSON.parse(readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> }).inputs,
  );
  rmSync(metafile);
  const packages = new Set<string>();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    packages.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join('node_modules', name);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license?: string;
    };
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(no licence file in the package)`;
    return `${name}@${meta.version} — ${meta.license ?? 'licence not declared'}\n\n${text}\n`;
  });
  writeFileSync(
    'dist/THIRD-PARTY-LICENSES.txt',
    `Third-party code bundled into sferum-compliance's dist/ (${sections.length} packages).\n\n` +
      sections.join(`\n${'-'.repeat(72)}\n\n`),
  );
}

// No `clean` here: tsup builds both configs at once, and one config cleaning dist/ could delete
// the other's output. `npm run build` empties dist/ before tsup starts instead.
const configs: Options[] = [
  {
    // One build for every entry: the library entries, the bin and the region worker (started by
    // `region --jobs N` as dist/region-worker.js) share chunks, so the core is shipped once.
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      cli: 'src/cli/bin.ts',
      'region-worker': 'src/node/region-worker.ts',
    },
    format: ['esm'],
    target: 'node20',
    splitting: true,
    // No source maps in the package (they were 4 MB of the 7.8 MB install); whitespace and syntax
    // minified, names kept, so a stack trace still names the function that failed.
    sourcemap: false,
    minifyWhitespace: true,
    minifySyntax: true,
    // Russian text as UTF-8 (2 bytes a letter) instead of esbuild's default \uXXXX escapes (6).
    esbuildOptions(options) {
      options.charset = 'utf8';
      options.alias = BUNDLED_ALIASES;
    },
    noExternal: BUNDLED,
    esbuildPlugins: [COMMANDER_BUILTINS],
    metafile: true,
    silent,
    onSuccess: async () => {
      for (const [file, text] of Object.entries(CJS_WRAPPERS)) writeFileSync(file, text);
      if (existsSync('dist/metafile-esm.json')) writeThirdPartyLicenses();
    },
  },
  {
    // Declarations only, for both module formats: .d.ts for `import`, .d.cts for `require`. Bundled
    // from the declarations `tsc -b` emitted (tsconfig.src.json, TypeScript 7), so the sources are
    // type-checked once, by the type check, and not again here (that was ~95 % of the build's CPU
    // time). tsup itself runs on the `typescript` 5.9 package: its dts bundler needs the JS API,
    // which TypeScript 7 does not have.
    entry: { index: '.types/index.d.ts', node: '.types/node.d.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    tsconfig: 'tsconfig.base.json',
    target: 'node20',
    silent,
  },
];

const selected = part === 'js' ? configs.slice(0, 1) : part === 'types' ? configs.slice(1) : configs;
export default defineConfig(selected);
