import { Document, isMap, isSeq } from 'yaml';
import type { ClauseDefinition } from '../catalog/types.js';
import type { Attestation } from '../model/types.js';
import { LABELS } from '../format/labels.js';
import type { ClauseResult, Report } from '../report/types.js';

/** Every answer the schema accepts, with its Russian meaning for the form's comments. */
const CHOICES = 'yes — да; no — нет; partial — частично; not-applicable — не применимо';

export interface AttestationQuestion {
  clause: string;
  /** The clause's current result in the report the form was built from. */
  status: ClauseResult['status'];
  /** The clause waits for an answer: none in effect (none recorded, or expired) and the data do not decide it. */
  open: boolean;
}

export interface AttestationForm {
  /** The YAML text of the answers file. */
  text: string;
  questions: AttestationQuestion[];
}

export interface AttestationFormInput {
  /** The audit of the school as it stands (its clause results say which questions are open). */
  report: Report;
  /** The catalog's clauses: the regulation's text, the question, the evidence asked for. */
  clauses: readonly ClauseDefinition[];
  /** Answers recorded so far (the school file's or the answers file's); all are kept. */
  attestations: readonly Attestation[];
  /** How long an answer counts at most (the config's `attestationMaxAgeDays`). */
  maxAgeDays: number;
  /** How the school file refers to this file, for the header's instruction. */
  fileName: string;
}

/** A clause asks a person when it is to be attested, or carries a question that can complement the data. */
export function asksQuestion(clause: ClauseDefinition): boolean {
  return clause.disposition !== 'info' && (clause.disposition === 'attest' || clause.question !== undefined);
}

/**
 * The fill-in answers file: every question the catalog asks, in catalog order, each with the
 * regulation's text, the question, the answer choices, the evidence asked for and how long an
 * answer counts, as comments; the answers recorded so far kept as they are; and a blank entry
 * under every question that has no answer in effect. Pure: the caller reads and writes files.
 */
// long-function: builds the fill-in YAML document node by node (comments, choices, blanks); splitting would scatter one document
export function buildAttestationForm(input: AttestationFormInput): AttestationForm {
  const results = new Map(input.report.clauses.map((c) => [c.id, c] as const));
  const status = LABELS.ru.status;
  const questions: AttestationQuestion[] = [];
  const entries: Record<string, unknown>[] = [];
  const comments: (string | undefined)[] = [];

  for (const clause of input.clauses) {
    if (!asksQuestion(clause)) continue;
    const result = results.get(clause.id);
    const current = result?.attestation;
    const unanswered = !current || current.expired;
    const st = result?.status ?? 'attestation-required';
    // Open: the clause waits for a person's answer. An `auto` clause the data decided is not
    // open without one, but still gets a blank entry: an answer complements the data there.
    const open =
      unanswered &&
      (st === 'attestation-required' ||
        (st as string) === 'undetermined' ||
        result?.decidedBy === 'attestation');
    questions.push({ clause: clause.id, status: st, open });
    const mark = open
      ? 'ОТКРЫТ — нужен ответ'
      : unanswered
        ? 'ответа нет (пункт решён по данным; ответ дополнит проверку)'
        : 'есть действующий ответ';
    const head = [
      ` ── ${clause.id} · ${mark} · статус: ${status[st as keyof typeof status] ?? st}`,
      ` Пункт Порядка: «${oneLine(clause.text.ru)}»`,
      ` Вопрос: ${oneLine(clause.question?.ru ?? clause.summary.ru)}`,
      ...(clause.evidence ? [` Подтверждение (что указать в evidence): ${oneLine(clause.evidence.ru)}`] : []),
      ` Ответ (answer): ${CHOICES}`,
      ` Срок: до validUntil, но не дольше ${input.maxAgeDays} дн. с даты ответа (date)`,
    ];
    const recorded = input.attestations.filter((a) => a.clause === clause.id);
    recorded.forEach((a, i) => {
      entries.push(stripUndefined({ ...a }));
      comments.push(i === 0 ? head.join('\n') : undefined);
    });
    if (unanswered) {
      entries.push({
        clause: clause.id,
        answer: null,
        by: null,
        date: null,
        validUntil: null,
        evidence: null,
        comment: null,
      });
      comments.push(
        recorded.length === 0 ? head.join('\n') : ' Новый ответ (прежний истёк или не действует):',
      );
    }
  }

  const doc = new Document({
    schemaVersion: 1,
    school: input.report.school.name,
    asOf: input.report.asOf,
    attestations: entries,
  });
  doc.commentBefore = [
    ' Ответы на вопросы Порядка, которые нельзя проверить по данным (файл создан командой',
    ' `sferum-compliance attest`; повторный запуск сохраняет ответы и добавляет пустые строки',
    ' для открытых вопросов).',
    ' Заполните answer, by (кто ответил: ИД или должность), date (ГГГГ-ММ-ДД); по желанию',
    ' validUntil, evidence (подтверждающий документ), comment. Пустой answer — вопрос открыт.',
    ` Проверка берёт ответы из этого файла, если в school.yaml написано`,
    `   attestations: { file: ${input.fileName} }`,
    ` или если запустить: sferum-compliance audit school.yaml --attestations ${input.fileName}`,
  ].join('\n');
  const seq = doc.get('attestations');
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const c = comments[i];
      if (c !== undefined && isMap(item)) item.commentBefore = c;
    });
  }
  const text = doc.toString({
    lineWidth: 0,
    nullStr: '',
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return { text, questions };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
