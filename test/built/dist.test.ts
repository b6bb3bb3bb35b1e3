import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  SMOKE_SOURCE,
  TINY_AS_OF,
  TINY_INPUT,
  distDir,
  lastJsonLine,
  requireDist,
  runNode,
  type Run,
} from '../package/helpers.js';

interface Smoke {
  clauses: number;
  registryEntries: number;
  whatsapp: string;
  findings: string[];
  jsonSchemaVersion: string;
  json: string;
}
interface EntryResult {
  names: string[];
  smoke: Smoke;
}
interface ChildOutput {
  index: EntryResult;
  node: EntryResult;
  /** The same function object through both entries: one shared core, not two copies. */
  shared: boolean;
}

const inputJson = JSON.stringify(TINY_INPUT);
const asOfJson = JSON.stringify(TINY_AS_OF);

// ESM: `import()` of the built files, as `node app.mjs` would.
const esmScript = `
${SMOKE_SOURCE}
const input = ${inputJson};
const index = await import(${JSON.stringify(pathToFileURL(join(distDir, 'index.js')).href)});
const node = await import(${JSON.stringify(pathToFileURL(join(distDir, 'node.js')).href)});
const out = {
  index: { names: Object.keys(index).sort(), smoke: await smoke(index, input, ${asOfJson}) },
  node: { names: Object.keys(node).sort(), smoke: await smoke(node, input, ${asOfJson}) },
  shared: index.catalog === node.catalog && index.audit === node.audit,
};
console.log(JSON.stringify(out));
`;

// CJS: a CommonJS `node -e` script requiring the built files through createRequire.
const cjsScript = `
const { createRequire } = require('node:module');
const req = createRequire(${JSON.stringify(join(distDir, 'package-test.cjs'))});
${SMOKE_SOURCE}
const input = ${inputJson};
(async () => {
  const index = req('./index.cjs');
  const node = req('./node.cjs');
  const out = {
    index: { names: Object.keys(index).sort(), smoke: await smoke(index, input, ${asOfJson}) },
    node: { names: Object.keys(node).sort(), smoke: await smoke(node, input, ${asOfJson}) },
    shared: index.catalog === node.catalog && index.audit === node.audit,
  };
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

let esmRun: Run;
let cjsRun: Run;
let esm: ChildOutput;
let cjs: ChildOutput;

beforeAll(() => {
  requireDist();
  esmRun = runNode(esmScript, { module: true });
  cjsRun = runNode(cjsScript);
  esm = lastJsonLine<ChildOutput>(esmRun);
  cjs = lastJsonLine<ChildOutput>(cjsRun);
});

describe('dist entries load in a plain node', () => {
  it('ESM and CJS children exit 0 with nothing on stderr (no warnings, no require(esm) fallbacks)', () => {
    expect({ code: esmRun.code, stderr: esmRun.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: cjsRun.code, stderr: cjsRun.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('export the same names from ESM and CJS', () => {
    expect(esm.index.names.length).toBeGreaterThan(50);
    expect(cjs.index.names).toEqual(esm.index.names);
    expect(cjs.node.names).toEqual(esm.node.names);
  });

  it('export what src/index.ts and src/node.ts export (dist is not stale)', async () => {
    const srcIndex = Object.keys(await import('../../src/index.js')).sort();
    const srcNode = Object.keys(await import('../../src/node.js')).sort();
    expect(esm.index.names).toEqual(srcIndex);
    expect(esm.node.names).toEqual(srcNode);
  });

  it('the /node entry is a superset of the core', () => {
    const nodeNames = new Set(esm.node.names);
    expect(esm.index.names.filter((n) => !nodeNames.has(n))).toEqual([]);
    expect(esm.node.names).toEqual(
      expect.arrayContaining(['loadSchoolFile', 'auditFiles', 'createNodeFileReader']),
    );
    expect(esm.index.names).not.toContain('loadSchoolFile');
  });

  it('core and /node share one copy of the core in each format', () => {
    expect(esm.shared).toBe(true);
    expect(cjs.shared).toBe(true);
  });

  it.each([
    ['ESM index', () => esm.index.smoke],
    ['ESM node', () => esm.node.smoke],
    ['CJS index', () => cjs.index.smoke],
    ['CJS node', () => cjs.node.smoke],
  ])('%s: catalog, registry, normalizePlatform, audit and formatReport work', (_name, get) => {
    const s = get();
    expect(s.clauses).toBe(44);
    expect(s.registryEntries).toBeGreaterThan(5);
    expect(s.whatsapp).toBe('prohibited');
    expect(s.findings).toContain('SFR-2.FINAL-PROHIBITED-MESSENGER');
    expect(s.jsonSchemaVersion).toMatch(/^1\.\d+\.\d+$/);
  });

  it('ESM and CJS builds produce byte-identical JSON reports', () => {
    expect(esm.node.smoke.json).toBe(esm.index.smoke.json);
    expect(cjs.index.smoke.json).toBe(esm.index.smoke.json);
    expect(cjs.node.smoke.json).toBe(esm.index.smoke.json);
  });
});

describe('type declarations', () => {
  it.each(['index.d.ts', 'index.d.cts', 'node.d.ts', 'node.d.cts'])(
    '%s exists and declares the public API',
    (file) => {
      const path = join(distDir, file);
      expect(statSync(path).size).toBeGreaterThan(1000);
      const text = readFileSync(path, 'utf8');
      for (const name of ['audit', 'formatReport', 'AuditInput', 'Report'])
        expect(text).toMatch(new RegExp(`\\b${name}\\b`));
    },
  );

  it.each([
    ['node.d.ts', "'./index.js'"],
    ['node.d.cts', "'./index.cjs'"],
  ])('%s refers to the core declarations of its own module format (%s)', (file, target) => {
    // A .d.cts that imported './index.js' would hand CommonJS consumers ESM-only types (TS1479).
    expect(readFileSync(join(distDir, file), 'utf8')).toContain(`from ${target}`);
  });
});

describe('one copy of the core in the package', () => {
  const code = (file: string): string => readFileSync(join(distDir, file), 'utf8');
  const built = (): string[] => readdirSync(distDir).filter((f) => /\.c?js$/.test(f));

  it('the bundled catalog (its hash) is in exactly one built file, whatever imports it', async () => {
    const { BUNDLED_CATALOG } = await import('../../src/catalog/bundled.generated.js');
    const holders = built().filter((f) => code(f).includes(BUNDLED_CATALOG.hash));
    expect(holders).toHaveLength(1);
    expect(holders[0]).toMatch(/^chunk-[\w-]+\.js$/);
    // The bin and both entries import that chunk instead of carrying a copy (the bin through
    // its main module, imported once Node's compile cache is on: src/cli/bin.ts).
    const main = /import\("\.\/(main-[\w-]+\.js)"\)/.exec(code('cli.js'))?.[1];
    expect(main, 'cli.js imports ./main-*.js').toBeDefined();
    for (const entry of ['index.js', 'node.js', main!])
      expect(code(entry), entry).toMatch(/from\s*"\.\/chunk-/);
  });

  it('the CommonJS entries are require() calls of the ES module entries, nothing more', () => {
    expect(code('index.cjs').trim()).toBe("'use strict';\nmodule.exports = require('./index.js');");
    expect(code('node.cjs').trim()).toBe("'use strict';\nmodule.exports = require('./node.js');");
  });

  it('ships no source maps and no sourceMappingURL comments', () => {
    expect(readdirSync(distDir).filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(built().filter((f) => code(f).includes('sourceMappingURL'))).toEqual([]);
  });
});
