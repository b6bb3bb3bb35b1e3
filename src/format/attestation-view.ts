import { catalog as builtinCatalog } from '../catalog/catalog.js';
import type { Report } from '../report/types.js';
import type { Language } from '../model/vocabulary.js';

/** A clause that awaits a person's answer: the catalog's question and where the answer is recorded. */
export interface AttestationPrompt {
  clauseId: string;
  question: string;
  /** Where and how to record the answer, as a sentence. */
  recordIn: string;
}

const WORDS = {
  ru: {
    title: 'Требуется подтверждение',
    noQuestion: 'Данные не позволяют решить этот пункт: подтвердите его соблюдение.',
    recordIn: (id: string) =>
      `Ответ запишите в файл школы school.yaml, в раздел «attestations»: «clause: ${id}», ответ «answer» (одно из «yes», «no», «partial», «not-applicable»), кто ответил «by» (ИД), дата «date» и документ-основание «evidence».`,
  },
  en: {
    title: 'Confirmation required',
    noQuestion: 'The data cannot decide this clause: confirm whether it is met.',
    recordIn: (id: string) =>
      `Record the answer in the school file school.yaml, section «attestations»: «clause: ${id}», the answer «answer» (one of «yes», «no», «partial», «not-applicable»), who answers «by» (id), the date «date» and the supporting document «evidence».`,
  },
} as const;

export function attestationTitle(language: Language): string {
  return WORDS[language].title;
}

/** Every attestation-required clause of the report, with its question from the bundled catalog. */
export function attestationPrompts(report: Report, language: Language): AttestationPrompt[] {
  const byId = new Map(builtinCatalog().clauses.map((c) => [c.id, c]));
  const W = WORDS[language];
  return report.clauses
    .filter((c) => c.status === 'attestation-required')
    .map((c) => {
      const q = byId.get(c.id)?.question;
      return {
        clauseId: c.id,
        question: (q ? q[language] || q.ru : '') || W.noQuestion,
        recordIn: W.recordIn(c.id),
      };
    });
}
