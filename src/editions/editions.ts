import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_EDITIONS } from './default-editions.generated.js';
import { INTENT_EDITION_ID, type Edition } from './types.js';

/** The built-in editions (rules/data/editions.yaml). */
export function builtinEditions(): readonly Edition[] {
  return DEFAULT_EDITIONS.editions;
}

/**
 * The edition a school is audited by: the one it declares (a region's own editions, then the
 * built-in ones), else the regulation's intent. An unknown declared id is an error diagnostic and
 * the audit falls back to the intent, so the report still says which edition it applied.
 */
export function resolveEdition(
  declared: string | undefined,
  extra: readonly Edition[] = [],
): { edition: Edition; declared: boolean; diagnostics: Diagnostic[] } {
  const all = [...extra, ...builtinEditions()];
  const intent = builtinEditions().find((e) => e.id === INTENT_EDITION_ID)!;
  if (declared === undefined || declared.trim() === '')
    return { edition: intent, declared: false, diagnostics: [] };
  const found = all.find((e) => e.id === declared.trim());
  if (found) return { edition: found, declared: true, diagnostics: [] };
  const known = all.map((e) => e.id).join(', ');
  return {
    edition: intent,
    declared: false,
    diagnostics: [
      {
        code: 'EDITION_UNKNOWN',
        severity: 'error',
        message: {
          ru: `Школа объявила редакцию Положения «${declared}», которой нет (известны: ${known}); аудит проведён по смыслу Положения.`,
          en: `The school declares regulation edition "${declared}", which does not exist (known: ${known}); audited by the regulation's intent.`,
        },
        pointer: '/regulation/edition',
        hint: {
          ru: 'Укажите существующую редакцию или добавьте свою в файл редакций региона (docs/editions.md).',
          en: "Name an existing edition or add it to the region's editions file (docs/editions.md).",
        },
      },
    ],
  };
}
