#!/usr/bin/env node
// Writes etc/api-report.md: every name the two public entries export (src/index.ts →
// `sferum-compliance`, src/node.ts → `sferum-compliance/node`), with its kind and its shape as
// the compiler sees it — functions with their signatures, constants with their types, interfaces
// with their members, type aliases expanded. The report names no source file, so moving a module
// does not change it; changing what a consumer can import or call does, and
// test/package/api-doc.test.ts fails until the report is regenerated (`npm run gen:api`) and the
// change is reviewed in the diff.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

// Loaded with require: an ESM import of TypeScript's 9 MB CommonJS bundle first scans it for its
// export names (cjs-module-lexer), ~0.7 CPU-s on top of the ~0.3 s the load itself costs.
const ts = createRequire(import.meta.url)('typescript');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const API_REPORT = join(ROOT, 'etc', 'api-report.md');
const ENTRIES = { core: join(ROOT, 'src', 'index.ts'), node: join(ROOT, 'src', 'node.ts') };

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/**
 * The exports of both entries: `{ core, node }`, each a sorted list of
 * `{ name, kind: 'function' | 'class' | 'const' | 'interface' | 'type', value: boolean, lines }`.
 * `node` lists only what the node entry adds to the core.
 */
export function collectApi() {
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  };
  // Comments in .ts and .d.ts files carry no types: parsing their JSDoc (the lib and @types/node
  // are full of it) was about an eighth of building the program and changed nothing in the report.
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeInfo;
  const program = ts.createProgram({ rootNames: Object.values(ENTRIES), options, host });
  const checker = program.getTypeChecker();
  const exportsOf = (file) => {
    const source = program.getSourceFile(file);
    return checker
      .getExportsOfModule(checker.getSymbolAtLocation(source))
      .map((s) => describe(checker, s, source));
  };
  const core = exportsOf(ENTRIES.core).sort(byName);
  const coreNames = new Set(core.map((e) => e.name));
  const node = exportsOf(ENTRIES.node)
    .filter((e) => !coreNames.has(e.name))
    .sort(byName);
  return { core, node };
}

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function describe(checker, exported, at) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.name;
  const f = symbol.flags;
  const p = printer(checker, at);
  if (f & ts.SymbolFlags.Class) {
    const classType = checker.getTypeOfSymbolAtLocation(symbol, at);
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    const lines = [`class ${name} {`];
    for (const sig of classType.getConstructSignatures()) lines.push(`  constructor${p.params(sig)};`);
    for (const member of checker.getPropertiesOfType(instance)) {
      if (member.name.startsWith('#') || isPrivate(member)) continue;
      lines.push(`  ${p.member(member)}`);
    }
    lines.push('}');
    return { name, kind: 'class', value: true, lines };
  }
  if (f & ts.SymbolFlags.Function) {
    const signatures = checker.getTypeOfSymbolAtLocation(symbol, at).getCallSignatures();
    return {
      name,
      kind: 'function',
      value: true,
      lines: signatures.map((s) => `function ${name}${p.signature(s)};`),
    };
  }
  if (f & ts.SymbolFlags.Variable) {
    return {
      name,
      kind: 'const',
      value: true,
      lines: [`const ${name}: ${p.type(checker.getTypeOfSymbolAtLocation(symbol, at))};`],
    };
  }
  if (f & ts.SymbolFlags.Interface) {
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    const lines = [`interface ${name}${p.typeParams(declared.typeParameters)} {`];
    for (const sig of declared.getCallSignatures()) lines.push(`  ${p.signature(sig)};`);
    for (const info of checker.getIndexInfosOfType(declared))
      lines.push(`  [key: ${p.type(info.keyType)}]: ${p.type(info.type)};`);
    for (const member of checker.getPropertiesOfType(declared)) lines.push(`  ${p.member(member)}`);
    lines.push('}');
    return { name, kind: 'interface', value: false, lines };
  }
  if (f & ts.SymbolFlags.TypeAlias) {
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    const params = p.typeParams(
      symbol.declarations?.[0]?.typeParameters?.map((d) => checker.getTypeAtLocation(d)),
    );
    return {
      name,
      kind: 'type',
      value: false,
      lines: [`type ${name}${params} = ${p.type(declared, true)};`],
    };
  }
  return {
    name,
    kind: 'other',
    value: Boolean(f & ts.SymbolFlags.Value),
    lines: [`${name}: ${ts.SymbolFlags[f] ?? f}`],
  };
}

