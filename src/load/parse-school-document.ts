import { isAlias, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { getValidators } from '../validate/ajv-instance.js';
import { diagnosticAt } from '../validate/diagnostic-at.js';
import { parsePointer } from '../diagnostics/json-pointer.js';
import { decodeText } from './decode-text.js';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH, type ParseResult } from './file-reader.js';
import { findJsonError } from './find-json-error.js';
import { LineIndex } from './line-index.js';
import { indexJson, isPlainJson, type JsonNode } from './scan-json.js';
import { yamlProblem } from './yaml-problem.js';
import { yamlToValue } from './yaml-to-value.js';
import { findYamlNode, yamlPosition } from './yaml-position.js';
import { append } from '../util/append.js';

export interface ParseSchoolOptions {
  maxAliasCount?: number;
  maxDepth?: number;
  /** Overrides detection by extension and content. */
  format?: 'yaml' | 'json';
}

export interface SchoolDocumentParse extends ParseResult<unknown> {
  /** Place of the key holding the value at a pointer (for unknown keys); the value's place otherwise. */
  locateKey: (pointer: string) => SourceLocation | undefined;
  format: 'yaml' | 'json';
}

function detectFormat(text: string, file: string): 'yaml' | 'json' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/**
 * Parses the school file (YAML or JSON) into plain data with positions. Numbers and booleans
 * written where the schema expects text (`class: 11`, `number: 5`) are read as the text exactly
 * as written (`"11"`, `"5"`; `1.10` stays `"1.10"`).
 */
export function parseSchoolDocument(
  input: string | Uint8Array,
  file: string,
  options: ParseSchoolOptions = {},
): SchoolDocumentParse {
  return parse(input, file, options, true).parsed;
}

/**
 * A parse, and whether the school schema accepted the value exactly as returned (the loader then
 * does not run the schema over it again, unless it changes the value).
 */
interface CheckedParse {
  parsed: SchoolDocumentParse;
  schemaValid: boolean;
}

/** The same parse as `parseSchoolDocument`, with whether the schema already accepted the value. */
export function parseSchoolDocumentChecked(
  input: string | Uint8Array,
  file: string,
  options: ParseSchoolOptions = {},
): CheckedParse {
  return parse(input, file, options, true);
}

/**
 * The same parse with JSON read through the YAML parser as before the JSON fast path (internal:
 * kept for the tests and the load bench, which compare the two).
 */
export function parseSchoolDocumentWithYaml(
  input: string | Uint8Array,
  file: string,
  options: ParseSchoolOptions = {},
): SchoolDocumentParse {
  return parse(input, file, options, false).parsed;
}

// long-function: the YAML path (limits, syntax, conversion, locators) shares the document and its line counter
function parse(
  input: string | Uint8Array,
  file: string,
  options: ParseSchoolOptions,
  fastJson: boolean,
): CheckedParse {
  const noLocation = (): undefined => undefined;
  const failed = (diagnostics: Diagnostic[], format: 'yaml' | 'json'): CheckedParse => ({
    parsed: { value: undefined, diagnostics, locate: noLocation, locateKey: noLocation, format },
    schemaValid: false,
  });

  let text: string;
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else {
    const decoded = decodeText(input);
    if (!decoded.ok) {
      return failed(
        [
          diagnosticAt(
            'ENCODING_INVALID',
            decoded.message,
            { file, line: decoded.line, column: decoded.column },
            {
              hint: { ru: 'сохраните файл в кодировке UTF-8', en: 'save the file as UTF-8' },
            },
          ),
        ],
        detectFormat('', file),
      );
    }
    text = decoded.text;
  }
  const format = options.format ?? detectFormat(text, file);
  const empty = (): CheckedParse =>
    failed(
      [
        diagnosticAt(
          'FILE_EMPTY',
          { ru: `файл «${file}» пуст`, en: `file "${file}" is empty` },
          { file },
          {
            hint: {
              ru: 'в файле школы должен быть хотя бы раздел school',
              en: 'the school file needs at least the school section',
            },
          },
        ),
      ],
      format,
    );
  if (text.trim() === '') return empty();

  const lineCounter = new LineCounter();
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const found = findJsonError(text);
      const offset = found?.offset ?? 0;
      const { line, column } = new LineIndex(text).position(offset);
      const fallback = error instanceof Error ? error.message : String(error);
      return failed(
        [
          diagnosticAt(
            'JSON_SYNTAX',
            {
              ru: `ошибка синтаксиса JSON: ${found?.message.ru ?? fallback}`,
              en: `JSON syntax error: ${found?.message.en ?? fallback}`,
            },
            { file, line, column },
          ),
        ],
        format,
      );
    }
    // Most school files are plain JSON: JSON.parse's value is then exactly what the YAML path
    // builds, ten times faster; positions are worked out only when first asked for. Anything the
    // YAML path would report (repeated or forbidden keys, deep nesting…) still goes that way.
    if (fastJson && isPlainJson(text, options.maxDepth ?? DEFAULT_MAX_DEPTH, value))
      return plainJson(text, value, file);
  }

  let doc: Document;
  try {
    // prettyErrors copies the whole source line into every error: 100 000 errors on one long
    // JSON line took minutes. Positions come from the line counter instead.
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      merge: false,
      version: '1.2',
    });
  } catch (error) {
    // The YAML composer recurses; absurd nesting overflows the stack before our depth check runs.
    const deep = error instanceof RangeError;
    return failed(
      [
        diagnosticAt(
          deep ? 'NESTING_TOO_DEEP' : 'YAML_SYNTAX',
          deep
            ? { ru: 'слишком глубокая вложенность', en: 'nesting is too deep' }
            : {
                ru: `не удалось разобрать файл: ${String(error)}`,
                en: `cannot parse the file: ${String(error)}`,
              },
          { file },
        ),
      ],
      format,
    );
  }

  const yamlContext = { text, lineCounter, file, format };
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => yamlProblem(e, yamlContext, 'error')),
    ...doc.warnings.map((e) => yamlProblem(e, yamlContext, 'warning')),
  ];
  if (doc.errors.length > 0) return failed(diagnostics, format);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return empty();

  const converted = yamlToValue(doc, {
    file,
    lineCounter,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  });
  append(diagnostics, converted.diagnostics);

  const locate = (pointer: string): SourceLocation | undefined => {
    const pos = yamlPosition(doc, lineCounter, pointer);
    return pos && { file, ...pos };
  };
  const locateKey = (pointer: string): SourceLocation | undefined => {
    const pos = yamlPosition(doc, lineCounter, pointer, { key: true });
    return pos && { file, ...pos };
  };

  const schemaValid =
    converted.value !== undefined &&
    coerceTextFields(converted.value, (pointer) => {
      let node = findYamlNode(doc, pointer).node;
      if (isAlias(node)) node = node.resolve(doc);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    });
  return { parsed: { value: converted.value, diagnostics, locate, locateKey, format }, schemaValid };
}

