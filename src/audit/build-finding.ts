import { renderMessage, type RenderContext } from '../evaluate/rule-runner.js';
import { findingFingerprint } from '../findings/fingerprint.js';
import type { AuditInput } from '../model/types.js';
import type { Subject } from '../normalize/types.js';
import type { Finding, Language } from '../report/types.js';
import type { EffectiveRule } from './effective-rules.js';
import { buildEvidence } from './evidence.js';
import { findingSubject } from './finding-subject.js';

export function buildFinding(
  effective: EffectiveRule,
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
