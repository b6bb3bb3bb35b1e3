import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { ts } from '../typescript.js';

/**
 * The declared order of src/, bottom first: a folder may import only folders listed before it.
 * ARCHITECTURE.md shows the same list (a test compares them). `(entry)` stands for the files at
 * the top of src/ (index.ts, node.ts): the published entry points, which only the CLI imports.
 */
export const LAYERS = [
  'util',
  'model',
  'diagnostics',
  'privacy',
  'init',
  'validate',
  'load',
  'messengers',
  'editions',
  'evaluate',
  'normalize',
  'catalog',
  'config',
  'report',
  'findings',
  'waivers',
  'audit',
  'format',
  'attest',
  'region',
  'scan',
  'node',
  '(entry)',
  'cli',
] as const;

export interface ImportEdge {
  /** Importing file, relative to src/ with `/` separators. */
  file: string;
  from: string;
  to: string;
  specifier: string;
}

/** The folder a src-relative path belongs to: its first segment, or `(entry)` for a top-level file. */
export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length === 1 ? '(entry)' : parts[0]!;
}

/**
 * Folder-to-folder imports of a set of sources (`path relative to src/` → text). Specifiers come from
 * the TypeScript compiler's own scanner (`preProcessFile`): `import`, `import type`, `export … from`
 * and `import()` alike. Imports outside src/ (packages, schemas, package.json) are not edges.
 */
export function importEdges(sources: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [file, text] of sources) {
    for (const specifier of importedFiles(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target.startsWith('..')) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) edges.push({ file, from, to, specifier });
    }
  }
  return edges;
}

// Specifiers per source text: two tests scan all of src/ (2 MB with the generated files), the
// second with one file added; the scanner runs once per distinct text.
const specifiers = new Map<string, readonly string[]>();
function importedFiles(text: string): readonly string[] {
  let found = specifiers.get(text);
  if (!found) {
    found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    specifiers.set(text, found);
  }
  return found;
}

/** Folder cycles (strongly connected components of more than one folder), each sorted. */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
  }
  // Tarjan's algorithm; a few dozen folders, so recursion depth is no concern.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Everything wrong with a set of sources against a declared order; empty when it holds. */
export function checkImportOrder(sources: ReadonlyMap<string, string>, layers: readonly string[]): string[] {
  const problems: string[] = [];
  const rank = new Map(layers.map((name, i) => [name, i]));
  const folders = new Set([...sources.keys()].map(folderOf));
  for (const folder of [...folders].sort()) {
    if (!rank.has(folder)) problems.push(`folder ${folder}/ is not in the declared order`);
  }
  for (const name of layers) if (!folders.has(name)) problems.push(`declared folder ${name}/ does not exist`);
  const edges = importEdges(sources);
  for (const cycle of folderCycles(edges)) problems.push(`folder cycle: {${cycle.join(', ')}}`);
  for (const e of edges) {
    const from = rank.get(e.from);
    const to = rank.get(e.to);
    if (from === undefined || to === undefined) continue;
    if (to > from)
      problems.push(
        `${e.file} imports ${e.specifier}: ${e.from}/ may not import ${e.to}/ (declared above it)`,
      );
  }
  return problems;
}

/** The TypeScript sources under `dir`, keyed by their path relative to it. */
export function readSources(dir: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        sources.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return sources;
}
