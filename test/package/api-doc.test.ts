/**
 * docs/api.md must list every public name of both entries (and nothing else), in the right entry's
 * section, with the right kind. Its examples run against the built package in test/built/api-doc-examples.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_REPORT, collectApi, renderApiReport, type ApiEntry } from '../../scripts/gen-api-report.mjs';
import { repoRoot } from './helpers.js';

const DOC = join(repoRoot, 'docs/api.md');
const CORE_HEADING = '## Core: `sferum-compliance`';
const NODE_HEADING = '## Node: `sferum-compliance/node`';

interface DocItem {
  name: string;
  keyword: string | undefined;
  code: string;
  section: 'intro' | 'core' | 'node';
  line: number;
}

/** List items that define a name: ``- `[type|interface|class|const ]NAME…` — description``. */
function docItems(text: string): DocItem[] {
  const items: DocItem[] = [];
  let section: DocItem['section'] = 'intro';
  let inFence = false;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) return;
    if (line === CORE_HEADING) section = 'core';
    if (line === NODE_HEADING) section = 'node';
    const m = /^- `(?:(type|interface|class|const) )?([A-Za-z_$][\w$]*)([^`]*)` — .+$/.exec(line);
    if (m) items.push({ keyword: m[1], name: m[2]!, code: m[2]! + m[3]!, section, line: i + 1 });
    else if (/^- `/.test(line))
      items.push({ keyword: 'malformed', name: line, code: line, section, line: i + 1 });
  });
  return items;
}

let api: { core: ApiEntry[]; node: ApiEntry[] };
/** Every name an entry exports, types included, as the compiler sees it (node: core and its own). */
let names: { core: string[]; node: string[] };
let runtime: { core: Record<string, unknown>; node: Record<string, unknown> };
let doc: string;
let items: DocItem[];

beforeAll(async () => {
  api = collectApi();
  const core = api.core.map((e) => e.name);
  names = { core, node: [...core, ...api.node.map((e) => e.name)].sort() };
  runtime = { core: await import('../../src/index.js'), node: await import('../../src/node.js') };
  doc = readFileSync(DOC, 'utf8');
  items = docItems(doc);
}, 60_000);

describe('docs/api.md lists the public API', () => {
  it('the entries export what the doc is about (sanity)', () => {
    expect(names.core).toEqual(expect.arrayContaining(['audit', 'Report', 'AuditInput', 'formatReport']));
    expect(names.node).toEqual(expect.arrayContaining([...names.core, 'loadSchoolFile', 'auditFiles']));
  });

  it('every list item is well formed: `code` — description', () => {
    const bad = items.filter(
      (i) => i.keyword === 'malformed' || !doc.split('\n')[i.line - 1]!.includes('` — '),
    );
    expect(bad.map((i) => `docs/api.md:${i.line}`)).toEqual([]);
  });

  it('every core export is documented in the core section', () => {
    const documented = new Set(items.filter((i) => i.section === 'core').map((i) => i.name));
    expect(names.core.filter((n) => !documented.has(n))).toEqual([]);
  });

  it('every export only of sferum-compliance/node is documented in the node section', () => {
    const core = new Set(names.core);
    const documented = new Set(items.filter((i) => i.section === 'node').map((i) => i.name));
    expect(names.node.filter((n) => !core.has(n) && !documented.has(n))).toEqual([]);
  });

  it('documents no name the entries do not export, and each name once', () => {
    const all = new Set(names.node);
    expect(items.filter((i) => !all.has(i.name)).map((i) => `docs/api.md:${i.line} ${i.name}`)).toEqual([]);
    const seen = new Map<string, number>();
    for (const i of items) seen.set(i.name, (seen.get(i.name) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  it('documents each name in the section of the entry that exports it', () => {
    const core = new Set(names.core);
    const nodeOnly = new Set(api.node.map((e) => e.name));
    const misplaced = items.filter((i) =>
      i.section === 'core' ? !core.has(i.name) : i.section === 'node' ? !nodeOnly.has(i.name) : true,
    );
    expect(misplaced.map((i) => `docs/api.md:${i.line} ${i.name} (${i.section})`)).toEqual([]);
  });

  it('runtime and type exports agree: the values the compiler sees are exactly what each entry exports at run time', () => {
    expect(
      api.core
        .filter((e) => e.value)
        .map((e) => e.name)
        .sort(),
    ).toEqual(Object.keys(runtime.core).sort());
    expect(
      api.node
        .filter((e) => e.value)
        .map((e) => e.name)
        .sort(),
    ).toEqual(
      Object.keys(runtime.node)
        .filter((n) => !(n in runtime.core))
        .sort(),
    );
  });

  it('documents values as values and types as types, for every export', () => {
    const byName = new Map([...api.core, ...api.node].map((e) => [e.name, e]));
    const wrong = items.flatMap((i) => {
      const e = byName.get(i.name);
      if (!e) return [];
      const documentedAsType = i.keyword === 'type' || i.keyword === 'interface';
      return documentedAsType === e.value ? [`docs/api.md:${i.line} ${i.name} is a ${e.kind}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('gives each name its kind: functions with a signature, classes, constants, types', () => {
    const wrong: string[] = [];
    for (const item of items) {
      const value = runtime.node[item.name];
      const isValue = item.name in runtime.node;
      const isClass = typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
      const expected: (string | undefined)[] = !isValue
        ? ['type', 'interface']
        : isClass
          ? ['class']
          : typeof value === 'function'
            ? [undefined]
            : ['const'];
      if (!expected.includes(item.keyword))
        wrong.push(
          `docs/api.md:${item.line} ${item.name} is ${isClass ? 'a class' : isValue ? typeof value : 'a type'}`,
        );
      if (isValue && !isClass && typeof value === 'function' && !item.code.startsWith(`${item.name}(`))
        wrong.push(`docs/api.md:${item.line} ${item.name} has no signature`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('etc/api-report.md', () => {
  it('is current: a change of the public API is regenerated and reviewed (`npm run gen:api`)', () => {
    const onDisk = readFileSync(API_REPORT, 'utf8');
    expect(onDisk === renderApiReport(api), 'stale: run `npm run gen:api` and review the diff').toBe(true);
  });

  it('lists every export of both entries once, with its shape', () => {
    const report = renderApiReport(api);
    expect(api.core.length + api.node.length).toBe(names.node.length);
    for (const e of [...api.core, ...api.node]) {
      expect(e.kind, e.name).not.toBe('other');
      expect(report, e.name).toContain(e.lines[0]!);
    }
    expect(report).toMatch(
      /^function audit\(input: AuditInput, options\?: AuditOptions\): Promise<Report>;$/m,
    );
    expect(report).not.toContain('import(');
  });
});
