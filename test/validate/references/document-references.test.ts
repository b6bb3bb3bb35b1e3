import { describe, expect, it } from 'vitest';
import { checkDocumentReferences } from '../../../src/validate/references/document-references.js';
import { runCheck } from './run-check.js';

describe('checkDocumentReferences', () => {
  it('reports appointment orders, supersedes and records naming a document not in documents', () => {
    const doc = {
      documents: [{ id: 'a', supersedes: 'zz' }],
      admins: [
        { personId: 'p', appointmentOrder: 'a' },
        { personId: 'q', appointmentOrder: 'zz' },
      ],
      records: { statisticsReports: [{ document: 'zz' }, { document: 'a' }] },
    };
    expect(runCheck(checkDocumentReferences, doc)).toEqual([
      ['UNKNOWN_REFERENCE', 'error', '/admins/1/appointmentOrder'],
      ['UNKNOWN_REFERENCE', 'error', '/documents/0/supersedes'],
      ['UNKNOWN_REFERENCE', 'error', '/records/statisticsReports/0/document'],
    ]);
  });
});
