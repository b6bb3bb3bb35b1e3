import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, checkImportOrder, folderCycles, importEdges, readSources } from './import-order.js';

const ROOT = join(__dirname, '../..');

describe('src/ imports one way', () => {
  it('every folder imports only folders declared below it, and no folders form a cycle', () => {
    expect(checkImportOrder(readSources(join(ROOT, 'src')), LAYERS)).toEqual([]);
  });

  it('ARCHITECTURE.md declares the same order', () => {
    const page = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const block = /```text\n# import order[^\n]*\n([\s\S]*?)```/.exec(page);
    expect(block, 'ARCHITECTURE.md has a ```text block starting with "# import order"').not.toBeNull();
    const declared = block![1]!
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0]?.replace(/\/$/, ''))
      .filter((name): name is string => Boolean(name));
    expect(declared).toEqual([...LAYERS].reverse());
  });
});

describe('the import-order check', () => {
  const order = ['model', 'evaluate', 'catalog'];
  const clean = new Map([
    ['model/types.ts', 'export type X = 1;'],
    ['evaluate/engine.ts', "import type { X } from '../model/types.js';\nexport const e = 1;"],
    [
      'catalog/rules.ts',
      "import { e } from '../evaluate/engine.js';\nexport * from '../model/types.js';\nimport 'yaml';",
    ],
  ]);

  it('accepts imports that go down', () => {
    expect(checkImportOrder(clean, order)).toEqual([]);
  });

  it('fails on an upward import, whatever its form (import type, export from, import())', () => {
    for (const line of [
      "import type { R } from '../catalog/rules.js';",
      "export { e } from '../catalog/rules.js';",
      "const m = () => import('../catalog/rules.js');",
    ]) {
      const sources = new Map(clean).set('evaluate/upward.ts', line);
      const problems = checkImportOrder(sources, order);
      expect(problems, line).toContain(
        'evaluate/upward.ts imports ../catalog/rules.js: evaluate/ may not import catalog/ (declared above it)',
      );
      expect(problems.some((p) => p.startsWith('folder cycle: {catalog, evaluate}'))).toBe(true);
    }
  });

  it('an upward import added to the real sources fails the real order', () => {
    const sources = readSources(join(ROOT, 'src'));
    sources.set('model/upward.ts', "import { catalog } from '../catalog/index.js';");
    expect(checkImportOrder(sources, LAYERS)).toContain(
      'model/upward.ts imports ../catalog/index.js: model/ may not import catalog/ (declared above it)',
    );
  });

  it('fails on a folder missing from the order and on a declared folder that does not exist', () => {
    const sources = new Map(clean).set('extra/thing.ts', '');
    expect(checkImportOrder(sources, [...order, 'gone'])).toEqual([
      'folder extra/ is not in the declared order',
      'declared folder gone/ does not exist',
    ]);
  });

  it('reads top-level files as the entry and skips imports outside src/', () => {
    const edges = importEdges(
      new Map([['index.ts', "export * from './catalog/rules.js';\nimport s from '../schemas/x.json';"]]),
    );
    expect(edges.map((e) => [e.from, e.to])).toEqual([['(entry)', 'catalog']]);
    expect(folderCycles(edges)).toEqual([]);
  });
});
