/**
 * Editor completion offline, checked the way VS Code's YAML extension (yaml-language-server) does
 * it: the `# yaml-language-server: $schema=PATH` comment of school.yaml is resolved against the
 * file's folder, the schema is read from the installed package, and its `$ref`s to sibling
 * schemas are resolved against the schema file's own location. Each schema's `$id` is a relative
 * reference (its file name), so by RFC 3986 it resolves to wherever the file was read from: the
 * installed package, a checkout, a copy. No request leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { initTemplates } from '../../src/init/index.js';
import { repoRoot, runCli } from '../cli/run-cli.js';

let project: string;

beforeAll(() => {
  // A school's project with the package installed (linked, as `npm link` or a workspace would).
  project = mkdtempSync(join(tmpdir(), 'sferum-editor-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(repoRoot, join(project, 'node_modules', 'sferum-compliance'), 'dir');
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The modeline as yaml-language-server reads it: a comment `# yaml-language-server: $schema=…`. */
function modelineSchema(yaml: string): string | undefined {
  for (const line of yaml.split('\n')) {
    const m = /^\s*#\s*yaml-language-server\s*:\s*\$schema=(\S+)\s*$/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** Reads a schema the way an editor retrieves it: its base URI is where it was read from. */
function retrieve(url: string): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
  const id = typeof schema.$id === 'string' ? new URL(schema.$id, url).href : url;
  return { ...schema, $id: id };
}

/** Compiles the schema at `url`, loading each referenced schema file on demand (offline). */
async function editorValidator(url: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, loadSchema: async (uri) => retrieve(uri) });
  addFormats(ajv);
  return ajv.compileAsync(retrieve(url));
}

/** Validates a YAML file as the editor would, from its modeline. */
async function validateInEditor(file: string): Promise<{ schemaFile: string; errors: string[] }> {
  const text = readFileSync(file, 'utf8');
  const schemaPath = modelineSchema(text);
  if (!schemaPath) throw new Error(`${file} has no yaml-language-server modeline`);
  const schemaFile = resolve(dirname(file), schemaPath);
  const validate = await editorValidator(pathToFileURL(schemaFile).href);
  const ok = validate(parseYaml(text));
  return {
    schemaFile,
    errors: ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`),
  };
}

describe('schemas: offline $ids', () => {
  const schemaFiles = readdirSync(join(repoRoot, 'schemas')).filter((f) => f.endsWith('.schema.json'));

  it.each(schemaFiles)('%s: its $id resolves to the file itself, wherever it is read from', (name) => {
    const installed = pathToFileURL(join(project, 'node_modules/sferum-compliance/schemas', name)).href;
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as { $id: string };
    expect(schema.$id).toBe(name);
    expect(new URL(schema.$id, installed).href).toBe(installed);
  });

  it.each(schemaFiles)('%s compiles from the installed package with its references', async (name) => {
    const url = pathToFileURL(join(project, 'node_modules/sferum-compliance/schemas', name)).href;
    await expect(editorValidator(url)).resolves.toBeTypeOf('function');
  });
});

describe('init templates in the editor', () => {
  it('school.yaml starts with the modeline pointing at the installed schema', () => {
    const yaml = initTemplates().find((t) => t.path === 'school.yaml')!.content;
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/sferum-compliance/schemas/school.schema.json',
    );
  });

  it('the untouched template validates against the schema the modeline names (project root)', async () => {
    for (const t of initTemplates()) writeFileSync(join(project, t.path), t.content);
    const { schemaFile, errors } = await validateInEditor(join(project, 'school.yaml'));
    expect(schemaFile).toBe(join(project, 'node_modules/sferum-compliance/schemas/school.schema.json'));
    expect(errors).toEqual([]);
  });

  it('the check can fail: a broken school file is reported', async () => {
    const yaml = initTemplates().find((t) => t.path === 'school.yaml')!.content;
    const broken = join(project, 'broken.yaml');
    writeFileSync(
      broken,
      yaml.replace(/^schemaVersion: 1$/m, 'schemaVersion: 2').replace(/^ {2}region: .*$/m, ''),
    );
    const { errors } = await validateInEditor(broken);
    expect(errors.join('\n')).toMatch(/\/schemaVersion/);
    expect(errors.join('\n')).toMatch(/region/);
  });

  it('`init DIR` in a subfolder points the modeline up to the project node_modules', async () => {
    const r = await runCli(['init', 'школа-1'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    const file = join(project, 'школа-1', 'school.yaml');
    expect(modelineSchema(readFileSync(file, 'utf8'))).toBe(
      '../node_modules/sferum-compliance/schemas/school.schema.json',
    );
    expect((await validateInEditor(file)).errors).toEqual([]);
  });
});
