import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/index.js';
import type { AuditInput } from '../../src/model/types.js';
import { AS_OF, compliantSchool } from './fixtures/school.js';

const statusOf = (report: Awaited<ReturnType<typeof audit>>) =>
  Object.fromEntries(report.clauses.map((c) => [c.id, c.status]));

/** A school file with its required fields only: every optional field, list and record empty. */
function minimalSchool(): AuditInput {
  return {
    school: { name: 'МБОУ СОШ № 1', region: 'Новосибирская область', municipality: 'г. Новосибирск' },
    classes: [],
    documents: [],
    admins: [],
    records: {},
    attestations: [],
    people: [],
    channels: [],
    exports: [],
  } as unknown as AuditInput;
}

describe('truthful verdicts', () => {
  it('a school with no regulation document has header, 1.1, 1.3 and 4.1 violated', async () => {
    const input = compliantSchool();
    input.documents = input.documents.filter((d) => d.kind !== 'regulation');
    const status = statusOf(await audit(input, { asOf: AS_OF }));
    expect([status.header, status['1.1'], status['1.3'], status['4.1']]).toEqual(['violated', 'violated', 'violated', 'violated']);
  });

  it('a school file with every optional field empty claims compliance for nothing it cannot see', async () => {
    for (const engine of ['compiled', 'reference'] as const) {
      const report = await audit(minimalSchool(), { asOf: AS_OF, engine });
      const compliant = report.clauses.filter((c) => c.status === 'compliant' || c.status === 'attested').map((c) => c.id);
      expect(compliant, engine).toEqual([]);
      // What rests on a document or a record the file lacks is violated, not «not applicable».
      const status = statusOf(report);
      for (const id of ['header', '1.1', '1.3', '4.1', '2.1.a', '2.1.b', '2.1.c', '2.2.a']) expect(status[id], `${engine} ${id}`).toBe('violated');
      expect(report.summary.coverage).toBeLessThan(100);
    }
  });
});
