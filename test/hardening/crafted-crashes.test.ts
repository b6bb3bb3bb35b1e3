import { describe, expect, it } from 'vitest';
import { scanExport } from '../../src/index.js';
import type { Diagnostic } from '../../src/index.js';
import { capDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from '../../src/diagnostics/index.js';
import { printDiagnostics } from '../../src/cli/print-diagnostics.js';
import type { CliIO } from '../../src/cli/io.js';

// Issue #16, "crashes on crafted input": past ~125 000 items a spread into a call threw
// `RangeError: Maximum call stack size exceeded`, reported as an internal error. Guards:
// `append` instead of push(...xs) (statically: no-spread-calls), capDiagnostics on every path
// that prints, and the scanner's hit handling — here by behaviour, just past the limit. (Loading
// 130 000 real bad rows takes tens of seconds on a shared machine, so the diagnostics are made.)
const N = 130_000;

describe('crafted inputs past the spread limit', () => {
  it(`${N} diagnostics of one file on stderr: the first ${MAX_DIAGNOSTICS_PER_FILE} and one count`, () => {
    const all: Diagnostic[] = Array.from({ length: N }, (_, i) => ({
      code: 'CSV_VALUE_INVALID',
      severity: 'error',
      message: { ru: `строка ${i + 2}`, en: `row ${i + 2}` },
      file: 'p.csv',
      line: i + 2,
    }));
    const capped = capDiagnostics(all);
    expect(capped).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(capped.at(-1)).toMatchObject({ code: 'DIAGNOSTICS_TRUNCATED', severity: 'error', file: 'p.csv' });
    expect(capped.at(-1)?.message.en).toContain(`and ${N - MAX_DIAGNOSTICS_PER_FILE} more`);
    const lines: string[] = [];
    const io = { stderr: (t: string) => void lines.push(t) } as unknown as CliIO;
    printDiagnostics(io, all, 'en');
    expect(lines.length).toBeLessThan(MAX_DIAGNOSTICS_PER_FILE + 5);
    expect(lines.join('')).toContain(`and ${N - MAX_DIAGNOSTICS_PER_FILE} more`);
  });

  it(`one WhatsApp message with ${N} phone numbers: counted, read as WhatsApp, no damaged-export report`, async () => {
    const text = `01.09.2026, 10:00 - Мама: ${'+7 900 000-00-00 '.repeat(N)}\n`;
    const result = await scanExport([new TextEncoder().encode(text)], { fileName: 'chat.txt', samples: 10 });
    expect(result.format).toBe('whatsapp-txt');
    expect(result.countsByKind.phone).toBe(N);
    expect(result.findings.length).toBeLessThanOrEqual(10);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
