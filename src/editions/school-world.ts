import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { registryAsOf } from '../messengers/registry-as-of.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { ISODate } from '../model/types.js';
import { resolveEdition } from './editions.js';
import type { Edition } from './types.js';

export interface SchoolWorld {
  /** The registry's statuses on the date, only the edition's platforms counted as educational. */
  registry: MessengerRegistry;
  edition: Edition;
  declared: boolean;
  /** What normalize needs of the edition. */
  normalizeEdition: { id: string; declared: boolean; classChatsOn: Readonly<Record<string, string>> };
  diagnostics: Diagnostic[];
}

/**
 * The world one school is audited in: the edition it declares (else the regulation's intent) and
 * the registry as of the audit date under that edition. The audit and the rule fixtures both take
 * it from here, so a fixture sees what an audit sees.
 */
export function schoolWorld(
  registry: MessengerRegistry,
  asOf: ISODate,
  declaredEdition: string | undefined,
  extraEditions: readonly Edition[] = [],
): SchoolWorld {
  const resolved = resolveEdition(declaredEdition, extraEditions);
  return {
    registry: registryAsOf(registry, asOf, resolved.edition.educationalPlatforms),
    edition: resolved.edition,
    declared: resolved.declared,
    normalizeEdition: {
      id: resolved.edition.id,
      declared: resolved.declared,
      classChatsOn: resolved.edition.classChatsOn ?? {},
    },
    diagnostics: resolved.diagnostics,
  };
}
