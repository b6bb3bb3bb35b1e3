import { describe, expect, it } from 'vitest';
import { checkClauseReferences } from '../../../src/validate/references/clause-references.js';
import { runCheck } from './run-check.js';

describe('checkClauseReferences', () => {
  const doc = { attestations: [{ clause: '2.2.f' }, { clause: '7.7' }] };

  it('reports attestation clauses the catalog lacks, only when the catalog’s clauses are given', () => {
    expect(runCheck(checkClauseReferences, doc)).toEqual([]);
    expect(runCheck(checkClauseReferences, doc, { knownClauses: ['2.2.f'] })).toEqual([
      ['UNKNOWN_REFERENCE', 'error', '/attestations/1/clause'],
    ]);
  });
});
