import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../../src/validate/references/values-at.js';

describe('valuesAt', () => {
  it('walks names and list items, passing over what is missing or of another shape', () => {
    const doc = { a: [{ b: ['x', 'y'] }, 'broken', { c: 1 }, { b: 'not a list' }], 'd/e': { f: 2 } };
    expect(valuesAt(doc, ['a', '*', 'b', '*']).map((f) => [f.pointer, f.value])).toEqual([
      ['/a/0/b/0', 'x'],
      ['/a/0/b/1', 'y'],
    ]);
    expect(valuesAt(doc, ['d/e', 'f'])).toEqual([{ value: 2, pointer: '/d~1e/f', entry: doc }]);
    expect(valuesAt(doc, ['a', '*', 'c'])[0]!.entry).toBe(doc.a[2]);
    expect(valuesAt(doc, ['__proto__', 'x'])).toEqual([]);
  });
});
