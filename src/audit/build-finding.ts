import { renderMessage } from '../evaluate/rule-runner.js';
import { findingFingerprint } from '../findings/fingerprint.js';
import type { AuditInput } from '../model/types.js';
import type { Subject } from '../normalize/types.js';
import type { Finding, Language } from '../report/types.js';
import type { EffectiveRule } from './effective-rules.js';
import { buildEvidence } from './evidence.js';
import { findingSubject } from './finding-subject.js';

/**
 * A finding of `rule` on `subject`. Its `evidence` (fact values and their places in the source
 * files) is built on first read: a run that only counts findings — a region without
 * `--include-findings` — never looks up a source position. The getter sits where the field does,
 * so key order and JSON are as before; `copyFinding` (findings/) keeps it lazy.
 */
export function buildFinding(effective: EffectiveRule, subject: Subject, input: AuditInput, language: Language): Finding {
  const { rule, params } = effective;
  const context = { subject, facts: subject.facts, params };
  return {
    ruleId: rule.id,
    clauses: [...rule.clauses],
    severity: rule.severity,
    title: rule.title[language],
    message: renderMessage(rule.message[language], context, language),
    subject: findingSubject(subject),
    get evidence() {
      const value = buildEvidence(rule, subject, input);
      Object.defineProperty(this, 'evidence', { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    remediation: renderMessage(rule.remediation[language], context, language),
    fingerprint: findingFingerprint(rule.id, subject.type, subject.id),
    waived: false,
  };
}

