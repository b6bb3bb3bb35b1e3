import type { ISODate } from '../model/types.js';
import type { Localized } from '../diagnostics/diagnostic.js';

/**
 * An edition of the regulation: what it calls the educational platform, the documents it names
 * and how rule texts name the platform (`{{platform.edu}}`…). Built-in ones live in
 * rules/data/editions.yaml; a region adds its own with a file of the same shape.
 */
export interface Edition {
  /** What a school writes in `regulation.edition` («2024», «2025-max», a region's own id). */
  id: string;
  title: Localized;
  /** The date the edition's platform became available (informational). */
  from?: ISODate;
  /** Registry ids the edition counts as the educational platform; others the registry calls educational are allowed, not the platform. */
  educationalPlatforms: string[];
  /** A class or parents' chat on the key service counts as one on the value service (`max` → `sferum-max`). */
  classChatsOn?: Record<string, string>;
  /** The orders the edition names. */
  orders?: Localized[];
  /** Platform wording for rule texts: `edu` after «в» (accusative), `eduIn` after «в» (prepositional), `profile`, `app`. */
  platform: { edu: Localized; eduIn: Localized; profile: Localized; app: Localized };
  source: { title: string; url: string; read: ISODate };
}

export interface EditionsData {
  version: string;
  editions: Edition[];
}

/** The edition an audit applied, as the report records it. */
export interface AppliedEdition {
  id: string;
  title: string;
  /** True when the school declared it (`regulation.edition`); false: the default, by intent. */
  declared: boolean;
  source: { title: string; url: string; read: ISODate };
}

/** The id of the edition applied to a school that declares none. */
export const INTENT_EDITION_ID = 'intent';
