/**
 * The input model: what a school fills in. `schemas/school.schema.json`, `schemas/person.schema.json`
 * and `schemas/channel.schema.json` describe the same shapes; test/model/schema-types.test.ts
 * checks that the two agree.
 *
 * Names are optional everywhere: pseudonymous ids are enough for every rule, and names are
 * personal data that reports never repeat.
 */

/** A calendar date, `YYYY-MM-DD`. Dates carry no time zone on purpose: audits are by calendar day. */
export type ISODate = string;

export interface LocalizedText {
  ru: string;
  en?: string;
}

/** The school file (`school.yaml` / `school.json`) as written by the school. */
export interface SchoolFile {
  /** Version of the input format; only 1 exists. */
  schemaVersion?: 1;
  school: School;
  /** The edition of the regulation the school adopted (docs/editions.md); absent: audited by intent. */
  regulation?: { edition?: string };
  /** The classes of the school. When absent, classes are taken from the roster. */
  classes?: SchoolClass[];
  documents?: SchoolDocument[];
  admins?: PlatformAdmin[];
  records?: Records;
  /** Inline, or an answers file next to the school file (written by `attest`). */
  attestations?: Attestation[] | FileReference;
  /** The roster inline, or a CSV file next to the school file. */
  people?: Person[] | FileReference;
  /** The channel inventory inline, or a CSV file next to the school file. */
  channels?: Channel[] | FileReference;
  /** Chat exports attached to channels of the inventory (scanned for personal and payment data). */
  exports?: ChatExportReference[];
}

export interface FileReference {
  /** Path relative to the school file. */
  file: string;
  /** `;` or `,`; detected from the header line when absent. */
  delimiter?: ';' | ',';
  /** `utf-8` (with or without BOM) or `windows-1251`; detected when absent. */
  encoding?: 'utf-8' | 'windows-1251';
}

export interface School {
  /** Stable identifier of the school (e.g. its INN or a regional code). Not personal data. */
  id?: string;
  /** Full name, e.g. «МБОУ СОШ № 72». */
  name: string;
  shortName?: string;
  region: string;
  municipality: string;
  /** The regional e-school system; default «ГИС «Электронная школа НСО»». */
  eSchoolSystem?: string;
  /** The organisation's identifier inside the e-school system, the one people link to. */
  eSchoolOrganizationId?: string;
  sferum?: SferumOrganization;
}

/** The school's organisation on the Sferum platform (2.2.a, 2.2.c, 2.2.e). */
export interface SferumOrganization {
  registered: boolean;
  /** Organisation id on sferum.ru. */
  organizationId?: string;
  /** The mobile number given in the organisation's application (2.2.a). Personal data: masked in reports. */
  applicationPhone?: string;
  registeredAt?: ISODate;
  profile?: {
    /** The organisation's information is entered (2.2.c). */
    filled: boolean;
    /** Which fields are filled (address, contacts, site, logo, description…). */
    fields?: string[];
    updatedAt?: ISODate;
  };
  /** Ids of inventory channels that the platform created automatically (2.2.e). */
  autoChannels?: string[];
}

export interface SchoolClass {
  /** Class id as the school writes it, e.g. «5А», «11Б». */
  id: string;
  grade?: number;
  /** Person id of the class teacher; may also be given on the person (`classTeacherOf`). */
  classTeacher?: string;
}

export type DocumentKind =
  /** The regulation itself (this «Порядок применения сервисов…»). */
  | 'regulation'
  /** 2.1.a: order «Об использовании ИКОП «Сферум» и учебного профиля VK Мессенджер». */
  | 'order-platform-use'
  /** 2.1.b: order appointing platform administrators. */
  | 'order-admin-appointment'
  /** 2.1.c: the chat/channel strategy, when it is a document. */
  | 'chat-strategy'
  | 'other';

export interface CouncilApproval {
  /** `pedagogical` (педагогический совет), `governing` (управляющий совет), or another body. */
  body: 'pedagogical' | 'governing' | 'other';
  bodyName?: string;
  protocolNumber: string;
  date: ISODate;
}

export interface SchoolDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** The document's own number (for an order: «102/2-од»). */
  number?: string;
  date?: ISODate;
  /** Who signed/approved it (position; the name is optional). */
  approvedBy?: { position: string; name?: string };
  /** The order that approved this document (for the regulation). */
  approvalOrder?: { number: string; date: ISODate };
  councils?: CouncilApproval[];
  effectiveFrom?: ISODate;
  /** Id of the earlier version this document replaces. */
  supersedes?: string;
  /** For `order-admin-appointment`: the person ids it appoints. */
  appoints?: string[];
  /** Where the scan or original is kept (a path, URL or register number). */
  evidence?: string;
}

export interface PlatformAdmin {
  personId: string;
  /** Id of the `order-admin-appointment` document (2.1.b). */
  appointmentOrder?: string;
  /** Person id of the admin who appointed this one on the platform (2.2.d, additional admins). */
  appointedByAdmin?: string;
  /** Registered on sferum.ru (2.2.a). */
  registered: boolean;
  registeredAt?: ISODate;
  /** The phone used to register. Personal data: compared, masked, never printed. */
  registrationPhone?: string;
  /** Profile security (2.2.b). */
  security?: ProfileSecurity;
}

export interface ProfileSecurity {
  /** Second factor switched on. */
  twoFactor?: boolean;
  /** Recovery contact set. */
  recoveryContact?: boolean;
  /** Last review of sessions and devices. */
  reviewedAt?: ISODate;
}

