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
