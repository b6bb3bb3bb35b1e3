import type { SourceLocation } from '../model/types.js';
import type { Facts } from '../evaluate/types.js';
import type { SubjectType } from '../model/vocabulary.js';

export interface Subject {
  type: SubjectType;
  /** Stable id: the input's id (person id, channel id…), `school` for the school. */
  id: string;
  /** A label for reports without personal data: roles and class, channel title, document number. */
  label: string;
  /** Facts for the rules: plain JSON values, derived by the normalize stage. */
  facts: Facts;
  /** Where a fact's value came from, by fact name, when known. */
  sources?: Readonly<Record<string, SourceLocation>>;
  /** JSON Pointer of the record in the AuditInput (`/people/3`). */
  pointer?: string;
}

export interface Subjects {
  all: readonly Subject[];
  byType: Readonly<Record<SubjectType, readonly Subject[]>>;
}
