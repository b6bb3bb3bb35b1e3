import type { Command } from 'commander';

type Lang = 'ru' | 'en';

/** Commander's own English messages, said in Russian (ordered: the first pattern that matches wins). */
const RU: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'/, (o) => `ошибка: неизвестный параметр «${o}»`],
  [/^error: unknown command '([^']*)'/, (c) => `ошибка: неизвестная команда «${c}»`],
  [/^error: missing required argument '([^']*)'/, (a) => `ошибка: не указан обязательный аргумент «${a}»`],
  [/^error: option '([^']*)' argument missing/, (o) => `ошибка: у параметра «${o}» не указано значение`],
  [
    /^error: required option '([^']*)' not specified/,
    (o) => `ошибка: не указан обязательный параметр «${o}»`,
  ],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\./,
    (o, v) => `ошибка: недопустимое значение «${v}» параметра «${o}».`,
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./,
    (v, a) => `ошибка: недопустимое значение «${v}» аргумента «${a}».`,
  ],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `ошибка: слишком много аргументов${c ? ` для «${c}»` : ''}: ожидается ${e}, получено ${g}.`,
  ],
  [/^error: (.*) cannot be used with (.*)$/m, (a, b) => `ошибка: ${a} нельзя использовать вместе с ${b}`],
  [/\(Did you mean one of ([^?]*)\?\)/, (list) => `(возможно, имелось в виду одно из: ${list})`],
  [/\(Did you mean ([^?]*)\?\)/, (one) => `(возможно, имелось в виду ${one})`],
  [/^error:/, () => 'ошибка:'],
];

/** Commander's error text in the CLI's language; English is commander's own. */
export function translateCommanderMessage(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  let out = text;
  for (const [pattern, say] of RU) {
    out = out.replace(pattern, (...m: string[]) => say(...m.slice(1, -2).map((g) => g ?? '')));
  }
  return out;
}

const TITLES: Record<string, Record<Lang, string>> = {
  'Usage:': { ru: 'Использование:', en: 'Usage:' },
  'Arguments:': { ru: 'Аргументы:', en: 'Arguments:' },
  'Options:': { ru: 'Параметры:', en: 'Options:' },
  'Commands:': { ru: 'Команды:', en: 'Commands:' },
  'Global Options:': { ru: 'Общие параметры:', en: 'Global Options:' },
};

/**
 * Commander's help headings and error messages in the CLI's language (`--lang`, default ru).
 * Set on the program before commands are added: subcommands inherit both settings.
 */
export function localizeCommander(program: Command, lang: Lang, write: (s: string) => void): void {
  program.configureHelp({ styleTitle: (title: string) => TITLES[title]?.[lang] ?? title });
  program.configureOutput({ outputError: (str) => write(translateCommanderMessage(str, lang)) });
}
