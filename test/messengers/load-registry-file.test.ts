import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistryFile } from '../../src/node/load-registry.js';
import { defaultRegistry } from '../../src/messengers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'messengers-'));
const REGION = `version: region-54
source: пример
entries:
  - id: yandex-messenger
    name: { ru: Яндекс Мессенджер, en: Yandex Messenger }
    aliases: [Яндекс Мессенджер]
    domains: [messenger.yandex.ru]
    status: allowed
`;

describe('loadRegistryFile', () => {
  it('loads the bundled YAML from disk, equal to defaultRegistry()', async () => {
    const { registry, diagnostics } = await loadRegistryFile('rules/data/messengers.yaml');
    expect(diagnostics).toEqual([]);
    expect(registry?.hash).toBe(defaultRegistry().hash);
  });

  it('loads an overlay written with a BOM', async () => {
    const file = join(dir, 'region.yaml');
    writeFileSync(file, '\ufeff' + REGION);
    const { registry, diagnostics } = await loadRegistryFile(file);
    expect(diagnostics.map((d) => d.code)).toEqual(['REGISTRY_LEGACY_FORMAT']);
    expect(registry?.entries.map((e) => e.id)).toEqual(['yandex-messenger']);
  });

  it('reports an invalid file with its path and position', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, REGION.replace('status: allowed', 'status: banned'));
    const { registry, diagnostics } = await loadRegistryFile(file);
    expect(registry).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      code: 'REGISTRY_INVALID',
      file,
      line: 8,
      pointer: '/entries/0/status',
    });
  });

  it.each([
    ['missing', join(dir, 'nope.yaml'), 'FILE_NOT_FOUND'],
    [
      'a folder',
      (() => {
        const d = join(dir, 'folder');
        mkdirSync(d);
        return d;
      })(),
      'FILE_NOT_REGULAR',
    ],
    ['a device', '/dev/zero', 'FILE_NOT_REGULAR'],
    [
      'empty',
      (() => {
        const f = join(dir, 'empty.yaml');
        writeFileSync(f, ' \n');
        return f;
      })(),
      'FILE_EMPTY',
    ],
    [
      'not UTF-8',
      (() => {
        const f = join(dir, 'cp1251.yaml');
        writeFileSync(f, Buffer.from([0x76, 0x3a, 0x20, 0xcf, 0xf0, 0xe8]));
        return f;
      })(),
      'ENCODING_INVALID',
    ],
  ])('never throws: %s → %s', async (_what, file, code) => {
    const { registry, diagnostics } = await loadRegistryFile(file);
    expect(registry).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code, severity: 'error', file });
    expect(diagnostics[0]!.message.ru.length).toBeGreaterThan(0);
  });
});
