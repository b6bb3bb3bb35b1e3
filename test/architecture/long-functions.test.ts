import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from './import-order.js';
import { longFunctions } from './long-functions.js';

const SRC = join(__dirname, '../../src');

describe('functions a reader can hold', () => {
  it('every function over 80 lines carries a `// long-function: <why>` comment', () => {
    const unjustified = [...readSources(SRC)]
      .filter(([file]) => !file.endsWith('.generated.ts'))
      .flatMap(([file, text]) => longFunctions(file, text))
      .filter((f) => !f.justified)
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(unjustified).toEqual([]);
  });

  it('finds a long function in any form and accepts only the justification comment', () => {
    const body = Array.from({ length: 85 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `export function plain() {\n${body}\n}`,
      `// long-function: one table of cases, read top to bottom\nexport function justified() {\n${body}\n}`,
      `/** Not a justification. */\nexport const arrow = () => {\n${body}\n};`,
      `// long-function: why\nconst held = function () {\n${body}\n};`,
      `class K {\n  method() {\n${body}\n  }\n}`,
      `export function short() {\n  return 1;\n}`,
    ].join('\n\n');
    expect(longFunctions('x.ts', text).map((f) => [f.name, f.justified])).toEqual([
      ['plain', false],
      ['justified', true],
      ['arrow', false],
      ['held', true],
      ['method', false],
    ]);
  });
});
