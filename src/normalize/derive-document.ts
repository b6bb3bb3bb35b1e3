import type { FactValues } from './facts.js';
import type { Subject } from './types.js';
import { isIsoDate, onOrBefore } from '../model/iso-date.js';
import type { DocumentInfo, InputIndex } from './build-index.js';
import { documentLabel } from './labels.js';
import { subjectWithSources } from './sources.js';

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

export function deriveDocument(index: InputIndex, info: DocumentInfo): Subject {
  const { doc } = info;
  const approvalDate = doc.approvalOrder?.date ?? null;
  const datedCouncils = (doc.councils ?? []).filter((c) => isIsoDate(c.date));
  const councilBeforeApproval =
    isIsoDate(approvalDate) && datedCouncils.length > 0
      ? datedCouncils.every((c) => onOrBefore(c.date, approvalDate))
      : null;
  const position = doc.approvedBy?.position?.trim();
  const superseded = info.supersededBy !== null;

  const facts: FactValues<'document'> = {
    kind: doc.kind,
    isOrder: info.isOrder,
    number: doc.number?.trim() || null,
    date: doc.date ?? null,
    hasNumber: Boolean(doc.number?.trim()),
    hasDate: isIsoDate(doc.date),
    hasApprovalOrder: Boolean(doc.approvalOrder?.number?.trim() && isIsoDate(approvalDate)),
    approvalOrderNumber: doc.approvalOrder?.number?.trim() || null,
    approvalDate,
    approvedByDirector: position ? isDirectorPosition(position) : null,
    approved: info.approved,
    hasPedagogicalCouncil: hasCouncil(info, 'pedagogical'),
    hasGoverningCouncil: hasCouncil(info, 'governing'),
    councilBeforeApproval,
    effectiveFrom: info.effectiveFrom,
    inForce: info.inForce,
    superseded,
    supersededBy: info.supersededBy,
    supersedes: doc.supersedes ?? null,
    isCurrent: info.approved && info.inForce && !superseded,
    appointsCount: (doc.appoints ?? []).length,
  };

  const at = `/documents/${info.index}`;
  return subjectWithSources(
    { type: 'document', id: doc.id, label: documentLabel(doc, index.options.language), facts },
    index.input.sources,
    () => ({
      kind: `${at}/kind`,
      number: `${at}/number`,
      date: `${at}/date`,
      hasNumber: `${at}/number`,
      hasDate: `${at}/date`,
      hasApprovalOrder: `${at}/approvalOrder`,
      approvalOrderNumber: `${at}/approvalOrder/number`,
      approvalDate: `${at}/approvalOrder/date`,
      approvedByDirector: `${at}/approvedBy/position`,
      hasPedagogicalCouncil: `${at}/councils`,
      hasGoverningCouncil: `${at}/councils`,
      councilBeforeApproval: `${at}/councils`,
      effectiveFrom: `${at}/effectiveFrom`,
      supersedes: `${at}/supersedes`,
      appointsCount: `${at}/appoints`,
    }),
    at,
  );
}
