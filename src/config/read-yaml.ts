import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH } from '../load/file-reader.js';
import { yamlToValue } from '../load/yaml-to-value.js';
import { yamlPosition } from '../load/yaml-position.js';
import { yamlProblem } from '../load/yaml-problem.js';
import { append } from '../util/append.js';

/** A parsed small YAML/JSON document (config, waivers) that can point back into its text. */
export interface PositionedYaml {
  value: unknown;
  diagnostics: Diagnostic[];
  /** 1-based line and column of the value at a JSON Pointer, or of its nearest existing parent. */
  locate(pointer: string): { line: number; column: number } | undefined;
  /** Like `locate`, but of the key that names the value (where an unknown key is reported). */
  locateKey(pointer: string): { line: number; column: number } | undefined;
}

/**
 * Parses YAML (JSON is YAML) for the small files this module owns. Syntax problems become
 * `YAML_SYNTAX` diagnostics with positions; duplicate keys are errors; values are converted by
 * the loader's safe converter (forbidden keys, alias and depth limits).
 */
export function readYaml(text: string, file: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const diagnostics: Diagnostic[] = doc.errors.map((e) =>
    yamlProblem(e, { text: source, lineCounter, file }),
  );
  let value: unknown;
  if (diagnostics.length === 0) {
    // The loader's converter: refuses prototype-polluting keys, caps aliases and nesting.
    const converted = yamlToValue(doc, {
      file,
      lineCounter,
      maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
      maxDepth: DEFAULT_MAX_DEPTH,
    });
    append(diagnostics, converted.diagnostics);
    value = converted.value;
  }
  return {
    value,
    diagnostics,
    locate: (pointer) => yamlPosition(doc, lineCounter, pointer),
    locateKey: (pointer) => yamlPosition(doc, lineCounter, pointer, { key: true }),
  };
}
