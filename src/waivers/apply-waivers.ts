import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ISODate } from '../model/types.js';
import type { Finding, WaiverRef } from '../report/types.js';
import type { Language } from '../model/vocabulary.js';
import { daysBetween } from '../model/iso-date.js';
import { copyFinding } from '../findings/copy-finding.js';
import { matchGlob } from './match-glob.js';
import type { Waiver } from './types.js';

export interface ApplyWaiversOptions {
  asOf: ISODate;
  language: Language;
  /** Switches every waiver off: the report shows the unwaived state. */
  ignore?: boolean;
}

export interface WaiverOutcome {
  findings: Finding[];
  /** Ids of waivers that matched no finding. */
  unused: string[];
  /** Ids of waivers whose `expires` is before the as-of date. */
  expired: string[];
  diagnostics: Diagnostic[];
}

function waiverMatches(waiver: Waiver, finding: Pick<Finding, 'ruleId' | 'subject'>): boolean {
  if (waiver.subjectType !== undefined && waiver.subjectType !== finding.subject.type) return false;
  return matchGlob(waiver.rule, finding.ruleId) && matchGlob(waiver.subject, finding.subject.id);
}

function ref(w: Waiver, expired: boolean): WaiverRef {
  return {
    id: w.id,
    justification: w.justification,
    approvedBy: w.approvedBy,
    approvedAt: w.approvedAt,
    expires: w.expires,
    expired,
  };
}

/**
 * Marks findings covered by a waiver in effect on the as-of date (`approvedAt ≤ asOf ≤ expires`).
 * A waiver that expired, or is not yet in effect, does not waive: the finding counts again and
 * carries a note naming the waiver, so nobody mistakes an old exception for a current one.
 * When several waivers match, the first in effect wins; otherwise the first one explains.
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  options: ApplyWaiversOptions,
): WaiverOutcome {
  if (options.ignore) {
    return {
      findings: findings.map((f) => copyFinding(f, { waived: false })),
      unused: [],
      expired: [],
      diagnostics: [],
    };
  }
  // A date that cannot be compared never puts a waiver in effect.
  const state = (w: Waiver): 'active' | 'expired' | 'pending' => {
    const sinceExpiry = daysBetween(w.expires, options.asOf);
    if (sinceExpiry === null || sinceExpiry > 0) return 'expired';
    const untilApproval = daysBetween(options.asOf, w.approvedAt);
    if (untilApproval === null || untilApproval > 0) return 'pending';
    return 'active';
  };
  const used = new Set<string>();
  const expiredUsed = new Set<string>();
  const ru = options.language === 'ru';

  const out = findings.map((finding): Finding => {
    const matching = waivers.filter((w) => waiverMatches(w, finding));
    for (const w of matching) used.add(w.id);
    const active = matching.find((w) => state(w) === 'active');
    if (active) return copyFinding(finding, { waived: true, waiver: ref(active, false) });
    const first = matching[0];
    if (!first) return copyFinding(finding, { waived: false });
    const expired = state(first) === 'expired';
    if (expired) expiredUsed.add(first.id);
    const note = expired
      ? ru
        ? `Исключение ${first.id} истекло ${first.expires}: нарушение снова учитывается.`
        : `Waiver ${first.id} expired on ${first.expires}; the finding counts again.`
      : ru
        ? `Исключение ${first.id} действует с ${first.approvedAt}: на дату проверки ещё не применяется.`
        : `Waiver ${first.id} takes effect on ${first.approvedAt}; it does not apply on the as-of date.`;
    return copyFinding(finding, { waived: false, waiver: ref(first, expired), note });
  });

  const diagnostics: Diagnostic[] = [];
  const unused: string[] = [];
  const expired: string[] = [];
  for (const w of waivers) {
    if (state(w) === 'expired') expired.push(w.id);
    if (!used.has(w.id)) {
      unused.push(w.id);
      diagnostics.push({
        code: 'WAIVER_UNUSED',
        severity: 'warning',
        message: {
          ru: `Исключение «${w.id}» (правило ${w.rule}, субъект ${w.subject}) не подошло ни к одному нарушению`,
          en: `Waiver "${w.id}" (rule ${w.rule}, subject ${w.subject}) matched no finding`,
        },
        hint: {
          ru: 'Нарушение устранено или шаблон записан с ошибкой; удалите или исправьте исключение.',
          en: 'The problem was fixed or the pattern has a typo; remove or correct the waiver.',
        },
      });
    } else if (expiredUsed.has(w.id)) {
      diagnostics.push({
        code: 'WAIVER_EXPIRED',
        severity: 'warning',
        message: {
          ru: `Исключение «${w.id}» истекло ${w.expires}; подпадающие под него нарушения снова учитываются`,
          en: `Waiver "${w.id}" expired on ${w.expires}; the findings it covered count again`,
        },
        hint: {
          ru: 'Устраните нарушения или оформите новое исключение.',
          en: 'Fix the findings or approve a new waiver.',
        },
      });
    }
  }
  return { findings: out, unused, expired, diagnostics };
}
