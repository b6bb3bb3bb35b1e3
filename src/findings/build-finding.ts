import { renderMessage, type RenderContext } from '../catalog/rule-runner.js';
import { findingFingerprint } from './fingerprint.js';
import type { AuditInput } from '../model/types.js';
import type { Subject } from '../normalize/types.js';
import type { Finding } from '../report/types.js';
import type { Language } from '../model/vocabulary.js';
import type { RuleDefinition } from '../catalog/types.js';
import { buildEvidence } from './evidence.js';
import { findingSubject } from './finding-subject.js';

/** A rule as the audit runs it: after configuration, with its parameters resolved. */
export interface FindingRule {
  readonly rule: RuleDefinition;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A finding of `rule` on `subject`. Its `evidence` (fact values and their places in the source
 * files) is built on first read: a run that only counts findings — a region without
 * `--include-findings` — never looks up a source position. The getter sits where the field does,
 * so key order and JSON are as before; `copyFinding` keeps it lazy.
 */
export function buildFinding(
  effective: FindingRule,
  subject: Subject,
  input: AuditInput,
  language: Language,
  edition?: RenderContext['edition'],
): Finding {
  const { rule, params } = effective;
  const context: RenderContext = { subject, facts: subject.facts, params, ...(edition ? { edition } : {}) };
  return {
    ruleId: rule.id,
    clauses: [...rule.clauses],
    severity: rule.severity,
    title: renderMessage(rule.title[language], context, language),
    message: renderMessage(rule.message[language], context, language),
    subject: findingSubject(subject),
    get evidence() {
      const value = buildEvidence(rule, subject, input);
      Object.defineProperty(this, 'evidence', {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      return value;
    },
    remediation: renderMessage(rule.remediation[language], context, language),
    fingerprint: findingFingerprint(rule.id, subject.type, subject.id),
    waived: false,
  };
}
