/**
 * The words every stage shares: how grave a finding is, what a rule looks at, which language a
 * person reads. They live below every stage so that no stage imports another one just to name them.
 */

/** How grave a violation is, most grave first. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** What a rule is evaluated against. Each has its own facts. */
export type SubjectType = 'school' | 'document' | 'admin' | 'person' | 'class' | 'channel';
export const SUBJECT_TYPES: readonly SubjectType[] = [
  'school',
  'document',
  'admin',
  'person',
  'class',
  'channel',
];

/** What one rule says about one subject: violated, satisfied, or the rule does not apply to it. */
/** `undetermined`: the decision depends on a fact the data leave unknown (see `unknown` in the rule file). */
export type RuleOutcome = 'fires' | 'passes' | 'not-applicable' | 'undetermined';

/** The language of user-facing text: Russian first, English alongside. */
export type Language = 'ru' | 'en';
