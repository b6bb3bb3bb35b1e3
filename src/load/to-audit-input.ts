import {
  type AuditInput,
  type Channel,
  DEFAULT_ESCHOOL_SYSTEM,
  type Person,
  type SchoolFile,
  type SourceMap,
} from '../model/types.js';

/**
 * Builds the AuditInput from a validated SchoolFile whose people and channels are inline:
 * defaults applied (e-school system name, empty lists, all four record lists). Values stay as
 * written (e-school roles included: the normalize stage interprets them).
 */
export function toAuditInput(doc: SchoolFile, sources?: SourceMap): AuditInput {
  const people: Person[] = Array.isArray(doc.people) ? doc.people : [];
  const channels: Channel[] = Array.isArray(doc.channels) ? doc.channels : [];
  const input: AuditInput = {
    school: { ...doc.school, eSchoolSystem: doc.school.eSchoolSystem ?? DEFAULT_ESCHOOL_SYSTEM },
    classes: doc.classes ?? [],
    documents: doc.documents ?? [],
    admins: doc.admins ?? [],
    records: {
      chatStrategy: doc.records?.chatStrategy ?? [],
      informationMaterials: doc.records?.informationMaterials ?? [],
      controlReviews: doc.records?.controlReviews ?? [],
      statisticsReports: doc.records?.statisticsReports ?? [],
    },
    attestations: Array.isArray(doc.attestations) ? doc.attestations : [],
    people,
    channels,
    exports: doc.exports ?? [],
  };
  if (doc.regulation?.edition !== undefined) input.regulation = { edition: doc.regulation.edition };
  if (sources) input.sources = sources;
  return input;
}
