import type { Language } from '../model/vocabulary.js';

const ENGINE_NAMES: Record<string, Record<Language, string>> = {
  compiled: { ru: 'компилируемый', en: 'compiled' },
  reference: { ru: 'эталонный (json-rules-engine)', en: 'reference (json-rules-engine)' },
};

/** The rule engine as a reader of the report's language says it. */
export function engineName(engine: string, language: Language): string {
  return ENGINE_NAMES[engine]?.[language] ?? engine;
}

/**
 * The half of a bilingual «русский / English» text in the report's language: the registry's
 * source and other catalog texts are written that way. A text without the separator is kept whole.
 */
export function pickLanguage(text: string, language: Language): string {
  const i = text.lastIndexOf(' / ');
  if (i < 0) return text;
  const ru = text.slice(0, i).trim();
  const en = text.slice(i + 3).trim();
  const cyrillic = (s: string) => /[А-Яа-яЁё]/.test(s);
  // Only a real ru / en pair is split: a Russian title with a slash in it stays whole.
  if (!cyrillic(ru) || cyrillic(en.replace(/«[^»]*»/g, ''))) return text;
  return language === 'ru' ? ru : en;
}
