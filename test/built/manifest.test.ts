/** publint-style checks of package.json against what the build wrote. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { distDir, readPackageJson, repoRoot, requireDist, run } from '../package/helpers.js';

const pkg = readPackageJson();
const strip = (p: string): string => p.replace(/^\.\//, '');

/** Every condition object in the exports map, with its path (e.g. `./node > import`). */
function conditionObjects(): { at: string; keys: string[]; value: Record<string, unknown> }[] {
  const out: { at: string; keys: string[]; value: Record<string, unknown> }[] = [];
  const walk = (v: unknown, at: string): void => {
    if (!v || typeof v !== 'object') return;
    const obj = v as Record<string, unknown>;
    if (!Object.keys(obj).some((k) => k.startsWith('.')))
      out.push({ at, keys: Object.keys(obj), value: obj });
    for (const [k, child] of Object.entries(obj)) walk(child, at ? `${at} > ${k}` : k);
  };
  walk(pkg.exports, '');
  return out;
}

/** Every file path the manifest points at (wildcard subpaths separately). */
function manifestTargets(): { exact: string[]; patterns: string[] } {
  const exact: string[] = [];
  const patterns: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') (v.includes('*') ? patterns : exact).push(strip(v));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(pkg.exports);
  for (const p of [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})])
    if (p) exact.push(strip(p));
  return { exact: [...new Set(exact)], patterns };
}

let packedFiles: { path: string; mode: number }[];

beforeAll(() => {
  requireDist();
  const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoRoot,
    timeout: 60_000,
  });
  if (r.code !== 0) throw new Error(`npm pack --dry-run failed:\n${r.stderr}`);
  packedFiles = (JSON.parse(r.stdout) as { files: { path: string; mode: number }[] }[])[0]!.files;
});

describe('exports map', () => {
  it('puts "types" first and "default" last in every condition object', () => {
    const objects = conditionObjects();
    expect(objects.length).toBeGreaterThanOrEqual(4);
    for (const { at, keys } of objects) {
      if (keys.includes('types')) expect(keys[0], at).toBe('types');
      if (keys.includes('default')) expect(keys[keys.length - 1], at).toBe('default');
    }
  });

  it('gives ESM conditions .js/.d.ts and CommonJS conditions .cjs/.d.cts (no masquerading types)', () => {
    expect(pkg.type).toBe('module');
    for (const { at, value } of conditionObjects()) {
      const types = value.types as string | undefined;
      const main = value.default as string | undefined;
      if (at.endsWith('> import')) {
        expect(types, at).toMatch(/\.d\.ts$/);
        expect(main, at).toMatch(/\.js$/);
      }
      if (at.endsWith('> require')) {
        expect(types, at).toMatch(/\.d\.cts$/);
        expect(main, at).toMatch(/\.cjs$/);
      }
    }
  });

  it('agrees with the legacy main/module/types fields', () => {
    const root = pkg.exports['.'] as {
      import: { types: string; default: string };
      require: { types: string; default: string };
    };
    expect(pkg.main).toBe(root.require.default);
    expect(pkg.module).toBe(root.import.default);
    expect(pkg.types).toBe(root.import.types);
  });

  it('points only at files that exist after the build', () => {
    const { exact, patterns } = manifestTargets();
    expect(exact.filter((p) => !existsSync(join(repoRoot, p)))).toEqual([]);
    for (const pattern of patterns) {
      const dir = join(repoRoot, pattern.slice(0, pattern.indexOf('*')));
      expect(existsSync(dir) && readdirSync(dir).length > 0, pattern).toBe(true);
    }
  });

  it('has every target covered by "files" and present in the packed file list', () => {
    const { exact, patterns } = manifestTargets();
    const files = pkg.files ?? [];
    const covered = (p: string): boolean =>
      p === 'package.json' ||
      files.some((f) => !f.startsWith('!') && (p === f || p.startsWith(`${f.replace(/\/$/, '')}/`)));
    expect([...exact, ...patterns].filter((p) => !covered(p))).toEqual([]);
    const packed = new Set(packedFiles.map((f) => f.path));
    expect(exact.filter((p) => !packed.has(p))).toEqual([]);
  });
});

