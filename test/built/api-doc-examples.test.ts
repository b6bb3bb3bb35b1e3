/**
 * The ```js examples of docs/api.md run against the built package (dist/, through the package's
 * own exports map) and import only names the entries export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, requireDist, run } from '../package/helpers.js';

const DOC = join(repoRoot, 'docs/api.md');

let names: string[];
beforeAll(async () => {
  names = Object.keys(await import('../../src/node.js'));
});

describe('docs/api.md examples run against the built package', () => {
  // ```js blocks run as they are (the package imports itself by name through its exports map);
  // ```ts blocks are illustrations that need a page or a compiler and are not run.
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m, i) => ({
    n: i + 1,
    code: m[1]!,
    cjs: /\brequire\(/.test(m[1]!),
  }));

  beforeAll(() => requireDist());

  it('has ESM and CommonJS examples for both entries', () => {
    expect(blocks.some((b) => !b.cjs && b.code.includes("from 'sferum-compliance'"))).toBe(true);
    expect(blocks.some((b) => !b.cjs && b.code.includes("from 'sferum-compliance/node'"))).toBe(true);
    expect(blocks.some((b) => b.cjs && b.code.includes("require('sferum-compliance')"))).toBe(true);
    expect(blocks.some((b) => b.cjs && b.code.includes("require('sferum-compliance/node')"))).toBe(true);
  });

  it('imports only exported names in the examples', () => {
    const all = new Set(names);
    const used = blocks.flatMap((b) =>
      [
        ...b.code.matchAll(
          /(?:import|const)\s*\{([^}]+)\}\s*(?:from|=\s*require\()\s*'sferum-compliance(?:\/node)?'/g,
        ),
      ].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+|:\s*/)[0]!)),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((n) => n && !all.has(n))).toEqual([]);
  });

  it.each(blocks.map((b) => [b.n, b.cjs ? 'CJS' : 'ESM', b] as const))(
    'example %i (%s) runs without errors',
    (_n, _kind, block) => {
      const args = block.cjs ? ['-e', block.code] : ['--input-type=module', '-e', block.code];
      const r = run(process.execPath, args, { cwd: repoRoot, timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    },
  );
});
