/** A clause awaiting an answer prints the catalog's question and where to record the answer. */
import { describe, expect, it } from 'vitest';
import { catalog, formatReport } from '../../src/index.js';
import { auditFiles } from '../../src/node.js';

describe('attestation-required clauses', () => {
  it('print the question and the place to record the answer in text, md and html, both languages', async () => {
    for (const language of ['ru', 'en'] as const) {
      const { report } = await auditFiles('examples/school-72/school.yaml', {
        asOf: '2026-11-30',
        language,
        noWaiversDiscovery: true,
      });
      const pending = report!.clauses.filter((c) => c.status === 'attestation-required');
      expect(pending.length).toBeGreaterThan(0);
      for (const format of ['text', 'md', 'html'] as const) {
        const out = formatReport(report!, format, { language });
        for (const clause of pending) {
          const question = catalog().clauses.find((c) => c.id === clause.id)!.question;
          expect(question, clause.id).toBeDefined();
          const words = question![language].split(/\s+/).slice(0, 4).join(' ');
          expect(
            out.replace(
              /&[a-z#0-9]+;/g,
              (e) => ({ '&laquo;': '«', '&raquo;': '»', '&quot;': '"', '&#39;': "'" })[e] ?? e,
            ),
            `${format} ${language} ${clause.id}`,
          ).toContain(words.replace(/[<>&"']/g, (ch) => ch));
          expect(out).toContain(`clause: ${clause.id}`);
        }
        expect(out).toContain('attestations');
      }
    }
  });
});
