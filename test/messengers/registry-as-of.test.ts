import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  defaultRegistry,
  extendRegistry,
  normalizePlatform,
  parseRegistry,
  registryAsOf,
} from '../../src/messengers/index.js';
import { REGISTRY_YAML } from '../../scripts/gen-registry.mjs';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('dated registry: sources', () => {
  it('every entry of the bundled data has a history, and every period a source address and a date read', () => {
    // Read the data file itself, not the generated module: the test must fail on the file a person edits.
    const data = parse(readFileSync(REGISTRY_YAML, 'utf8')) as {
      entries: { id: string; history?: { source?: { url?: string; read?: string } }[] }[];
    };
    const missing: string[] = [];
    for (const e of data.entries) {
      if (!e.history || e.history.length === 0) missing.push(`${e.id}: no history`);
      for (const [i, p] of (e.history ?? []).entries()) {
        if (!p.source?.url || !/^(https?:\/\/|file:)\S+$/.test(p.source.url))
          missing.push(`${e.id}/history/${i}: no source address`);
        if (!p.source?.read || !ISO.test(String(p.source.read)))
          missing.push(`${e.id}/history/${i}: no date read`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the schema rejects a period without a source address or a date read', () => {
    const base = `version: t\nsource: t\nentries:\n  - id: a\n    name: { ru: A, en: A }\n    aliases: [Aaa]\n    domains: []\n    history:\n      - kind: domestic\n`;
    const noUrl = parseRegistry(`${base}        source: { title: T, read: 2026-01-01 }\n`);
    expect(noUrl.registry).toBeUndefined();
    expect(noUrl.diagnostics.map((d) => d.pointer)).toContain('/entries/0/history/0/source');
    const noRead = parseRegistry(`${base}        source: { title: T, url: "https://example.org/x" }\n`);
    expect(noRead.registry).toBeUndefined();
    const ok = parseRegistry(
      `${base}        source: { title: T, url: "https://example.org/x", read: 2026-01-01 }\n`,
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.registry?.entries[0]?.status).toBe('allowed');
  });

  it('records the newest entry date', () => {
    expect(defaultRegistry().newestEntry).toMatch(ISO);
    expect(defaultRegistry().newestEntry! >= '2026-02-10').toBe(true);
  });
});

describe('dated registry: status as of a date', () => {
  const reg = defaultRegistry();
  const on = (date: string, id: string) => registryAsOf(reg, date).entries.find((e) => e.id === id)!;

  it('the RKN list takes effect on 2023-03-01, not before', () => {
    for (const id of [
      'whatsapp',
      'telegram',
      'viber',
      'discord',
      'skype',
      'ms-teams',
      'wechat',
      'snapchat',
      'threema',
    ]) {
      expect(on('2023-02-28', id).status, id).toBe('unknown');
      expect(on('2023-03-01', id).status, id).toBe('prohibited');
      expect(on('2023-03-01', id).basis?.kind, id).toBe('rkn-list');
      expect(on('2023-03-01', id).basis?.from, id).toBe('2023-03-01');
    }
  });

  it('blocking changes no status by itself: Signal stays unknown, FaceTime is recognised', () => {
    expect(on('2026-11-30', 'signal').status).toBe('unknown');
    expect(on('2026-11-30', 'facetime').status).toBe('unknown');
    expect(on('2026-11-30', 'whatsapp').basis?.kind).toBe('rkn-list');
  });

  it('Sferum in MAX is the educational platform from 2025-09-15', () => {
    expect(on('2025-09-14', 'sferum-max').status).toBe('allowed');
    expect(on('2025-09-15', 'sferum-max').status).toBe('educational');
    expect(on('2024-01-01', 'sferum-max').status).toBe('unknown');
  });

  it('an edition keeps only its own platforms educational', () => {
    const v = registryAsOf(reg, '2026-11-30', ['sferum', 'vk-messenger-edu']);
    expect(v.entries.find((e) => e.id === 'sferum-max')?.status).toBe('allowed');
    expect(v.entries.find((e) => e.id === 'sferum')?.status).toBe('educational');
    expect(v.entries.find((e) => e.id === 'whatsapp')?.status).toBe('prohibited');
  });

  it('views are cached per registry, date and edition', () => {
    expect(registryAsOf(reg, '2026-11-30')).toBe(registryAsOf(reg, '2026-11-30'));
    expect(registryAsOf(reg, '2026-11-30')).not.toBe(registryAsOf(reg, '2026-11-29'));
  });

  it('an overlay period of a region wins while in force and keeps the federal history', () => {
    const { registry: overlay, diagnostics } = parseRegistry(`version: region-54
source: НСО
entries:
  - id: zoom
    name: { ru: Zoom, en: Zoom }
    aliases: [Zoom, Зум]
    domains: [zoom.us]
    history:
      - kind: region
        status: prohibited
        from: 2026-01-01
        source: { title: Приказ региона, url: "file:region/order.pdf", read: 2026-02-01 }
`);
    expect(diagnostics).toEqual([]);
    const composed = extendRegistry(reg, overlay!);
    const zoom = (d: string) => registryAsOf(composed, d).entries.find((e) => e.id === 'zoom')!;
    expect(zoom('2025-12-31').status).toBe('unknown');
    expect(zoom('2026-01-01').status).toBe('prohibited');
    expect(zoom('2026-01-01').basis?.kind).toBe('region');
    expect(zoom('2026-01-01').history!.length).toBe(2);
  });

  it('an overlay in the old undated format still loads, with a warning', () => {
    const { registry, diagnostics } = parseRegistry(`version: old
source: old
entries:
  - id: zoom
    name: { ru: Zoom, en: Zoom }
    aliases: [Zoom]
    domains: [zoom.us]
    status: prohibited
`);
    expect(registry).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['REGISTRY_LEGACY_FORMAT', 'warning']]);
    const composed = extendRegistry(reg, registry!);
    expect(registryAsOf(composed, '2022-01-01').entries.find((e) => e.id === 'zoom')?.status).toBe(
      'prohibited',
    );
  });

  it('«Сферум» next to MAX or a max.ru link means Sferum in MAX', () => {
    const v = registryAsOf(reg, '2026-11-30');
    expect(normalizePlatform('MAX (Сферум)', undefined, v).entry?.id).toBe('sferum-max');
    expect(normalizePlatform('Сферум', 'https://max.ru/join/abc', v).entry?.id).toBe('sferum-max');
    expect(normalizePlatform('Сферум в MAX', undefined, v).entry?.id).toBe('sferum-max');
    expect(normalizePlatform('MAX', 'https://max.ru/join/abc', v).entry?.id).toBe('max');
    // A prohibited service decides alone.
    expect(normalizePlatform('Сферум, MAX, WhatsApp', undefined, v).entry?.id).toBe('whatsapp');
  });
});
