import type { ExplainNode } from '../evaluate/types.js';
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import type { Disposition, Severity } from '../catalog/types.js';
import type { SourceLocation, ISODate } from '../model/types.js';
import type { SubjectType } from '../normalize/types.js';
import type { FindingCounts } from './finding-counts.js';

export type Language = 'ru' | 'en';

export type ClauseStatus =
  | 'compliant'
  | 'violated'
  | 'attestation-required'
  | 'attested'
  | 'not-applicable'
  | 'informational';

export interface FindingSubject {
  type: SubjectType;
  id: string;
  /** No personal data: roles, class, channel title, document number. */
  label: string;
  /** JSON Pointer of the record in the input (`/people/3`), when known. */
  pointer?: string;
}

export interface Evidence {
  fact: string;
  /** The fact's value; personal data (phones, names) is masked before it gets here. */
  value: unknown;
  source?: SourceLocation & { pointer?: string };
}

export interface WaiverRef {
  id: string;
  justification: string;
  approvedBy: string;
  approvedAt: ISODate;
  expires: ISODate;
  expired: boolean;
}

export interface Finding {
  ruleId: string;
  clauses: string[];
  severity: Severity;
  title: string;
  message: string;
  subject: FindingSubject;
  evidence: Evidence[];
  remediation: string;
  /** sha256-based, stable across runs and unrelated edits: rule id + subject type + subject id. */
  fingerprint: string;
  waived: boolean;
  waiver?: WaiverRef;
  /** E.g. «the waiver expired on …». */
  note?: string;
}

export interface ClauseResult {
  id: string;
  title: Localized;
  /** The question a person answers for this clause (attestation), when the catalog asks one. */
  question?: Localized;
  disposition: Disposition;
  status: ClauseStatus;
  rules: string[];
  /** Unwaived findings under this clause. */
  findings: number;
  /** Findings under this clause covered by a waiver in effect. */
  waived?: number;
  /** What decided the status: the rules over the data, or the recorded attestation. */
  decidedBy?: 'data' | 'attestation';
  /** Rules of this clause switched off by the configuration (not evaluated). */
  disabledRules?: string[];
  attestation?: {
    answer: string;
    by: string;
    date: ISODate;
    validUntil?: ISODate;
    expired: boolean;
    evidence?: string;
    /** Where the deciding answer is recorded (school.yaml or the attestations file). */
    source?: SourceLocation & { pointer?: string };
  };
}

export interface ReportSummary {
  findings: FindingCounts & {
    bySubjectType: Record<SubjectType, number>;
  };
  /** Subjects evaluated per type: every input record is accounted for here. */
  subjects: Record<SubjectType, number>;
  clauses: Record<ClauseStatus, number>;
  /** 0–100; formula in docs/scoring.md. */
  score: number;
  /** Rule × subject evaluations: how many applied, failed (unwaived), were waived, did not apply. */
  checks?: { evaluated: number; applicable: number; failed: number; waived: number; notApplicable: number };
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  catalog: { version: string; hash: string };
  registry: { version: string; source: string; hash: string };
  asOf: ISODate;
  /** ISO timestamp; omitted when the caller switches it off for byte-identical output. */
  generatedAt?: string;
  language: Language;
  engine: 'compiled' | 'reference';
  school: { id?: string; name: string; region: string; municipality: string };
  inputs: { path: string; sha256: string }[];
  summary: ReportSummary;
  clauses: ClauseResult[];
  findings: Finding[];
  /** Ids of waivers that matched nothing, and of waivers past their `expires`. */
  waivers: { unused: string[]; expired: string[]; ignored?: boolean };
  diagnostics: Diagnostic[];
}

/** What `explain()` says about one rule and one subject. */
export interface Explanation {
  ruleId: string;
  subject: FindingSubject;
  /** Same outcome the audit computes for this rule and subject. */
  outcome: 'fires' | 'passes' | 'not-applicable';
  /** The rule's `when` tree, absent when the rule applies to every subject of its type. */
  applicability?: ExplainNode;
  /** The rule's `conditions` tree, absent when the rule does not apply. */
  violation?: ExplainNode;
  /** The rule's parameters as the audit used them (defaults + configuration). */
  params: Record<string, unknown>;
}

/** `diffReports()`: findings compared by fingerprint. */
export interface ReportDiff {
  /** In the new report only. */
  added: Finding[];
  /** In the old report only. */
  fixed: Finding[];
  /** In both (as the new report has them). */
  unchanged: Finding[];
  summary: {
    added: number;
    fixed: number;
    unchanged: number;
    /** Added findings without a waiver in effect: what a CI gate on «no new problems» counts. */
    addedUnwaived: number;
    scoreBefore: number;
    scoreAfter: number;
  };
}
