import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** 5 000 messages, each with a phone and an e-mail: 10 000 findings. */
function manyFindings(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `01.09.2024, 10:${String(i % 60).padStart(2, '0')} - Родитель ${i % 7}: звоните +7 913 ${String(100 + (i % 900))}-${String(10 + (i % 90))}-${String(10 + (i % 89))} или p${i}@example.ru`,
  ).join('\n');
}

let dir: string;
let heavy: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-stream-'));
  heavy = join(dir, 'Чат WhatsApp с 5А.txt');
  writeFileSync(heavy, manyFindings(5000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Line {
  type: string;
  kind?: string;
  file?: string;
  findings?: number;
  chatIndex?: number;
  masked?: string;
  countsByKind?: Record<string, number>;
  chats?: { id: string; title: string }[];
}

describe('scan --format ndjson', () => {
  it('a line per finding, then a line per file and the summary; the counts add up', async () => {
    const files = [heavy, 'test/fixtures/exports/telegram-full-export.json'];
    const run = await runCli(['scan', ...files, '--format', 'ndjson']);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    const findings = lines.filter((l) => l.type === 'finding');
    const fileLines = lines.filter((l) => l.type === 'file');
    const summary = lines[lines.length - 1]!;
    expect(summary.type).toBe('summary');
    expect(lines.filter((l) => l.type === 'summary')).toHaveLength(1);
    expect(fileLines.map((l) => l.file)).toEqual(files);
    expect(findings.length).toBe(summary.findings);
    expect(findings.length).toBeGreaterThan(10_000);
    for (const f of fileLines) {
      const own = findings.filter((x) => x.file === f.file);
      expect(own.length).toBe(f.findings);
      // Each file's findings come before its own line.
      expect(lines.indexOf(own[own.length - 1]!)).toBeLessThan(lines.indexOf(f));
      expect(own.filter((x) => f.chats?.[x.chatIndex ?? -1] === undefined)).toEqual([]);
      const byKind: Record<string, number> = {};
      for (const x of own) byKind[x.kind!] = (byKind[x.kind!] ?? 0) + 1;
      expect(byKind).toEqual(f.countsByKind);
    }
    // One expect over the ~10,000 findings rather than two for each.
    expect(findings.filter((f) => !f.masked?.includes('•'))).toEqual([]);
    // The title is settled at the end: a finding names its chat by index only.
    expect(findings.filter((f) => Object.hasOwn(f, 'chat'))).toEqual([]);
    expect(run.stdout).not.toContain('example.ru"');
    expect(run.stdout).not.toContain('Родитель');
  });

  it('--output writes the same lines to a file', async () => {
    const out = join(dir, 'out.ndjson');
    const run = await runCli(['scan', heavy, '--format', 'ndjson', '--output', out, '--fail-on', 'none']);
    expect(run.code).toBe(0);
    const piped = await runCli(['scan', heavy, '--format', 'ndjson']);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  });
});

describe('scan text/json/md are summaries bounded by --samples', () => {
  it('json lists at most 20 findings of each kind by default and counts the rest', async () => {
    const doc = JSON.parse((await runCli(['scan', heavy, '--format', 'json'])).stdout) as {
      findings: { kind: string }[];
      findingsTotal: number;
      countsByKind: Record<string, number>;
      messagesByKind: Record<string, number>;
      samplesPerKind: number;
      files: { omitted?: number }[];
    };
    expect(doc.samplesPerKind).toBe(20);
    expect(doc.countsByKind).toEqual({ phone: 5000, email: 5000 });
    expect(doc.messagesByKind).toEqual({ phone: 5000, email: 5000 });
    expect(doc.findingsTotal).toBe(10_000);
    expect(doc.findings.filter((f) => f.kind === 'phone')).toHaveLength(20);
    expect(doc.findings.filter((f) => f.kind === 'email')).toHaveLength(20);
    expect(doc.files[0]!.omitted).toBe(10_000 - 40);
  });

  it.each([
    ['0', 0],
    ['3', 3],
  ])('--samples %s keeps that many per kind', async (arg, n) => {
    const doc = JSON.parse((await runCli(['scan', heavy, '--format', 'json', '--samples', arg])).stdout) as {
      findings: { kind: string }[];
      findingsTotal: number;
    };
    expect(doc.findings).toHaveLength(2 * n);
    expect(doc.findingsTotal).toBe(10_000);
  });

  it('text gives counts by kind and by message, and a bounded list', async () => {
    const run = await runCli(['scan', heavy, '--samples', '2']);
    expect(run.stdout).toContain('Находок: 10000');
    expect(run.stdout).toMatch(/Телефон: 5000 \(в 5000 сообщ\.\)/i);
    expect(run.stdout.split('\n').filter((l) => /^ {2}#\d+/.test(l))).toHaveLength(4);
    expect(run.stdout).toContain('ещё 9996');
  });
});
