import { defineConfig } from 'tsup';

// No `clean` here: tsup builds both configs at once, and one config cleaning dist/ could delete
// the other's output. `npm run build` empties dist/ before tsup starts instead.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    // One shared chunk per format: `sferum-compliance` and `sferum-compliance/node` then load the
    // same module instances (one catalog, one rule cache) instead of two ~900 KB copies.
    splitting: true,
    // `import.meta.url` in the CommonJS build (it locates the region worker next to the module).
    shims: true,
  },
  {
    // The region worker is an entry of its own: `region --jobs N` starts dist/region-worker.js.
    entry: { cli: 'src/cli/bin.ts', 'region-worker': 'src/node/region-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    // Start-up: the dependencies a run always needs are bundled into the CLI, so Node resolves and
    // reads a few files instead of ~150 (yaml alone is ~60 CommonJS modules): `--version` and a
    // one-school audit start ~0.13 s sooner (bench/results.json, singleSchoolOverNode). Those only
    // some commands need stay outside and load on first use (`await import`): the Excel writer and
    // its zip library, and the streaming JSON parser of the Telegram scanner.
    noExternal: [/^(?!exceljs|jszip|stream-json)/],
    // Bundled CommonJS dependencies `require` Node's built-ins; ESM has no `require` of its own.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  },
]);
