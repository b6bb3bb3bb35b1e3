import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sferum-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the loaders run in a browser', () => {
  it('bundle for the browser without Node built-ins and load a school with no Buffer or process', async () => {
    const outfile = join(dir, 'core.js');
    // platform: 'browser' fails the build on any node: import reachable from these entries.
    await build({
      stdin: {
        contents:
          "export * from './src/load/index.ts'; export * from './src/validate/index.ts'; export * from './src/diagnostics/format-diagnostic.ts';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile,
      logLevel: 'silent',
    });
    const script = `
      delete globalThis.Buffer;
      globalThis.process = undefined;
      const m = await import(${JSON.stringify(outfile)});
      const cp1251 = new Uint8Array([0xc8,0xc4,0x3b,0xd0,0xee,0xeb,0xe8,0x3b,0xcf,0xf0,0xee,0xf4,0xe8,0xeb,0xfc,0x20,0xf1,0xee,0xe7,0xe4,0xe0,0xed,0x3b,0xd1,0xe2,0xff,0xe7,0xfc,0x20,0xf1,0x20,0xdd,0xd8,0x0a,0x74,0x3b,0xf3,0xf7,0xe8,0xf2,0xe5,0xeb,0xfc,0x3b,0xe4,0xe0,0x3b,0xe4,0xe0,0x0a]);
      const reader = m.createMemoryFileReader({ 's.yaml': 'school: {name: a, region: b, municipality: c}\\npeople: {file: p.csv}\\n', 'p.csv': cp1251 });
      const r = await m.loadSchool('s.yaml', reader);
      const v = m.validate({ school: { name: 'a', region: 'b', municipalty: 'c' } });
      console.log(JSON.stringify({ people: r.input.people, sha: r.input.sources.files[1].sha256.length, v: v.map((d) => m.formatDiagnostic(d, 'en')) }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      people: [{ id: 't', roles: ['teacher'], profile: { created: true }, eschool: { linked: true } }],
      sha: 64,
      v: [
        'error SCHEMA_VIOLATION: missing required property "municipality" (/school/municipality)\n  hint: add the property "municipality"',
        'error SCHEMA_VIOLATION: unknown key "municipalty"; did you mean "municipality"? (/school/municipalty)\n  hint: rename the key to "municipality"',
      ],
    });
  });
});
