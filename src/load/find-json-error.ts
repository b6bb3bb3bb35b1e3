import type { Localized } from '../diagnostics/diagnostic.js';

export interface JsonErrorAt {
  offset: number;
  message: Localized;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds the first JSON syntax error and its offset. JSON.parse in Node 20 does not always say
 * where it failed, and users need line:column. Iterative, so deep nesting cannot overflow.
 */
// long-function: one iterative scanner state machine; its states share the position and the container stack
export function findJsonError(text: string): JsonErrorAt | undefined {
  const stack: ('{' | '[')[] = [];
  type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  let expect = 'value' as Expect;
  let pos = 0;
  const fail = (ru: string, en: string, at = pos): JsonErrorAt => ({ offset: at, message: { ru, en } });
  const afterValue = (): void => {
    expect = stack.length > 0 ? 'commaOrEnd' : 'done';
  };
  const scanString = (): JsonErrorAt | undefined => {
    const start = pos;
    pos += 1;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos += 1;
        return undefined;
      }
      if (c < 0x20) return fail('управляющий символ внутри строки', 'control character in a string');
      if (c === 92) {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
            return fail('неверная последовательность \\u', 'invalid \\u escape');
          }
          pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e))
          return fail('неверная escape-последовательность', 'invalid escape sequence');
        pos += 2;
        continue;
      }
      pos += 1;
    }
    return fail('строка не закрыта кавычкой', 'unterminated string', start);
  };
  const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

  for (;;) {
    while (pos < text.length && isWs(text.charCodeAt(pos))) pos += 1;
    if (pos >= text.length) {
      return expect === 'done' ? undefined : fail('файл неожиданно закончился', 'unexpected end of the file');
    }
    const c = text[pos] as string;
    switch (expect) {
      case 'done':
        return fail(
          `лишний текст после конца документа: «${c}»`,
          `unexpected text after the end of the document: '${c}'`,
        );
      case 'colon':
        if (c !== ':')
          return fail(
            `ожидалось «:» после ключа, а встретилось «${c}»`,
            `expected ':' after the key, found '${c}'`,
          );
        pos += 1;
        expect = 'value';
        break;
      case 'key':
      case 'keyOrEnd':
        if (expect === 'keyOrEnd' && c === '}') {
          stack.pop();
          pos += 1;
          afterValue();
          break;
        }
        if (c !== '"') {
          return fail(
            `ожидался ключ в двойных кавычках, а встретилось «${c}»${c === '}' ? ' (лишняя запятая?)' : ''}`,
            `expected a double-quoted key, found '${c}'${c === '}' ? ' (trailing comma?)' : ''}`,
          );
        }
        {
          const err = scanString();
          if (err) return err;
        }
        expect = 'colon';
        break;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          pos += 1;
          expect = top === '{' ? 'key' : 'value';
        } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
          stack.pop();
          pos += 1;
          afterValue();
        } else {
          const close = top === '{' ? '}' : ']';
          return fail(
            `ожидалось «,» или «${close}», а встретилось «${c}»`,
            `expected ',' or '${close}', found '${c}'`,
          );
        }
        break;
      }
      case 'value':
      case 'valueOrEnd': {
        if (expect === 'valueOrEnd' && c === ']') {
          stack.pop();
          pos += 1;
          afterValue();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          pos += 1;
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        if (c === '"') {
          const err = scanString();
          if (err) return err;
          afterValue();
          break;
        }
        const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, pos));
        if (literal) {
          pos += literal.length;
          afterValue();
          break;
        }
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (m && m[0].length > 0) {
          pos += m[0].length;
          afterValue();
          break;
        }
        return fail(
          `ожидалось значение, а встретилось «${c}»${c === ']' ? ' (лишняя запятая?)' : ''}`,
          `expected a value, found '${c}'${c === ']' ? ' (trailing comma?)' : ''}`,
        );
      }
    }
  }
}
