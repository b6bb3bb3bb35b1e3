import { escapeTerminal } from './escape-terminal.js';
import type { Diagnostic } from './diagnostic.js';
import type { Language } from '../model/vocabulary.js';

const WORDS = {
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'сведения', hint: 'подсказка' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
} as const;

/**
 * One diagnostic as compilers print them, so editors can jump to the place:
 * `file:line:col: ошибка CODE: message (pointer)` and, when there is a hint, `  подсказка: hint`.
 */
export function formatDiagnostic(d: Diagnostic, lang: Language): string {
  const words = WORDS[lang];
  let where = '';
  if (d.file !== undefined) {
    where = oneLine(d.file);
    if (d.line !== undefined) where += `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}`;
    where += ': ';
  }
  const pointer = d.pointer ? ` (${oneLine(d.pointer)})` : '';
  let out = `${where}${words[d.severity]} ${d.code}: ${oneLine(d.message[lang])}${pointer}`;
  if (d.hint) out += `\n  ${words.hint}: ${oneLine(d.hint[lang])}`;
  return out;
}

// Messages quote file names, keys and cells from the data: nothing in them may act on a terminal
// or start a line that looks like another diagnostic.
const oneLine = (text: string): string => escapeTerminal(text, { newlines: false });