function isPrivate(member) {
  return (member.declarations ?? []).some((d) => {
    const flags = ts.getCombinedModifierFlags(d);
    return (flags & ts.ModifierFlags.Private) !== 0 || (flags & ts.ModifierFlags.Protected) !== 0;
  });
}

/**
 * Prints types without the compiler's incidental choices: no `import("…/path")` qualifiers and
 * unions in a sorted order (the compiler orders them by when it first met each member, which
 * moves when files move).
 */
function printer(checker, at) {
  const raw = (t, flags = 0) =>
    checker.typeToString(t, at, FLAGS | flags).replace(/import\("[^"]*"\)\./g, '');
  const type = (t, expandAlias = false) => {
    if (t.isUnion() && (expandAlias || !t.aliasSymbol)) {
      // A function type inside a union needs its parentheses: `((x) => void) | undefined`.
      const parts = t.types.map((m) => type(m)).map((x) => (/^(<[^>]*>)?\(.*\) => /.test(x) ? `(${x})` : x));
      const bools = parts.filter((x) => x === 'true' || x === 'false');
      const rest = parts.filter((x) => x !== 'true' && x !== 'false');
      if (bools.length === 2) rest.push('boolean');
      else rest.push(...bools);
      return [...new Set(rest)].sort().join(' | ');
    }
    return raw(t, expandAlias ? ts.TypeFormatFlags.InTypeAlias : 0);
  };
  const typeParams = (list) =>
    list?.length
      ? `<${list
          .map((tp) => {
            const c = tp.getConstraint?.();
            return c ? `${raw(tp)} extends ${type(c)}` : raw(tp);
          })
          .join(', ')}>`
      : '';
  const param = (s) => {
    const decl = s.valueDeclaration;
    const isParam = decl && ts.isParameter(decl);
    const optional = isParam && (decl.questionToken || decl.initializer) ? '?' : '';
    const rest = isParam && decl.dotDotDotToken ? '...' : '';
    return `${rest}${s.name}${optional}: ${type(checker.getTypeOfSymbolAtLocation(s, at))}`;
  };
  const params = (sig) => `${typeParams(sig.typeParameters)}(${sig.getParameters().map(param).join(', ')})`;
  const signature = (sig) => `${params(sig)}: ${type(sig.getReturnType())}`;
  const member = (m) => {
    const optional = m.flags & ts.SymbolFlags.Optional ? '?' : '';
    const readonly = (m.declarations ?? []).some(
      (d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly,
    )
      ? 'readonly '
      : '';
    const t = checker.getTypeOfSymbolAtLocation(m, at);
    if (m.flags & ts.SymbolFlags.Method) {
      return t
        .getCallSignatures()
        .map((s) => `${m.name}${optional}${signature(s)};`)
        .join(' ');
    }
    return `${readonly}${m.name}${optional}: ${type(t)};`;
  };
  return { type, typeParams, params, signature, member };
}

/** etc/api-report.md for the result of collectApi(). */
export function renderApiReport(api) {
  const section = (title, entries) => [
    `## ${title}`,
    '',
    `${entries.filter((e) => e.value).length} values, ${entries.filter((e) => !e.value).length} types.`,
    '',
    '```ts',
    ...entries.flatMap((e) => e.lines),
    '```',
    '',
  ];
  return [
    '# API report / Отчёт о публичном API',
    '',
    'Сгенерировано `scripts/gen-api-report.mjs` из `src/index.ts` и `src/node.ts`; не редактируйте вручную:',
    '`npm run gen:api`. Изменение этого файла в коммите — изменение публичного API: его надо просмотреть',
    'и отразить в [docs/api.md](../docs/api.md). *Generated; a change here is a change of the public API.*',
    '',
    ...section('`sferum-compliance`', api.core),
    ...section('`sferum-compliance/node` (in addition to the core)', api.node),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(API_REPORT, renderApiReport(collectApi()));
  console.log(`wrote ${API_REPORT}`);
}
