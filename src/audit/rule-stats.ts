import type { Severity } from '../model/vocabulary.js';

/** How one rule fared over the subjects of its type; the raw material of clause results and score. */
export interface RuleStat {
  ruleId: string;
  /** After config overrides. */
  severity: Severity;
  /** Subjects of the rule's type. */
  evaluated: number;
  /** Subjects its applicability (`when`) held for. */
  applicable: number;
  /** Subjects it fired for with no waiver in effect. */
  failed: number;
  /** Subjects it fired for, covered by a waiver in effect. */
  waived: number;
  /** Subjects it applied to (or whose applicability was unknown) that the data could not decide. */
  undetermined?: number;
  /** For undetermined checks: each unknown fact and on how many subjects it was unknown. */
  unknownFacts?: Record<string, number>;
}
