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

  it('counts a function that is the whole file, at the limit and one line over, with any line ending', () => {
    const fn = (lines: number, eol: string) =>
      ['function f() {', ...Array.from({ length: lines - 2 }, (_, i) => `  g(${i});`), '}'].join(eol);
    for (const eol of ['\n', '\r\n', '\r', '\u2028']) {
      expect(longFunctions('x.ts', fn(80, eol)), JSON.stringify(eol)).toEqual([]);
      expect(
        longFunctions('x.ts', fn(81, eol)).map((f) => f.lines),
        JSON.stringify(eol),
      ).toEqual([81]);
    }
  });
});