describe('built files match their extension', () => {
  const built = readdirSync(distDir).filter((f) => /\.(c?js)$/.test(f));

  it.each(built)('%s', (file) => {
    const code = readFileSync(join(distDir, file), 'utf8');
    if (file.endsWith('.cjs')) {
      expect(code).toMatch(/\bexports\b|module\.exports/);
      expect(code).not.toMatch(/^export\s*\{/m);
      expect(code).not.toMatch(/^import\s[^(]/m);
    } else {
      expect(code).toMatch(/(^|[;})])(export|import)\s*[{*"]/m);
      // CommonJS code only inside esbuild's `__commonJS({"node_modules/…"(exports, module) {…}})`
      // wrappers of the dependencies bundled into a chunk (tsup.config.ts, BUNDLED).
      const wrapped = code.split(/__commonJS\(\{"node_modules\//);
      expect(wrapped[0]).not.toMatch(/\bmodule\.exports\s*=/);
    }
  });
});

describe('no stale build output', () => {
  // tsup no longer cleans dist/ itself (`npm run build` empties it first): after a bare `npx tsup`
  // old hashed chunks would stay behind and `files: ["dist"]` would ship them.
  it('every chunk in dist/ is imported by an entry', () => {
    const files = readdirSync(distDir);
    const entries = files
      .filter((f) => /^(index|node|cli)\.(c?js)$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'));
    const orphans = files
      .filter((f) => /^chunk-.*\.c?js$/.test(f))
      .filter((chunk) => !entries.some((code) => code.includes(`./${chunk}`)));
    expect(orphans).toEqual([]);
  });
});

describe('bin', () => {
  it.each(Object.entries(pkg.bin ?? {}))(
    '%s has a shebang and is executable, also in the tarball',
    (_name, file) => {
      const path = join(repoRoot, file);
      expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
      expect(statSync(path).mode & 0o111).not.toBe(0);
      const entry = packedFiles.find((f) => f.path === strip(file));
      expect(entry).toBeDefined();
      expect(entry!.mode & 0o111).not.toBe(0);
    },
  );
});

describe('engines, dependencies, browser field', () => {
  it('requires a Node that can require() an ES module (the CommonJS entries do)', () => {
    // Node 20.19 and 22.12 load ES modules from require() without a flag; 21 and 22.0–22.11 do not.
    expect(pkg.engines?.node).toBe('^20.19.0 || >=22.12.0');
  });

  it('every bare import in dist/ is a declared runtime dependency', () => {
    const builtins = new Set(builtinModules);
    const deps = new Set(Object.keys(pkg.dependencies ?? {}));
    const imported = new Set<string>();
    const bare = /["']((?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/[\w.-]+)*)["']/.source;
    // `(?<!['"])require`: the Ajv runtime bundled into a chunk keeps the text
    // `'require("ajv/dist/runtime/equal").default'` as a string (for Ajv's code generator).
    const importRe = new RegExp(
      `(?:\\bfrom[ \\t]*|\\bimport[ \\t]*\\([ \\t]*|(?<!['"])\\brequire[ \\t]*\\([ \\t]*|^import[ \\t]+)${bare}`,
      'gm',
    );
    for (const file of readdirSync(distDir).filter((f) => /\.(c?js)$/.test(f))) {
      const code = readFileSync(join(distDir, file), 'utf8');
      for (const m of code.matchAll(importRe)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || builtins.has(spec.split('/')[0]!)) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['csv-parse', 'picocolors']));
    expect([...imported].filter((d) => !deps.has(d)).sort()).toEqual([]);
    // A runtime dependency listed only in devDependencies would be missing for consumers.
    expect(Object.keys(pkg.devDependencies ?? {}).filter((d) => imported.has(d))).toEqual([]);
    // The other way round: a dependency bundled into dist/ (tsup.config.ts, BUNDLED) is no
    // longer loaded from node_modules, and declaring it would only make every consumer install it.
    expect([...deps].filter((d) => !imported.has(d)).sort()).toEqual([]);
  });

  /** Packages tsup.config.ts bundles into dist/ (BUNDLED there), with ajv standing for its runtime. */
  const BUNDLED_PACKAGES = [
    'yaml',
    'json-rules-engine',
    'jsonpath-plus',
    'ajv',
    '@noble/hashes',
    'date-fns',
    'commander',
  ];

  it('bundled dependencies are bundled: not imported from dist/, and no `Dynamic require` stub', () => {
    const code = readdirSync(distDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('\n');
    for (const dep of BUNDLED_PACKAGES)
      expect(code, dep).not.toMatch(new RegExp(`(?:from|import\\()\\s*["']${dep}(?:/|["'])`));
    // esbuild turns a bundled CommonJS `require('fs')` into a stub that throws in an ES module.
    expect(code).not.toContain('Dynamic require of');
  });

  it('every bundled package travels with its licence text (dist/THIRD-PARTY-LICENSES.txt)', () => {
    const notices = readFileSync(join(distDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const listed = [...notices.matchAll(/^((?:@[\w.-]+\/)?[\w.-]+)@(\d[^ ]*) — (\S+)$/gm)];
    const names = listed.map((m) => m[1]!);
    for (const dep of BUNDLED_PACKAGES) expect(names, dep).toContain(dep);
    // Each section carries the package's own licence text, not only its SPDX name.
    const sections = notices.split(/^-{72}$/m);
    expect(sections).toHaveLength(listed.length);
    for (const section of sections) expect(section).toMatch(/Permission|ISC License|Apache License/);
    for (const [, name, version] of listed) {
      const meta = JSON.parse(
        readFileSync(join(repoRoot, 'node_modules', name!, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(version, name).toBe(meta.version);
    }
    expect(readdirSync(distDir).filter((f) => f.startsWith('metafile'))).toEqual([]);
  });

  it('browser field: maps only modules dist/ really imports, to files that exist', () => {
    const browser = pkg.browser ?? {};
    expect(Object.keys(browser).length).toBeGreaterThan(0);
    const chunks = readdirSync(distDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'));
    const req = createRequire(join(repoRoot, 'package.json'));
    for (const [from, to] of Object.entries(browser)) {
      expect(
        chunks.some((c) => c.includes(`"${from}"`)),
        `${from} is imported by dist/`,
      ).toBe(true);
      expect(typeof to).toBe('string');
      expect(existsSync(req.resolve(to as string))).toBe(true);
    }
  });

  it('sideEffects: false holds (no module of src/ is imported for its side effects alone)', () => {
    expect(pkg.sideEffects).toBe(false);
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && /^\s*import\s*['"][^'"]+['"]/m.test(readFileSync(p, 'utf8')))
          offenders.push(p);
      }
    };
    walk(join(repoRoot, 'src'));
    expect(offenders).toEqual([]);
  });
});
