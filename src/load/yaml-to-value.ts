import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt } from '../validate/diagnostic-at.js';
import { joinPointer } from '../diagnostics/json-pointer.js';

/** Keys that could reach Object.prototype through naive assignment; never allowed in input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ConvertOptions {
  file: string;
  lineCounter: LineCounter;
  maxAliasCount: number;
  maxDepth: number;
}

class Abort extends Error {}

/**
 * Converts a parsed YAML document to plain data ourselves rather than with `doc.toJS()`: we need
 * to refuse dangerous keys with their position, cap nesting depth, and count alias expansions
 * (a «billion laughs» document is stopped after `maxAliasCount` expansions, not after memory runs out).
 */
// long-function: the safe converter and its limits (aliases, depth, forbidden keys) share counters across the recursion
export function yamlToValue(
  doc: Document,
  options: ConvertOptions,
): { value: unknown; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let aliases = 0;
  let depthReported = false;
  const position = (node: { range?: [number, number, number] | null } | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = options.lineCounter.linePos(offset);
    return { file: options.file, line, column: col };
  };

  // long-function: one case per YAML node kind, sharing the alias counter and the pointer of the value
  const convert = (node: unknown, depth: number, pointer: string): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > options.maxAliasCount) {
        diagnostics.push(
          diagnosticAt(
            'YAML_ALIAS_LIMIT',
            {
              ru: `слишком много раскрытий ссылок YAML (*якорь): больше ${options.maxAliasCount}`,
              en: `too many YAML alias expansions (*anchor): more than ${options.maxAliasCount}`,
            },
            { location: position(node) },
            {
              hint: {
                ru: 'запишите значения явно, без якорей и ссылок; так защищаемся от «YAML-бомб»',
                en: 'write the values out instead of anchors and aliases; this guards against "YAML bombs"',
              },
            },
          ),
        );
        throw new Abort();
      }
      return convert(node.resolve(doc), depth, pointer);
    }
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === 'bigint' ? Number(v) : (v ?? null);
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > options.maxDepth) {
        if (!depthReported) {
          depthReported = true;
          diagnostics.push(
            diagnosticAt(
              'NESTING_TOO_DEEP',
              {
                ru: `слишком глубокая вложенность: больше ${options.maxDepth} уровней`,
                en: `nesting is too deep: more than ${options.maxDepth} levels`,
              },
              { pointer, location: position(node as Node) },
              {
                hint: {
                  ru: 'в файле школы нет таких глубоких структур; проверьте отступы',
                  en: 'the school file has no structures this deep; check the indentation',
                },
              },
            ),
          );
        }
        throw new Abort();
      }
      if (isSeq(node)) return node.items.map((item, i) => convert(item, depth + 1, joinPointer(pointer, i)));
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        let key: string;
        if (keyNode === null || keyNode === undefined) key = '';
        else if (isScalar(keyNode)) key = keyNode.value === null ? '' : String(keyNode.value);
        else {
          diagnostics.push(
            diagnosticAt(
              'YAML_SYNTAX',
              { ru: 'ключом может быть только простое значение', en: 'a key must be a plain value' },
              { location: position(keyNode as Node) },
            ),
          );
          continue;
        }
        if (FORBIDDEN_KEYS.has(key)) {
          diagnostics.push(
            diagnosticAt(
              'FORBIDDEN_KEY',
              {
                ru: `ключ «${key}» запрещён: такие ключи используют для атак на программы (prototype pollution)`,
                en: `the key "${key}" is forbidden: such keys are used to attack programs (prototype pollution)`,
              },
              { pointer: joinPointer(pointer, key), location: position(keyNode) },
              { hint: { ru: 'удалите этот ключ', en: 'remove this key' } },
            ),
          );
          // Not assigned: nothing is ever written through a forbidden key.
          continue;
        }
        out[key] = convert(pair.value, depth + 1, joinPointer(pointer, key));
      }
      return out;
    }
    return null;
  };

  try {
    return { value: convert(doc.contents, 1, ''), diagnostics };
  } catch (error) {
    if (error instanceof Abort) return { value: undefined, diagnostics };
    throw error;
  }
}
