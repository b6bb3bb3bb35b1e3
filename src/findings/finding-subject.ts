import type { Subject } from '../normalize/types.js';
import type { FindingSubject } from '../report/types.js';

/** What a finding or an explanation says about its subject: no facts, so no personal data. */
export function findingSubject(subject: Subject): FindingSubject {
  return {
    type: subject.type,
    id: subject.id,
    label: subject.label,
    ...(subject.pointer !== undefined ? { pointer: subject.pointer } : {}),
  };
}
