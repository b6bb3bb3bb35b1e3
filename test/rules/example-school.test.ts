import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { defaultRegistry } from '../../src/messengers/index.js';
import { normalize } from '../../src/normalize/index.js';
import { loadSchoolFile } from '../../src/node/load-files.js';
import { firedRules } from './fired-rules.js';

/**
 * examples/school-72 documents its deliberate violations (README.md, items 1–10; item 11 is about
 * attestations, which rules do not decide). The catalog must find exactly those and nothing else.
 */
const EXPECTED = [
  'SFR-2.6-LINK-ROLE → p-044', // 1: parent linked as «ученик»
  'SFR-2.5-PROFILE-CREATED → p-026', // 2
  'SFR-2.5-LINK → p-026', // 2
  'SFR-2.5-IN-CLASS-CHAT → p-026', // 2
  'SFR-2.3-CLASS-TEACHER-IN-CHAT → p-007', // 3
  'SFR-2.3-CLASS-CHAT-OUTSIDERS → c-06', // 4: a 9А student in the 11Б chat
  'SFR-2.2-STATISTICS-REPORTS → school', // 5
  'SFR-2.FINAL-PROHIBITED-DATA → c-13', // 6: WhatsApp with payment documents
  'SFR-2.FINAL-PROHIBITED-MESSENGER → c-14', // 7: Telegram
  'SFR-2.FINAL-PROHIBITED-MESSENGER → c-15', // 8: Viber
  'SFR-2.FINAL-UNKNOWN-PLATFORM → c-16', // 9: «Перемена»
  'SFR-2.2-EXTRA-ADMIN-STAFF → p-058', // 10: a parent as extra admin
  'SFR-1.1-REGULATION-EDITION → school', // 12 (info): no edition declared while Sferum runs in MAX
].sort();

describe('examples/school-72', () => {
  it.each(['compiled', 'reference'] as const)(
    'yields exactly the documented violations (%s engine)',
    async (engine) => {
      const { input, diagnostics } = await loadSchoolFile(
        join(__dirname, '../../examples/school-72/school.yaml'),
      );
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const subjects = normalize(input!, { asOf: '2026-11-30', registry: defaultRegistry() });
      const fired = await firedRules(catalog().rules, subjects, engine);
      expect(fired.sort()).toEqual(EXPECTED);
    },
  );
});
