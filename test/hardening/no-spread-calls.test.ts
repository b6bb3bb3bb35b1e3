import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';

// Guards the rule «never spread an unbounded array into a call»: push(...xs) and Math.max(...xs)
// overflow the stack at ~125 000 items. Use append() from src/util/append.ts or a loop.
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no unbounded spread into calls', () => {
  it('src has no push(...xs), unshift(...xs) or Math.max/min(...xs) outside fixed-size tables', () => {
    const allowed = ['src/region/format-region-text.ts', 'src/format/format-text.ts'];
    const found: string[] = [];
    for (const f of files(join(repoRoot, 'src'))) {
      const rel = f.slice(repoRoot.length + 1);
      if (allowed.includes(rel)) continue;
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\.(push|unshift)\(\.\.\.|Math\.(max|min)\(\.\.\./.test(line)) found.push(`${rel}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe('the generated schema validators append errors in place', () => {
  // Ajv's standalone code copied every error so far for each bad item (quadratic): loading 40 000
  // bad roster rows took 28 s on a loaded machine, 11 s with the errors appended in place.
  // A ratio test needs 20 000+ items to see it past the per-item cost, too slow for the suite.
  it('no `vErrors.concat` in the generated validators (scripts/gen-validators.mjs)', () => {
    const code = readFileSync(join(repoRoot, 'src/validate/validators.generated.ts'), 'utf8');
    expect(code).toContain('__appendErrors(vErrors,');
    expect(code).not.toMatch(/vErrors\.concat/);
  });
});
