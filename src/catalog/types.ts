import type { Localized } from '../diagnostics/diagnostic.js';
import type { TopLevelCondition } from '../evaluate/types.js';
import type { Severity, SubjectType } from '../model/vocabulary.js';

export type Disposition = 'auto' | 'attest' | 'info';

export interface RuleParam {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: number | string | boolean | string[];
  description: Localized;
}

/**
 * One rule, as written in `rules/**\/*.yaml` (validated by `schemas/rule.schema.json`).
 * The rule fires — produces a finding — for a subject when `when` (applicability) holds and
 * `conditions` hold. Conditions may read the rule's parameters as the fact `params`.
 * Messages take placeholders `{{subject.label}}`, `{{subject.id}}`, `{{facts.NAME}}`, `{{params.NAME}}`.
 */
export interface RuleDefinition {
  /** Stable id, e.g. `SFR-2.3-LINK-ROLE`; the file is named after it. */
  id: string;
  clauses: string[];
  subject: SubjectType;
  severity: Severity;
  title: Localized;
  message: Localized;
  remediation: Localized;
  description?: Localized;
  /** Ids of legal acts from clause 1.2 (see `rules/data/legal-basis.yaml`). */
  legalBasis?: string[];
  params?: Record<string, RuleParam>;
  tags?: string[];
  /** Facts to show as evidence in a finding. */
  evidence?: string[];
  /** Applicability: when absent the rule applies to every subject of its type. */
  when?: TopLevelCondition;
  /** The violation: when these hold, the rule fires. */
  conditions: TopLevelCondition;
  /**
   * What an undecidable condition (it reads a fact that is `null`) concludes: `undetermined`
   * (default), `violation` where missing evidence is itself the breach, `pass` where justified.
   */
  unknown?: RuleUnknown;
}

export type RuleUnknown = 'undetermined' | 'violation' | 'pass';

export interface ClauseDefinition {
  /** Clause id from CLAUSES.md: `header`, `1.1`…, `2.1.a`…, `2.final`, `4.4`. */
  id: string;
  text: { ru: string };
  summary: Localized;
  /** Who the clause binds (school, administration, platform admins, class teacher…). */
  who: string;
  disposition: Disposition;
  /** For `attest` clauses (and `auto` ones that can also be attested): the question asked. */
  question?: Localized;
  /** What supports an answer to the question: the document or record a person points to. */
  evidence?: Localized;
  /** Rule ids that implement the clause. */
  rules: string[];
  /**
   * What the clause rests on (a document kind, a condition such as additional administrators, or
   * people the regulation takes to exist) and what its absence means: `violated`;
   * `not-applicable` only where the regulation's own text makes the duty conditional;
   * `undetermined` where the people the clause binds are missing from the roster — `fact` is the
   * school fact counting them (0: absent) and `record` says where to record them.
   */
  absence?: {
    requires: string;
    outcome: 'violated' | 'not-applicable' | 'undetermined';
    reason: Localized;
    fact?: string;
    record?: Localized;
  };
}

/** An act of the regulation's legal basis (clause 1.2), as listed in `rules/data/legal-basis.yaml`. */
export interface LegalAct {
  /** `149-FZ`, `MINPROS-04-127`, `PP-1241`… — what rules name in `legalBasis`. */
  id: string;
  kind: string;
  number: string;
  date: string;
  title: Localized;
}

export interface Catalog {
  version: string;
  /** sha256 of the canonical JSON of clauses and rules. */
  hash: string;
  clauses: readonly ClauseDefinition[];
  rules: readonly RuleDefinition[];
  /** The legal acts rules cite (clause 1.2). Optional: added after the first contract. */
  legalBasis?: readonly LegalAct[];
}
