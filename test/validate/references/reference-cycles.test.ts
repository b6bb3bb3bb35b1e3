import { describe, expect, it } from 'vitest';
import { checkReferenceCycles } from '../../../src/validate/references/reference-cycles.js';
import { referenceContext } from '../../../src/validate/references/context.js';
import { person, runCheck } from './run-check.js';

describe('checkReferenceCycles', () => {
  it('reports a person listed as their own parent', () => {
    const doc = { people: [person('p', ['parent'], { parentOf: ['s', 'p'] })] };
    expect(runCheck(checkReferenceCycles, doc)).toEqual([
      ['REFERENCE_CYCLE', 'error', '/people/0/parentOf/1'],
    ]);
  });

  it('reports each supersede cycle once, at its first document in the file', () => {
    const documents = [
      { id: 'x' },
      { id: 'b', supersedes: 'c' },
      { id: 'a', supersedes: 'b' },
      { id: 'c', supersedes: 'a' },
    ];
    const ctx = referenceContext({ documents }, {});
    checkReferenceCycles(ctx);
    expect(ctx.diagnostics.map((d) => [d.pointer, d.message.en])).toEqual([
      ['/documents/1/supersedes', 'documents supersede each other in a cycle: b → c → a → b'],
    ]);
  });
});
