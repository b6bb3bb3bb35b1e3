import type { LineCounter, YAMLError } from 'yaml';
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import { diagnosticAt, quoteValue } from '../validate/diagnostic-at.js';

const YAML_MESSAGES_RU: Record<string, string> = {
  BAD_INDENT: 'неверный отступ',
  BAD_SCALAR_START: 'значение не может начинаться с этого символа; заключите его в кавычки',
  BLOCK_AS_IMPLICIT_KEY: 'вложенная структура на месте ключа; проверьте двоеточия и отступы',
  BLOCK_IN_FLOW: 'блочная запись внутри [ ] или { }',
  KEY_OVER_1024_CHARS: 'ключ длиннее 1024 символов',
  MISSING_CHAR: 'не хватает символа (закрывающей кавычки или скобки)',
  MULTILINE_IMPLICIT_KEY: 'ключ занимает несколько строк; проверьте двоеточие и отступы',
  MULTIPLE_DOCS: 'в файле несколько документов YAML (разделитель ---), а нужен один',
  TAB_AS_INDENT: 'табуляция в отступе; используйте пробелы',
  UNEXPECTED_TOKEN: 'неожиданный символ',
  BAD_ALIAS: 'ссылка на несуществующий якорь',
  TAG_RESOLVE_FAILED: 'неизвестный тег YAML; значение прочитано как строка',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
  DUPLICATE_KEY: 'повторяющийся ключ',
};

export interface YamlProblemContext {
  /** The parsed text: a repeated key is quoted from it. */
  text: string;
  lineCounter: LineCounter;
  file?: string;
  /** A JSON file's syntax errors are `JSON_SYNTAX` and say JSON. */
  format?: 'yaml' | 'json';
  /** Names the document at the head of each message: «Реестр мессенджеров: …». */
  subject?: Localized;
}

/**
 * One error or warning of the `yaml` parser as a positioned diagnostic, in Russian (by the
 * parser's error code) and English: `YAML_DUPLICATE_KEY` naming the key, else `YAML_SYNTAX`
 * (`JSON_SYNTAX` for a JSON file). Every YAML reader (school, config, waivers, rule packs,
 * registry) reports syntax through here. Parse with `prettyErrors: false`: positions come from
 * the line counter, and a pretty error copies the whole source line.
 */
export function yamlProblem(
  e: Pick<YAMLError, 'code' | 'message' | 'pos'>,
  ctx: YamlProblemContext,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  const { text, file, format = 'yaml' } = ctx;
  const en = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code;
  const { line, col: column } = ctx.lineCounter.linePos(e.pos[0]);
  const head = (m: Localized): Localized =>
    ctx.subject ? { ru: `${ctx.subject.ru}: ${m.ru}`, en: `${ctx.subject.en}: ${m.en}` } : m;
  if (e.code === 'DUPLICATE_KEY') {
    const key = quoteValue(
      /^["']?([^"':\n]*)/.exec(text.slice(e.pos[0], e.pos[0] + 1100))?.[1]?.trim() ?? '',
    );
    return diagnosticAt(
      'YAML_DUPLICATE_KEY',
      head({ ru: `ключ «${key}» повторяется`, en: `the key "${key}" is repeated` }),
      { file, line, column },
      {
        hint: {
          ru: 'оставьте одно значение: второе молча заменило бы первое',
          en: 'keep one value: the second would silently replace the first',
        },
        severity,
      },
    );
  }
  const ru = /flow sequence/i.test(en)
    ? 'список в [ ] не закрыт скобкой «]» или сдвинут влево'
    : /flow map/i.test(en)
      ? 'запись в { } не закрыта скобкой «}» или сдвинута влево'
      : (YAML_MESSAGES_RU[e.code] ?? en);
  const label = format === 'json' ? 'JSON' : 'YAML';
  return diagnosticAt(
    format === 'json' && severity === 'error' ? 'JSON_SYNTAX' : 'YAML_SYNTAX',
    head({ ru: `ошибка синтаксиса ${label}: ${ru}`, en: `${label} syntax error: ${en}` }),
    { file, line, column },
    { severity },
  );
}
