import { describe, expect, it } from 'vitest';
import { checkPersonReferences } from '../../../src/validate/references/person-references.js';
import { person, runCheck } from './run-check.js';

describe('checkPersonReferences', () => {
  const doc = {
    people: [person('p', ['parent'], { parentOf: ['p', 'zz'] })],
    classes: [{ id: '5А', classTeacher: 'zz' }],
    admins: [{ personId: 'zz', appointedByAdmin: 'p' }],
    channels: [{ id: 'c', owner: 'zz' }],
    documents: [{ id: 'd', appoints: ['p', 'zz'] }],
    records: { controlReviews: [{ by: 'zz', to: 'p' }], other: [{ by: 'zz' }] },
  };

  it('reports every place that names a person the roster lacks, but not a parent of themselves', () => {
    expect(runCheck(checkPersonReferences, doc).map(([, , pointer]) => pointer)).toEqual([
      '/people/0/parentOf/1',
      '/classes/0/classTeacher',
      '/admins/0/personId',
      '/channels/0/owner',
      '/documents/0/appoints/1',
      '/records/controlReviews/0/by',
    ]);
  });

  it('checks nothing while the roster is a file reference; an absent roster is empty', () => {
    expect(runCheck(checkPersonReferences, { ...doc, people: { file: 'people.csv' } })).toEqual([]);
    expect(runCheck(checkPersonReferences, { admins: [{ personId: 'a' }] })).toEqual([
      ['UNKNOWN_REFERENCE', 'error', '/admins/0/personId'],
    ]);
  });
});
