import { describe, expect, it } from 'vitest';
import { checkDuplicateIds } from '../../../src/validate/references/duplicate-ids.js';
import { referenceContext } from '../../../src/validate/references/context.js';
import { person, runCheck } from './run-check.js';

describe('checkDuplicateIds', () => {
  it('reports a repeated id at the later entry of each list, naming the first one', () => {
    const doc = {
      people: [person('a', []), person('a', [])],
      documents: [{ id: 'd' }, { id: 'x' }, { id: 'd' }],
      admins: [{ personId: 'a' }, { personId: 'a' }],
    };
    expect(runCheck(checkDuplicateIds, doc)).toEqual([
      ['DUPLICATE_ID', 'error', '/people/1/id'],
      ['DUPLICATE_ID', 'error', '/documents/2/id'],
      ['DUPLICATE_ID', 'error', '/admins/1/personId'],
    ]);
    const ctx = referenceContext(doc, { locate: () => ({ file: 's.yaml', line: 4, column: 1 }) });
    checkDuplicateIds(ctx);
    expect(ctx.diagnostics[1]!.message.en).toBe(
      'documents: id "d" is already used at /documents/0/id (line 4)',
    );
  });
});
