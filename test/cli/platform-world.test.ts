import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, runCli } from './run-cli.js';

/**
 * The platform world as of a date, through the built CLI: the example school moved into a late-2026
 * world (Sferum chats in MAX, a VK Teams staff chat), and the RKN list's own date.
 */
interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  subject: { type: string; id: string };
}
interface Report {
  findings: Finding[];
  registry: { version: string; newestEntry?: string; overlays?: unknown[] };
  edition?: { id: string; declared: boolean; title: string };
}

let dir: string;

/** A copy of examples/school-72 with some channels rewritten and an optional edition declared. */
function school(
  name: string,
  channels: Record<string, [platform: string, link: string]>,
  edition?: string,
): string {
  const target = join(dir, name);
  cpSync(join(repoRoot, 'examples/school-72'), target, { recursive: true });
  const csvPath = join(target, 'channels.csv');
  const lines = readFileSync(csvPath, 'utf8').split('\n');
  const out = lines.map((line) => {
    const cells = line.split(';');
    const change = channels[cells[0] ?? ''];
    if (!change) return line;
    cells[2] = change[0];
    cells[3] = change[1];
    return cells.join(';');
  });
  writeFileSync(csvPath, out.join('\n'));
  if (edition) {
    const yamlPath = join(target, 'school.yaml');
    writeFileSync(
      yamlPath,
      readFileSync(yamlPath, 'utf8').replace(
        '\nschool:\n',
        `\nregulation: { edition: "${edition}" }\nschool:\n`,
      ),
    );
  }
  return join(target, 'school.yaml');
}

async function audit(file: string, asOf: string): Promise<Report> {
  const run = await runCli(['audit', file, '--as-of', asOf, '--format', 'json', '--fail-on', 'none']);
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

const ABOVE_INFO = (f: Finding) => f.severity !== 'info';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'platform-world-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Sferum in MAX (late 2026)', () => {
  // 1А's chat is named «Сферум в MAX»; 5Б's is «MAX» with a max.ru invite link.
  const chats = {
    'c-01': ['Сферум в MAX', ''],
    'c-03': ['MAX', 'https://max.ru/join/Ex5bKlass72'],
  } as Record<string, [string, string]>;
  const onThoseChats = (f: Finding) =>
    (f.subject.type === 'channel' && ['c-01', 'c-03'].includes(f.subject.id)) ||
    (f.subject.type === 'class' && ['1А', '5Б'].includes(f.subject.id));

  it('by default (no edition declared) no finding above info on those chats or their classes, and one info note on the edition', async () => {
    const report = await audit(school('max-default', chats), '2026-11-30');
    expect(report.findings.filter(onThoseChats).filter(ABOVE_INFO)).toEqual([]);
    expect(report.edition).toMatchObject({ id: 'intent', declared: false });
    expect(report.findings.filter((f) => f.ruleId === 'SFR-1.1-REGULATION-EDITION')).toHaveLength(1);
  });

  it('a school that declares the 2024 edition gets a finding that names the edition requiring VK Messenger', async () => {
    const report = await audit(school('max-2024', chats, '2024'), '2026-11-30');
    expect(report.edition).toMatchObject({ id: '2024', declared: true });
    const hits = report.findings.filter(onThoseChats).filter(ABOVE_INFO);
    expect(hits.map((f) => `${f.ruleId} → ${f.subject.id}`).sort()).toEqual(
      [
        'SFR-2.3-CHAT-NOT-EDU → c-01',
        'SFR-2.3-CHAT-NOT-EDU → c-03',
        'SFR-2.3-CLASS-CHAT → 1А',
        'SFR-2.3-CLASS-CHAT → 5Б',
      ].sort(),
    );
    for (const f of hits) {
      expect(f.message).toContain('Положение 2024 г.');
      expect(f.message).toContain('VK Мессенджера');
    }
    expect(report.findings.some((f) => f.ruleId === 'SFR-1.1-REGULATION-EDITION')).toBe(false);
  });

  it('a school that declares the MAX edition is audited by it', async () => {
    const report = await audit(school('max-2025', chats, '2025-max'), '2026-11-30');
    expect(report.edition).toMatchObject({ id: '2025-max', declared: true });
    expect(report.findings.filter(onThoseChats).filter(ABOVE_INFO)).toEqual([]);
  });
});

