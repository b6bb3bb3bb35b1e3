import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFiles } from '../../src/node.js';

/** A region's own edition (config `editions`) and registry overlay, as a school run sees them. */
const AS_OF = '2026-11-30';
let dir: string;
let school: string;

const EDITIONS = `version: nso-2026.1
editions:
  - id: nso-2026
    title: { ru: "Редакция НСО 2026 г.", en: "NSO edition of 2026" }
    educationalPlatforms: [sferum, sferum-max]
    classChatsOn: { max: sferum-max }
    orders:
      - { ru: "приказ НСО об использовании «Сферума» в MAX", en: "NSO order on Sferum in MAX" }
    platform:
      edu: { ru: "«Сферум» в MAX (НСО)", en: "Sferum in MAX (NSO)" }
      eduIn: { ru: "«Сферуме» в MAX (НСО)", en: "Sferum in MAX (NSO)" }
      profile: { ru: "профиль «Сферума» в MAX", en: "the Sferum profile in MAX" }
      app: { ru: "MAX", en: "MAX" }
    source: { title: "Приказ НСО", url: "file:nso-order.pdf", read: 2026-02-01 }
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-editions-'));
  cpSync('examples/school-72', join(dir, 'school'), { recursive: true });
  school = join(dir, 'school', 'school.yaml');
  writeFileSync(join(dir, 'editions.yaml'), EDITIONS);
  writeFileSync(
    join(dir, 'registry.yaml'),
    `version: region-54\nsource: НСО\nentries:\n  - id: zoom\n    name: { ru: Zoom, en: Zoom }\n    aliases: [Zoom]\n    domains: [zoom.us]\n    history:\n      - { kind: region, status: prohibited, from: 2026-01-01, source: { title: Приказ, url: "file:order.pdf", read: 2026-02-01 } }\n`,
  );
  writeFileSync(join(dir, 'config.yaml'), 'editions: ./editions.yaml\nregistry: ./registry.yaml\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a region declares its own edition and registry overlay', () => {
  it('a school declaring the region edition is audited by it; the report names it and the overlay file', async () => {
    const yaml = readFileSync(school, 'utf8').replace(
      '\nschool:\n',
      '\nregulation: { edition: nso-2026 }\nschool:\n',
    );
    writeFileSync(school, yaml);
    const { report, diagnostics } = await auditFiles(school, {
      asOf: AS_OF,
      configPath: join(dir, 'config.yaml'),
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report?.edition).toMatchObject({ id: 'nso-2026', declared: true, title: 'Редакция НСО 2026 г.' });
    expect(report?.registry.version).toBe('2026.12.1+region-54');
    expect(report?.registry.overlays?.map((o) => o.path.endsWith('registry.yaml'))).toEqual([true]);
    // The 2.final remediation names the region's platform wording.
    const tg = report?.findings.find((f) => f.ruleId === 'SFR-2.FINAL-PROHIBITED-MESSENGER');
    expect(tg?.remediation).toContain('«Сферум» в MAX (НСО)');
    // Under this edition the VK Messenger educational profile is not the platform.
    expect(report?.findings.some((f) => f.ruleId === 'SFR-2.3-CLASS-CHAT' && f.subject.id === '5А')).toBe(
      true,
    );
  });

  it('an unknown edition is an error diagnostic and the audit says it applied the intent', async () => {
    const yaml = readFileSync(school, 'utf8').replace(
      /regulation: \{ edition: [^}]+\}/,
      'regulation: { edition: nso-2099 }',
    );
    writeFileSync(school, yaml);
    const { report, diagnostics } = await auditFiles(school, {
      asOf: AS_OF,
      configPath: join(dir, 'config.yaml'),
    });
    expect(diagnostics.some((d) => d.code === 'EDITION_UNKNOWN')).toBe(true);
    expect(report?.edition).toMatchObject({ id: 'intent', declared: false });
  });

  it('a broken editions file stops the run with EDITION_INVALID', async () => {
    writeFileSync(join(dir, 'bad-editions.yaml'), 'version: x\neditions: [{ id: a }]\n');
    writeFileSync(join(dir, 'bad-config.yaml'), 'editions: ./bad-editions.yaml\n');
    const { report, diagnostics } = await auditFiles(school, {
      asOf: AS_OF,
      configPath: join(dir, 'bad-config.yaml'),
    });
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain('EDITION_INVALID');
  });
});
