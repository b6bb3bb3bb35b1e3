import type { ISODate } from '../model/types.js';
import type { SubjectType } from '../model/vocabulary.js';

/**
 * An accepted, time-limited exception: findings of `rule` about `subject` stay in the report but
 * no longer count as violations until `expires`. Written in `waivers.yaml`
 * (`schemas/waivers.schema.json`).
 */
export interface Waiver {
  id: string;
  /** Rule id or a glob with `*` and `?` (`SFR-2.3-*`). */
  rule: string;
  /** Subject id or a glob (`p-0*`); `school` for the school. */
  subject: string;
  subjectType?: SubjectType;
  justification: string;
  /** Who approved it (a position or a person id). */
  approvedBy: string;
  approvedAt: ISODate;
  /** Required: a waiver without an end is a permanent hole in the audit. Inclusive. */
  expires: ISODate;
}

/** The `waivers.yaml` document: a list, or `{ waivers: [...] }`. */
export interface WaiversFile {
  schemaVersion?: 1;
  waivers: Waiver[];
}

/** Default longest allowed span between `approvedAt` and `expires`, in days. */
export const DEFAULT_MAX_WAIVER_DAYS = 365;
