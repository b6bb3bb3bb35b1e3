import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { FACTS } from '../../src/normalize/facts.js';

// Messages are read by a school's IT person: facts printed into them must read as words, not as
// raw values. A boolean in parentheses renders as «(да)», an enum as an English code («subject»).
const PLACEHOLDER = /\{\{\s*facts\.([A-Za-z0-9_]+)\s*\}\}/g;

const rules = catalog().rules;

describe('finding messages read as sentences', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const vocabulary = FACTS[rule.subject];
    for (const language of ['ru', 'en'] as const) {
      const text = rule.message[language];
      for (const m of text.matchAll(PLACEHOLDER)) {
        const name = m[1] as string;
        const spec = vocabulary[name];
        const before = text.slice(0, m.index).trimEnd();
        if (spec?.type === 'boolean') {
          // «профиль создан: нет» reads; «персональные данные (да)» does not.
          expect(before.endsWith(':'), `${language}: boolean ${name} must follow «…:»`).toBe(true);
        }
        if (spec?.values?.some((v) => /[a-z]/i.test(v))) {
          expect(language === 'en', `ru: enum fact ${name} prints an English code`).toBe(true);
        }
      }
      expect(text, `${language}: no «(ов)»/«(s)» plural stubs`).not.toMatch(/\((ов|а|s)\)/);
    }
  });
});
