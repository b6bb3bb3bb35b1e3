import type { AttestationAnswer } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';

/**
 * Words of the printable act (title block, signatures, attestation answers, evidence) that only
 * the HTML format prints. Kept apart from `labels.ts`, which every format shares.
 */
export interface ActLabels {
  title: string;
  subtitle: string;
  actDate: string;
  /** «стр.» and «из» of the page counter in the page margin. */
  page: string;
  of: string;
  signatures: string;
  auditor: string;
  position: string;
  date: string;
  signature: string;
  seal: string;
  acquainted: string;
  blankDate: string;
  attestations: string;
  attestationsNote: string;
  question: string;
  answer: string;
  answeredBy: string;
  recordedIn: string;
  validUntil: string;
  expired: string;
  evidence: string;
  noAnswer: string;
  decidedByAnswer: string;
  answers: Record<AttestationAnswer, string>;
  unknown: string;
  where: string;
  printNote: string;
}

const RU: ActLabels = {
  title: 'АКТ',
  subtitle: 'проверки соблюдения Порядка применения ИКОП «Сферум» и учебного профиля VK Мессенджер',
  actDate: 'Дата акта',
  page: 'стр.',
  of: 'из',
  signatures: 'Подписи',
  auditor: 'Проверку провёл(а)',
  position: 'Должность',
  date: 'Дата',
  signature: 'Подпись',
  seal: 'М. П.',
  acquainted: 'С актом ознакомлен(а), руководитель образовательной организации',
  blankDate: '«___» ____________ 20___ г.',
  attestations: 'Подтверждения ответственных лиц',
  attestationsNote:
    'Пункты, которые нельзя проверить по данным: ответ, кто и когда его дал и где он записан; пустые строки заполняются от руки.',
  question: 'Вопрос',
  answer: 'Ответ',
  answeredBy: 'Кто ответил',
  recordedIn: 'Записано',
  validUntil: 'действует до',
  expired: 'срок ответа истёк — нужно ответить заново',
  evidence: 'Подтверждающий документ',
  noAnswer: 'ответа нет',
  decidedByAnswer: 'статус определён ответом',
  answers: { yes: 'да', no: 'нет', partial: 'частично', 'not-applicable': 'не применимо' },
  unknown: 'неизвестно',
  where: 'где',
  printNote: 'Для печати: формат A4, книжная ориентация; номера страниц печатает сам документ.',
};

const EN: ActLabels = {
  title: 'REPORT',
  subtitle: 'of the audit of the Sferum / VK Messenger educational profile regulation',
  actDate: 'Date of the report',
  page: 'page',
  of: 'of',
  signatures: 'Signatures',
  auditor: 'Audited by',
  position: 'Position',
  date: 'Date',
  signature: 'Signature',
  seal: 'Seal',
  acquainted: 'Acknowledged by the head of the school',
  blankDate: '____ ____________ 20___',
  attestations: 'Attestations',
  attestationsNote:
    'Clauses that data cannot decide: the answer, who gave it, when, and where it is recorded; blank lines are filled in by hand.',
  question: 'Question',
  answer: 'Answer',
  answeredBy: 'Answered by',
  recordedIn: 'Recorded in',
  validUntil: 'valid until',
  expired: 'the answer expired — answer again',
  evidence: 'Supporting document',
  noAnswer: 'no answer',
  decidedByAnswer: 'status decided by the answer',
  answers: { yes: 'yes', no: 'no', partial: 'partly', 'not-applicable': 'not applicable' },
  unknown: 'unknown',
  where: 'where',
  printNote: 'To print: A4, portrait; the document prints its own page numbers.',
};

export function actLabelsFor(language: Language): ActLabels {
  return language === 'en' ? EN : RU;
}
