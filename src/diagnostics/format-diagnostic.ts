import type { Diagnostic } from './diagnostic.js';

const WORDS = {
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'сведения', hint: 'подсказка' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
} as const;

/**
 * One diagnostic as compilers print them, so editors can jump to the place:
 * `file:line:col: ошибка CODE: message (pointer)` and, when there is a hint, `  подсказка: hint`.
 */
export function formatDiagnostic(d: Diagnostic, lang: 'ru' | 'en'): string {
  const words = WORDS[lang];
  let where = '';
  if (d.file !== undefined) {
    where = d.file;
    if (d.line !== undefined) where += `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}`;
    where += ': ';
  }
  const pointer = d.pointer ? ` (${d.pointer})` : '';
  let out = `${where}${words[d.severity]} ${d.code}: ${d.message[lang]}${pointer}`;
  if (d.hint) out += `\n  ${words.hint}: ${d.hint[lang]}`;
  return out;
}