describe('the RKN list takes effect on 2023-03-01', () => {
  const isRknFinding = (f: Finding) =>
    f.subject.id === 'c-13' && f.ruleId.startsWith('SFR-2.FINAL-PROHIBITED');

  it('--as-of 2023-02-28: no RKN-list finding for the WhatsApp chat', async () => {
    const report = await audit(join(repoRoot, 'examples/school-72/school.yaml'), '2023-02-28');
    expect(report.findings.filter(isRknFinding)).toEqual([]);
  });

  it('--as-of 2023-03-01: the finding names the list, its date and source', async () => {
    const report = await audit(join(repoRoot, 'examples/school-72/school.yaml'), '2023-03-01');
    const hits = report.findings.filter(isRknFinding);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('Перечень иностранных мессенджеров Роскомнадзора');
    expect(hits[0]!.message).toContain('в силе с 2023-03-01');
    expect(hits[0]!.message).toMatch(/источник: https:\/\//);
  });
});

describe('VK Teams is not Microsoft Teams', () => {
  it('a staff chat on «VK Teams» gets no 2.final finding', async () => {
    const report = await audit(
      school('vk-teams', { 'c-09': ['VK Teams', 'https://teams.vk.com/chat/abc'] }),
      '2026-11-30',
    );
    expect(
      report.findings.filter((f) => f.subject.id === 'c-09' && f.ruleId.startsWith('SFR-2.FINAL')),
    ).toEqual([]);
  });
});

describe('registry command', () => {
  it('prints the table as of a date in JSON: WhatsApp unknown before the list, prohibited from it', async () => {
    const before = await runCli(['registry', '--as-of', '2022-06-01', '--format', 'json']);
    const after = await runCli(['registry', '--as-of', '2026-11-30', '--format', 'json']);
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    type Listing = {
      asOf: string;
      newestEntry: string;
      entries: {
        id: string;
        status: string;
        basis?: { kind: string; from?: string; source: { url: string; read: string } };
      }[];
    };
    const b = JSON.parse(before.stdout) as Listing;
    const a = JSON.parse(after.stdout) as Listing;
    expect(b.asOf).toBe('2022-06-01');
    expect(b.entries.find((e) => e.id === 'whatsapp')?.status).toBe('unknown');
    expect(b.entries.find((e) => e.id === 'sferum-max')?.status).toBe('unknown');
    const wa = a.entries.find((e) => e.id === 'whatsapp')!;
    expect(wa.status).toBe('prohibited');
    expect(wa.basis).toMatchObject({ kind: 'rkn-list', from: '2023-03-01' });
    expect(wa.basis!.source.url).toMatch(/^https:\/\//);
    expect(a.entries.find((e) => e.id === 'sferum-max')?.status).toBe('educational');
    expect(a.entries.find((e) => e.id === 'vk-teams')?.status).toBe('allowed');
  });

  it('prints a text table with the basis and its source', async () => {
    const run = await runCli(['registry', '--as-of', '2026-11-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Реестр мессенджеров');
    expect(run.stdout).toMatch(/whatsapp\s+запрещён — rkn-list с 2023-03-01/);
    expect(run.stdout).toContain('blocked 2025-11-28');
  });

  it('reads an overlay, and rejects a bad one with exit code 2 and no stack trace', async () => {
    const overlay = join(dir, 'region.yaml');
    writeFileSync(
      overlay,
      `version: region-54\nsource: НСО\nentries:\n  - id: zoom\n    name: { ru: Zoom, en: Zoom }\n    aliases: [Zoom]\n    domains: [zoom.us]\n    history:\n      - { kind: region, status: prohibited, from: 2026-01-01, source: { title: Приказ, url: "file:order.pdf", read: 2026-02-01 } }\n`,
    );
    const ok = await runCli(['registry', '--as-of', '2026-11-30', '--registry', overlay, '--format', 'json']);
    expect(ok.code).toBe(0);
    const zoom = (JSON.parse(ok.stdout) as { entries: { id: string; status: string }[] }).entries.find(
      (e) => e.id === 'zoom',
    );
    expect(zoom?.status).toBe('prohibited');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: x\nsource: y\nentries: 3\n');
    const run = await runCli(['registry', '--registry', bad]);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
