import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(repoRoot, 'dist');

export interface PackageJson {
  name: string;
  version: string;
  type?: string;
  main?: string;
  module?: string;
  types?: string;
  sideEffects?: boolean | string[];
  browser?: Record<string, string | false>;
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  files?: string[];
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
}

/** The built entries these tests load; `npm test` builds before vitest runs. */
export const DIST_ENTRIES = [
  'index.js',
  'index.cjs',
  'index.d.ts',
  'index.d.cts',
  'node.js',
  'node.cjs',
  'node.d.ts',
  'node.d.cts',
  'cli.js',
];

export function requireDist(): void {
  const missing = DIST_ENTRIES.filter((f) => !existsSync(join(distDir, f)));
  if (missing.length > 0) {
    throw new Error(
      `dist/ is incomplete (missing ${missing.join(', ')}): run \`npm run build\` first (npm test does).`,
    );
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * An environment without vitest's or npm's hooks (NODE_OPTIONS, loaders), so a child behaves
 * like a user's plain `node`. npm's own config variables are kept: they carry the cache location.
 */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (k === 'NODE_OPTIONS' || k.startsWith('VITEST') || k === 'NODE_V8_COVERAGE' || k === 'TEST') continue;
    // Under `npm test`, npm exports its run's context (npm_config_local_prefix=/work/main,
    // npm_package_*, npm_lifecycle_*); a child npm must find its own project, not this one.
    if (/^npm_/i.test(k) && !/^npm_config_/i.test(k)) continue;
    if (/^npm_config_local_prefix$/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    env: plainEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
    ...options,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** `node [flags] -e script` with a plain node: no vitest transform, no TypeScript. */
export function runNode(script: string, options: { module?: boolean; cwd?: string } = {}): Run {
  const flags = options.module ? ['--input-type=module'] : [];
  return run(process.execPath, [...flags, '-e', script], { cwd: options.cwd ?? repoRoot });
}

/** Parses the last stdout line as JSON, with the child's stderr in the error when it is not. */
export function lastJsonLine<T>(r: Run): T {
  const lines = r.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`child exited ${r.code}; no JSON on stdout.\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

/** A tiny but complete AuditInput: one parents' chat in WhatsApp, nothing else. */
export const TINY_INPUT = {
  school: {
    name: 'МБОУ СОШ № 1',
    region: 'Новосибирская область',
    municipality: 'г. Новосибирск',
    sferum: { registered: true },
  },
  classes: [],
  documents: [],
  admins: [],
  records: { chatStrategy: [], informationMaterials: [], controlReviews: [], statisticsReports: [] },
  attestations: [],
  people: [],
  channels: [{ id: 'ch-1', title: '5А родители', platform: 'ватсап', kind: 'chat', purpose: 'parents' }],
  exports: [],
};
export const TINY_AS_OF = '2026-01-15';

/**
 * Runs against a loaded module object (ESM namespace or CJS exports) inside a child process; its
 * source is inlined into `node -e`, so it must not close over anything.
 */
export const SMOKE_SOURCE = `async function smoke(m, input, asOf) {
  const registry = m.defaultRegistry();
  const report = await m.audit(input, { asOf });
  const json = m.formatReport(report, 'json');
  const parsed = JSON.parse(json);
  return {
    clauses: m.catalog().clauses.length,
    registryEntries: registry.entries.length,
    whatsapp: m.normalizePlatform('ватсап', undefined, registry).status,
    findings: report.findings.map((f) => f.ruleId),
    jsonSchemaVersion: parsed.schemaVersion,
    json,
  };
}`;