function plainJson(text: string, value: unknown, file: string): CheckedParse {
  let root: JsonNode | undefined;
  let lines: LineIndex | undefined;
  // Mirrors the YAML path's lookup: the deepest value the pointer reaches, and the key that led there.
  const find = (pointer: string): { node: JsonNode; keyStart?: number } => {
    root ??= indexJson(text);
    let node = root;
    let keyStart: number | undefined;
    for (const seg of parsePointer(pointer)) {
      if (node.entries) {
        const entry = node.entries.get(seg);
        if (!entry) break;
        keyStart = entry.keyStart;
        node = entry.node;
      } else if (node.items && /^\d+$/.test(seg) && node.items[Number(seg)] !== undefined) {
        node = node.items[Number(seg)] as JsonNode;
        keyStart = undefined;
      } else break;
    }
    return keyStart === undefined ? { node } : { node, keyStart };
  };
  const at = (offset: number): SourceLocation => {
    lines ??= new LineIndex(text);
    return { file, ...lines.position(offset) };
  };
  const locate = (pointer: string): SourceLocation | undefined => at(find(pointer).node.start);
  const locateKey = (pointer: string): SourceLocation | undefined => {
    const found = find(pointer);
    return at(found.keyStart ?? found.node.start);
  };
  const schemaValid = coerceTextFields(value, (pointer) => {
    const { node } = find(pointer);
    return node.entries || node.items ? undefined : text.slice(node.start, node.end);
  });
  return { parsed: { value, diagnostics: [], locate, locateKey, format: 'json' }, schemaValid };
}

/**
 * Replaces numbers and booleans the schema wants as text with their source text; true when the
 * schema accepted the value as it was (nothing replaced).
 */
function coerceTextFields(value: unknown, sourceOf: (pointer: string) => string | undefined): boolean {
  const { school } = getValidators();
  if (school(value)) return true;
  for (const e of school.errors ?? []) {
    if (e.keyword !== 'type' || (e.params as { type?: unknown }).type !== 'string') continue;
    if (typeof e.data !== 'number' && typeof e.data !== 'boolean') continue;
    const segments = parsePointer(e.instancePath);
    const last = segments.pop();
    if (last === undefined) continue;
    let container: unknown = value;
    for (const seg of segments) {
      container = Array.isArray(container)
        ? container[Number(seg)]
        : (container as Record<string, unknown>)?.[seg];
    }
    if (container === null || typeof container !== 'object') continue;
    const text = sourceOf(e.instancePath) ?? String(e.data);
    if (Array.isArray(container)) container[Number(last)] = text;
    else if (Object.hasOwn(container, last)) (container as Record<string, unknown>)[last] = text;
  }
  return false;
}
