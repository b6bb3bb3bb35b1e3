import type { ExplainNode } from '../evaluate/types.js';
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import type { Disposition } from '../catalog/types.js';
import type { SourceLocation, ISODate } from '../model/types.js';
import type { Language, RuleOutcome, Severity, SubjectType } from '../model/vocabulary.js';
import type { FindingCounts } from './finding-counts.js';
import type { RunSetup } from '../config/run-setup.js';

export type ClauseStatus =
  | 'compliant'
  | 'violated'
  | 'attestation-required'
  | 'undetermined'
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

/** A fact the data lack for some subjects, and where to record it. */
export interface MissingData {
  subjectType: SubjectType;
  fact: string;
  /** How many subjects of that type lack it (the largest count over the clause's rules). */
  subjects: number;
  /** The input field or column that makes it known, in the report's language. */
  record?: string;
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
  /** Checks (rule × subject) the data could not decide («недостаточно данных»). */
  undetermined?: number;
  /** What those checks lacked and where to record it. */
  missing?: MissingData[];
  /** In the report's language: an expired attestation, and the like. */
  notes?: string[];
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
  /** 0–100; formula in docs/scoring.md. Undetermined clauses count neither way. */
  score: number;
  /**
   * 0–100: the share of clauses (informational ones aside) the audit actually decided — compliant,
   * violated, attested or not applicable — as opposed to undetermined or awaiting attestation.
   */
  coverage?: number;
  /** Rule × subject evaluations: how many applied, failed (unwaived), were waived, did not apply, were undetermined. */
  checks?: {
    evaluated: number;
    applicable: number;
    failed: number;
    waived: number;
    notApplicable: number;
    undetermined?: number;
  };
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  catalog: { version: string; hash: string };
  /**
   * The messenger registry the verdicts rest on: its version, the newest dated entry (how recent
   * its world is) and the overlay files composed into it.
   */
  registry: {
    version: string;
    source: string;
    hash: string;
    newestEntry?: ISODate;
    overlays?: { path: string; sha256: string }[];
  };
  /** The regulation edition applied (docs/editions.md) and whether the school declared it. */
  edition?: {
    id: string;
    title: string;
    declared: boolean;
    source: { title: string; url: string; read: ISODate };
  };
  asOf: ISODate;
  /** ISO timestamp; omitted when the caller switches it off for byte-identical output. */
  generatedAt?: string;
  language: Language;
  engine: 'compiled' | 'reference';
  school: { id?: string; name: string; region: string; municipality: string };
  inputs: { path: string; sha256: string }[];
  /** What the run used besides the school's data: config, changed rules, packs, overlays, waivers. */
  setup?: RunSetup;
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
  outcome: RuleOutcome;
  /** Facts the decision read that the data leave unknown (the outcome then follows the rule's `unknown:`). */
  unknownFacts?: string[];
  /** The rule's `when` tree, absent when the rule applies to every subject of its type. */
  applicability?: ExplainNode;
  /** The rule's `conditions` tree, absent when the rule does not apply. */
  violation?: ExplainNode;
  /** The rule's parameters as the audit used them (defaults + configuration). */
  params: Record<string, unknown>;
  /** The configuration switched the rule off: the audit did not evaluate it (explained as if on). */
  disabled?: boolean;
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
