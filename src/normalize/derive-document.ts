import type { Subject } from './types.js';
import { isIsoDate, onOrBefore } from '../model/iso-date.js';
import type { DocumentInfo, InputIndex } from './build-index.js';
import { documentLabel } from './labels.js';
import { subjectWithSources } from './sources.js';
import { b, bn, deriveFacts, e, factPointers, factsOf, factTable, n, sn } from './fact-definition.js';

/** What a document's facts share. */
export interface DocumentContext {
  info: DocumentInfo;
  at: string;
  approvalDate: string | null;
}

/** «директор», «и.о. директора», «Director»; not «заместитель директора». */
function isDirectorPosition(position: string): boolean {
  const p = position.toLowerCase().replace(/ё/g, 'е');
  if (/замест|deputy|vice/.test(p)) return false;
  return /директор|director|руководител|head/.test(p);
}

function hasCouncil(info: DocumentInfo, body: 'pedagogical' | 'governing'): boolean {
  return (info.doc.councils ?? []).some(
    (c) => c.body === body && Boolean(c.protocolNumber?.trim()) && isIsoDate(c.date),
  );
}

const fact = factsOf<DocumentContext>();

export const DOCUMENT_FACTS = [
  fact({
    name: 'kind',
    ...e(
      ['regulation', 'order-platform-use', 'order-admin-appointment', 'chat-strategy', 'other'],
      'Вид документа',
      'Kind of document',
    ),
    derive: (c) => c.info.doc.kind,
    source: (c) => `${c.at}/kind`,
  }),
  fact({
    name: 'isOrder',
    ...b('Документ — приказ (order-platform-use, order-admin-appointment)', 'The document is an order'),
    derive: (c) => c.info.isOrder,
  }),
  fact({
    name: 'number',
    ...sn('Номер документа', 'Number of the document', ['documents[].number', 'documents[].number']),
    derive: (c) => c.info.doc.number?.trim() || null,
    source: (c) => `${c.at}/number`,
  }),
  fact({
    name: 'date',
    ...sn('Дата документа (ГГГГ-ММ-ДД)', 'Date of the document (YYYY-MM-DD)', [
      'documents[].date',
      'documents[].date',
    ]),
    derive: (c) => c.info.doc.date ?? null,
    source: (c) => `${c.at}/date`,
  }),
  fact({
    name: 'hasNumber',
    ...b('Номер документа указан', 'The document has a number'),
    derive: (c) => Boolean(c.info.doc.number?.trim()),
    source: (c) => `${c.at}/number`,
  }),
  fact({
    name: 'hasDate',
    ...b('Дата документа указана', 'The document has a date'),
    derive: (c) => isIsoDate(c.info.doc.date),
    source: (c) => `${c.at}/date`,
  }),
  fact({
    name: 'hasApprovalOrder',
    ...b('Указан утверждающий приказ с номером и датой', 'The approving order is given with number and date'),
    derive: (c) => Boolean(c.info.doc.approvalOrder?.number?.trim() && isIsoDate(c.approvalDate)),
    source: (c) => `${c.at}/approvalOrder`,
  }),
  fact({
    name: 'approvalOrderNumber',
    ...sn('Номер утверждающего приказа', 'Number of the approving order', [
      'documents[].approval.orderNumber',
      'documents[].approval.orderNumber',
    ]),
    derive: (c) => c.info.doc.approvalOrder?.number?.trim() || null,
    source: (c) => `${c.at}/approvalOrder/number`,
  }),
  fact({
    name: 'approvalDate',
    ...sn('Дата утверждающего приказа', 'Date of the approving order', [
      'documents[].approval.date',
      'documents[].approval.date',
    ]),
    derive: (c) => c.approvalDate,
    source: (c) => `${c.at}/approvalOrder/date`,
  }),
  fact({
    name: 'approvedByDirector',
    ...bn(
      'Утверждён директором (null — кто утвердил, не указано)',
      'Approved by the director (null: the approver is not given)',
      ['documents[].approval.by (кто утвердил)', 'documents[].approval.by (who approved)'],
    ),
    derive: (c) => {
      const position = c.info.doc.approvedBy?.position?.trim();
      return position ? isDirectorPosition(position) : null;
    },
    source: (c) => `${c.at}/approvedBy/position`,
  }),
  fact({
    name: 'approved',
    ...b(
      'Документ утверждён: утверждающий приказ (для Положения), номер и дата (для приказа), утверждающее лицо (для прочих)',
      'The document is approved: an approving order (regulation), number and date (order), an approver (others)',
    ),
    derive: (c) => c.info.approved,
  }),
  fact({
    name: 'hasPedagogicalCouncil',
    ...b(
      'Согласование педагогическим советом с номером и датой протокола',
      'Agreed by the pedagogical council, with protocol number and date',
    ),
    derive: (c) => hasCouncil(c.info, 'pedagogical'),
    source: (c) => `${c.at}/councils`,
  }),
  fact({
    name: 'hasGoverningCouncil',
    ...b(
      'Согласование управляющим советом с номером и датой протокола',
      'Agreed by the governing council, with protocol number and date',
    ),
    derive: (c) => hasCouncil(c.info, 'governing'),
    source: (c) => `${c.at}/councils`,
  }),
  fact({
    name: 'councilBeforeApproval',
    ...bn(
      'Все даты протоколов советов не позже даты утверждающего приказа (null — сравнить нечего)',
      'Every council protocol date is on or before the approving order date (null: nothing to compare)',
      [
        'documents[].approval.date и даты протоколов советов',
        'documents[].approval.date and the council protocol dates',
      ],
    ),
    derive: (c) => {
      const approvalDate = c.approvalDate;
      const dated = (c.info.doc.councils ?? []).filter((council) => isIsoDate(council.date));
      return isIsoDate(approvalDate) && dated.length > 0
        ? dated.every((council) => onOrBefore(council.date, approvalDate))
        : null;
    },
    source: (c) => `${c.at}/councils`,
  }),
  fact({
    name: 'effectiveFrom',
    ...sn(
      'Дата вступления в силу: effectiveFrom, иначе дата утверждения, иначе дата документа',
      'Effective date: effectiveFrom, else the approval date, else the document date',
      ['documents[].effectiveFrom или дата утверждения', 'documents[].effectiveFrom or the approval date'],
    ),
    derive: (c) => c.info.effectiveFrom,
    source: (c) => `${c.at}/effectiveFrom`,
  }),
  fact({
    name: 'inForce',
    ...b('На дату проверки документ вступил в силу', 'The document is in force on the audit date'),
    derive: (c) => c.info.inForce,
  }),
  fact({
    name: 'superseded',
    ...b(
      'Документ заменён новой утверждённой и вступившей в силу редакцией',
      'A newer approved edition in force supersedes the document',
    ),
    derive: (c) => c.info.supersededBy !== null,
  }),
  fact({
    name: 'supersededBy',
    ...sn('ИД заменившего документа', 'Id of the superseding document', [
      'documents[].supersedes новой редакции',
      'documents[].supersedes of the newer edition',
    ]),
    derive: (c) => c.info.supersededBy,
  }),
  fact({
    name: 'supersedes',
    ...sn('ИД заменённой этим документом редакции', 'Id of the edition this document supersedes', [
      'documents[].supersedes',
      'documents[].supersedes',
    ]),
    derive: (c) => c.info.doc.supersedes ?? null,
    source: (c) => `${c.at}/supersedes`,
  }),
  fact({
    name: 'isCurrent',
    ...b('Утверждён, действует и не заменён', 'Approved, in force and not superseded'),
    derive: (c) => c.info.approved && c.info.inForce && c.info.supersededBy === null,
  }),
  fact({
    name: 'appointsCount',
    ...n(
      'Число назначенных документом лиц (для приказа о назначении)',
      'Number of people the document appoints',
    ),
    derive: (c) => (c.info.doc.appoints ?? []).length,
    source: (c) => `${c.at}/appoints`,
  }),
] as const;

const TABLE = factTable<DocumentContext>('document', DOCUMENT_FACTS);

export function deriveDocument(index: InputIndex, info: DocumentInfo): Subject {
  const ctx: DocumentContext = {
    info,
    at: `/documents/${info.index}`,
    approvalDate: info.doc.approvalOrder?.date ?? null,
  };
  return subjectWithSources(
    {
      type: 'document',
      id: info.doc.id,
      label: documentLabel(info.doc, index.options.language),
      facts: deriveFacts(TABLE, ctx),
    },
    index.input.sources,
    () => factPointers(TABLE, ctx),
    ctx.at,
  );
}
