import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by use
import { generateAll, TARGETS } from '../../scripts/gen-validators.mjs';

const targets = (generateAll as () => { path: string; text: string }[])();

describe('the precompiled validators (*.generated.ts)', () => {
  it.each(targets.map((t) => [t.path.replace(/^.*?\/src\//, 'src/'), t.text]))(
    '%s is what scripts/gen-validators.mjs makes of schemas/ now (run `npm run gen`)',
    (path, text) => {
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );

  it('covers every schema a run validates with, so no run compiles one', () => {
    const schemas = (TARGETS as { schemas: string[] }[]).flatMap((t) => t.schemas).sort();
    // clauses.schema.json describes the catalog's data: the tests and `npm run gen` check it, no run
    // does. report.schema.json is read back by `render` (parseReport), so it is precompiled too.
    const runTime = readdirSync('schemas')
      .map((f) => f.replace(/\.schema\.json$/, ''))
      .filter((name) => name !== 'clauses')
      .sort();
    expect(schemas).toEqual(runTime);
  });

  it('no source imports Ajv itself (its compiler), only its runtime helpers and types', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.ts$/.test(e.name)) {
          for (const line of readFileSync(path, 'utf8').split('\n'))
            if (/^import (?!type )[^;]*from '(ajv|ajv\/dist\/(?!runtime\/)[^']*)'/.test(line))
              offenders.push(`${path}: ${line}`);
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
