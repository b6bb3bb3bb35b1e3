#!/usr/bin/env node
// Compiles every JSON Schema the tool validates with at run time — the input schemas (school,
// person, channel, file reference), the config, the waivers, the rule, the messenger registry and
// the editions schemas — with Ajv at build time: Ajv's standalone code → one `*.generated.ts` per
// folder that uses it (each folder imports only from below it), so no run loads Ajv's compiler or
// compiles a schema at start (~200 ms), and the web page needs no `'unsafe-eval'`. The Ajv options
// of each target are the ones its validators are specified with; the staleness test
// (test/validate/validators-generated.test.ts) regenerates every target and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ID = (name) => `${name}.schema.json`;
const load = (name) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
const ENGLISH_ANNOTATIONS = ['x-title-en', 'x-description-en'];

/** What each generated module holds: its schemas, the Ajv options they are specified with, the exported validators. */
export const TARGETS = [
  {
    output: 'src/validate/validators.generated.ts',
    // verbose: each error keeps its sub-schema, which lists known keys for suggestions.
    options: { allErrors: true, strict: true, verbose: true },
    formats: ['date'],
    annotations: true,
    schemas: ['common', 'person', 'channel', 'school'],
    exports: {
      school: ID('school'),
      person: ID('person'),
      channel: ID('channel'),
      fileReference: `${ID('common')}#/$defs/fileReference`,
    },
  },
  {
    output: 'src/config/config-validator.generated.ts',
    options: { allErrors: true, strict: false },
    schemas: ['config'],
    exports: { config: ID('config') },
  },
  {
    output: 'src/waivers/waivers-validators.generated.ts',
    options: { allErrors: true, strict: false },
    schemas: ['waivers'],
    // A list of waivers, and the `{ waivers: [...] }` form (the schema's second branch).
    exports: { waiverList: `${ID('waivers')}#/$defs/waiverList`, waiversFile: `${ID('waivers')}#/oneOf/1` },
  },
  {
    output: 'src/catalog/rule-validator.generated.ts',
    // verbose: errors carry `parentSchema`, which tells which condition shape reported them.
    options: { allErrors: true, strict: false, verbose: true },
    schemas: ['rule'],
    exports: { rule: ID('rule') },
  },
  {
    output: 'src/messengers/registry-validator.generated.ts',
    options: { allErrors: true, strict: true },
    annotations: true,
    schemas: ['messengers'],
    exports: { registry: ID('messengers') },
  },
  {
    // A saved report read back by `render` (parseReport).
    output: 'src/report/report-validator.generated.ts',
    options: { allErrors: true, strict: false },
    schemas: ['report'],
    exports: { report: ID('report') },
  },
  {
    output: 'src/editions/editions-validator.generated.ts',
    options: { allErrors: true, strict: true },
    annotations: true,
    schemas: ['editions'],
    exports: { editions: ID('editions') },
  },
];

/** The input schemas' module (kept for callers of the single-target API). */
export const OUTPUT = join(ROOT, TARGETS[0].output);

/** The generated module's text for one target. */
export function generateTarget(target) {
  const ajv = new Ajv2020({
    ...target.options,
    messages: true,
    code: { source: true, esm: true, lines: false },
  });
  if (target.formats) addFormats(ajv, target.formats);
  if (target.annotations)
    for (const keyword of ENGLISH_ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addSchema(target.schemas.map(load));
  let code = standaloneCode.default(ajv, target.exports);
  // Ajv's ESM output still `require`s its runtime helpers: turn them into imports.
  const imports = new Map();
  const name = (mod) => {
    if (!imports.has(mod)) imports.set(mod, `__runtime${imports.size}`);
    return imports.get(mod);
  };
  code = code.replace(/require\("([^"]+)"\)\.(\w+)/g, (_, mod, key) =>
    key === 'default' ? `__fn(${name(mod)})` : `__prop(${name(mod)}, ${JSON.stringify(key)})`,
  );
  if (/require\(/.test(code)) throw new Error('an Ajv runtime require of an unexpected shape');
  code = code.replace(/^"use strict";/, '');
  // Ajv appends a subschema's errors with `vErrors.concat(…)`, copying every error so far on each
  // item: quadratic for an array of 100 000 bad rows (minutes). Appending in place is linear.
  const concat =
    /vErrors = vErrors === null \? (\w+(?:\.validate)?)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const appends = concat.test(code);
  code = code.replace(concat, 'vErrors = __appendErrors(vErrors, $1.errors);');
  if (/vErrors\.concat/.test(code)) throw new Error('an Ajv error concat of an unexpected shape');
  const header = [
    `// GENERATED by scripts/gen-validators.mjs from schemas/{${target.schemas.join(',')}}.schema.json — do not edit; \`npm run gen\`.`,
    '// @ts-nocheck',
    ...[...imports].map(([mod, name]) => `import * as ${name} from '${mod}.js';`),
  ];
  if (imports.size > 0)
    header.push(
      '// CommonJS helpers imported as namespaces: Node puts module.exports under `default`, bundlers may not.',
      "const __fn = (ns) => (typeof ns.default === 'function' ? ns.default : ns.default.default);",
      'const __prop = (ns, key) => ns[key] ?? ns.default[key];',
    );
  if (appends)
    header.push(
      'const __appendErrors = (all, more) => { if (all === null) return more; for (const e of more) all.push(e); return all; };',
    );
  return `${header.join('\n')}\n${code}\n`;
}

/** The input schemas' module text. */
export function generateValidators() {
  return generateTarget(TARGETS[0]);
}

/** Every target: its absolute path and its text now. */
export function generateAll() {
  return TARGETS.map((t) => ({ path: join(ROOT, t.output), text: generateTarget(t) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { path, text } of generateAll()) {
    writeFileSync(path, text);
    console.log(`written ${path}`);
  }
}
