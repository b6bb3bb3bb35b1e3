import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { loadSchoolFile } from '../../src/node/load-files.js';
import { runRegion } from '../../src/region/audit-region.js';
import { repoRoot } from '../cli/run-cli.js';

const AS_OF = '2026-11-30';

async function counted() {
  const loaded = await loadSchoolFile(join(repoRoot, 'examples/school-72/school.yaml'));
  const input = loaded.input!;
  const calls = { n: 0 };
  const locate = input.sources!.locate;
  input.sources = {
    ...input.sources!,
    locate: (pointer: string) => {
      calls.n++;
      return locate(pointer);
    },
  };
  return { input, calls };
}

describe('evidence is built for the findings that are read', () => {
  it("audit looks up no source position until a finding's evidence is read; then the same evidence as before", async () => {
    const { input, calls } = await counted();
    const report = await audit(input, { asOf: AS_OF });
    expect(report.findings.length).toBeGreaterThan(5);
    expect(calls.n).toBe(0);
    const first = report.findings[0]!.evidence;
    expect(calls.n).toBeGreaterThan(0);
    expect(first.some((e) => e.source?.line !== undefined)).toBe(true);
    // Reading again uses the built value.
    const after = calls.n;
    expect(report.findings[0]!.evidence).toBe(first);
    expect(calls.n).toBe(after);
    const fresh = await audit((await counted()).input, { asOf: AS_OF });
    expect(JSON.stringify(report)).toBe(JSON.stringify(fresh));
  });

  it('a region run without --include-findings never locates a source', async () => {
    const { input, calls } = await counted();
    const summary = await runRegion([input], { asOf: AS_OF });
    expect(summary.findings.total).toBeGreaterThan(5);
    expect(calls.n).toBe(0);
  });
});
