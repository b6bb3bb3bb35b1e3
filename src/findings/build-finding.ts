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
    evidence: buildEvidence(rule, subject, input),
    remediation: renderMessage(rule.remediation[language], context, language),
    fingerprint: findingFingerprint(rule.id, subject.type, subject.id),
    waived: false,
  };
}
