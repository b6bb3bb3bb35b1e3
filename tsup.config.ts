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
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