export interface DatedRecord {
  id?: string;
  date: ISODate;
  title?: string;
  /** Person id of the author. */
  by?: string;
  /** Person id of the recipient (a statistics report goes to the head, 2.2.h). */
  to?: string;
  /** Id of a document that holds the record. */
  document?: string;
  evidence?: string;
}

export interface Records {
  /** 2.1.c: strategy for chats and channels, when kept as dated decisions. */
  chatStrategy?: DatedRecord[];
  /** 2.1.d: information material given to platform admins for the school's channels. */
  informationMaterials?: DatedRecord[];
  /** 2.1.f: control reviews of the educational profile's use. */
  controlReviews?: DatedRecord[];
  /** 2.2.h: usage statistics reported to the head of the school. */
  statisticsReports?: DatedRecord[];
}

export type AttestationAnswer = 'yes' | 'no' | 'partial' | 'not-applicable';

/** A recorded human answer for a clause that data cannot decide. */
export interface Attestation {
  clause: string;
  answer: AttestationAnswer;
  /** Who answered: a person id or a position. */
  by: string;
  date: ISODate;
  /** After this date the answer must be given again. */
  validUntil?: ISODate;
  evidence?: string;
  comment?: string;
}

export type PersonRole = 'administration' | 'teacher' | 'class-teacher' | 'student' | 'parent';

/** The role in which a person joins the school in the e-school system link. */
export type ESchoolRole = 'учитель' | 'ученик' | 'родитель';

export interface Person {
  id: string;
  /** Optional; personal data, never printed in reports. */
  name?: string;
  roles: PersonRole[];
  /** Position for staff, e.g. «директор», «заместитель директора по УВР», «учитель математики». */
  position?: string;
  /** For a student: the class id. */
  class?: string;
  /** For a class teacher: the class ids. */
  classTeacherOf?: string[];
  /** For a parent: person ids of the children. */
  parentOf?: string[];
  /** Personal data; used only to compare with registration phones. */
  phone?: string;
  /** The educational profile in VK Messenger (2.3.a–2.6.a). */
  profile: EducationalProfile;
  /** The link of the Sferum profile to the regional e-school system (2.3.b–2.6.b). */
  eschool: ESchoolLink;
}

export interface EducationalProfile {
  created: boolean;
  secured?: boolean;
  twoFactor?: boolean;
  createdAt?: ISODate;
}

export interface ESchoolLink {
  linked: boolean;
  /** The organisation joined; compared with the school's `eSchoolOrganizationId` or name. */
  organization?: string;
  /** Role as written, normalised to «учитель», «ученик», «родитель» when recognised. */
  role?: string;
}

export type ChannelKind = 'chat' | 'channel' | 'call' | 'group';

export type ChannelPurpose =
  | 'class'
  | 'parents'
  | 'subject'
  | 'educational'
  | 'administrative'
  | 'staff'
  | 'official'
  | 'other';

export interface Channel {
  id: string;
  /** Title as shown in the messenger. Free text from the input: escaped in every output. */
  title: string;
  /** The messenger or platform as people wrote it: «Сферум», «ватсап», «tg», an invite link… */
  platform: string;
  /** Invite or web link, when known. */
  link?: string;
  kind: ChannelKind;
  purpose: ChannelPurpose;
  /** Class id for class and parents' chats. */
  class?: string;
  /** Person id of the owner or creator. */
  owner?: string;
  /** Person ids of the members, when the school knows them. */
  members?: string[];
  /**
   * Members not in the roster beside the list (a count, e.g. from the platform's member count):
   * outsiders for a class chat, like ids in `members` that the roster lacks.
   */
  otherMembers?: number;
  /** Member counts by role, when only counts are known. */
  memberCounts?: Partial<Record<PersonRole | 'other', number>>;
  /** Created automatically by the platform from e-school data. */
  autoCreated?: boolean;
  createdAt?: ISODate;
  lastActivityAt?: ISODate;
  content?: ChannelContent;
}

export interface ChannelContent {
  personalData?: boolean;
  paymentDocuments?: boolean;
  bankDetails?: boolean;
}

export interface ChatExportReference {
  /** Channel id of the inventory this export belongs to. */
  channel: string;
  /** Path relative to the school file. */
  file: string;
  format?: 'telegram-json' | 'whatsapp-txt' | 'text';
}

/** Where a value came from. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Maps JSON Pointers of the loaded `AuditInput` (e.g. `/people/3/eschool/role`) to the place in
 * the source file the value was read from. CSV rows map to their line and the cell's column.
 */
export interface SourceMap {
  locate(pointer: string): SourceLocation | undefined;
  /** Every file that contributed to the input, with a content hash (sha256 hex). */
  readonly files: readonly { path: string; sha256: string }[];
}

/** The loaded, validated input: CSV references resolved, defaults applied. */
export interface AuditInput {
  school: School;
  /** The regulation edition the school declared (docs/editions.md); absent: audited by intent. */
  regulation?: { edition?: string };
  classes: SchoolClass[];
  documents: SchoolDocument[];
  admins: PlatformAdmin[];
  records: Required<Records>;
  attestations: Attestation[];
  people: Person[];
  channels: Channel[];
  exports: ChatExportReference[];
  /** Absent when the input was built in code rather than loaded from files. */
  sources?: SourceMap;
}

/** The default regional e-school system name, from the regulation this tool was built on. */
export const DEFAULT_ESCHOOL_SYSTEM = 'ГИС «Электронная школа НСО»';
