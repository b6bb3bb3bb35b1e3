import { FORMAT_LABELS, KIND_LABELS } from './kind-labels.js';
import { summarizeScan } from './summarize-scan.js';
import { SCAN_KINDS, type ScanFinding, type ScanResult } from './types.js';

import type { Language as Lang } from '../model/vocabulary.js';

/** Control characters (terminal escapes, bidi tricks) are dropped from input text in every output. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ' ');
}

function md(s: string): string {
  return clean(s).replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

const T = {
  ru: {
    format: 'Формат',
    chats: 'Чатов',
    messages: 'сообщений',
    findings: 'Находок',
    personal: 'персональные данные',
    payment: 'платёжные данные',
    none: 'Персональных и платёжных данных не найдено.',
    kind: 'Вид',
    count: 'Кол-во',
    inMessages: 'Сообщений',
    inMessagesOf: (n: number) => `в ${n} сообщ.`,
    chat: 'Чат',
    message: 'Сообщение',
    date: 'Дата',
    author: 'Автор',
    value: 'Значение (маска)',
    detector: 'Детектор',
    medium: 'вероятно',
    omitted: (n: number) => `Показаны не все находки: ещё ${n} посчитаны, но не выведены (--samples).`,
    title: 'Проверка выгрузки чата',
    byKind: 'По видам',
    list: 'Находки',
    note: 'Значения замаскированы, авторы заменены псевдонимами. Пункт 2.final: в иностранных мессенджерах нельзя передавать платёжные документы, персональные данные граждан РФ, данные о переводах и счетах.',
  },
  en: {
    format: 'Format',
    chats: 'Chats',
    messages: 'messages',
    findings: 'Findings',
    personal: 'personal data',
    payment: 'payment data',
    none: 'No personal or payment data found.',
    kind: 'Kind',
    count: 'Count',
    inMessages: 'Messages',
    inMessagesOf: (n: number) => `in ${n} message${n === 1 ? '' : 's'}`,
    chat: 'Chat',
    message: 'Message',
    date: 'Date',
    author: 'Author',
    value: 'Value (masked)',
    detector: 'Detector',
    medium: 'probable',
    omitted: (n: number) => `Not every finding is listed: ${n} more were counted but not kept (--samples).`,
    title: 'Chat export scan',
    byKind: 'By kind',
    list: 'Findings',
    note: 'Values are masked, authors are pseudonyms. Clause 2.final: foreign messengers must not carry payment documents, personal data of RF citizens, money-transfer or bank-account details.',
  },
} as const;

function formatLabel(result: ScanResult, lang: Lang): string {
  const l = FORMAT_LABELS[result.format];
  return typeof l === 'string' ? l : l[lang];
}

function where(f: ScanFinding, lang: Lang): string {
  const parts = [`#${f.messageId}`];
  if (f.line !== undefined && String(f.line) !== f.messageId)
    parts.push(lang === 'ru' ? `стр. ${f.line}` : `line ${f.line}`);
  return parts.join(', ');
}

function toJson(result: ScanResult): string {
  const summary = summarizeScan(result);
  const countsByKind = Object.fromEntries(
    SCAN_KINDS.filter((k) => result.countsByKind[k]).map((k) => [k, result.countsByKind[k]]),
  );
  const doc = {
    format: result.format,
    messages: result.messages,
    chats: result.chats,
    summary: { personalData: summary.personalData, paymentData: summary.paymentData },
    countsByKind,
    ...(result.messagesByKind ? { messagesByKind: result.messagesByKind } : {}),
    findings: result.findings,
    ...(result.omitted ? { omitted: result.omitted } : {}),
    diagnostics: result.diagnostics,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function toText(result: ScanResult, lang: Lang): string {
  const t = T[lang];
  const s = summarizeScan(result);
  const lines = [
    `${t.format}: ${formatLabel(result, lang)}; ${t.chats.toLowerCase()}: ${result.chats.length}; ${t.messages}: ${result.messages}`,
    `${t.findings}: ${scanTotal(result)} (${t.personal}: ${s.personalData}, ${t.payment}: ${s.paymentData})`,
  ];
  if (scanTotal(result) === 0) return `${lines.join('\n')}\n${t.none}\n`;
  for (const kind of SCAN_KINDS) {
    const n = result.countsByKind[kind];
    const m = result.messagesByKind?.[kind];
    if (n) lines.push(`  ${KIND_LABELS[kind][lang]}: ${n}${m ? ` (${t.inMessagesOf(m)})` : ''}`);
  }
  let chat: string | undefined;
  for (const f of result.findings) {
    if (f.chat !== chat) {
      chat = f.chat;
      lines.push('', `${t.chat}: ${clean(f.chat)}`);
    }
    const who = [f.date?.replace('T', ' '), f.author].filter(Boolean).join(', ');
    const sure = f.confidence === 'medium' ? ` (${t.medium})` : '';
    lines.push(
      `  ${where(f, lang)}${who ? ` [${who}]` : ''}: ${KIND_LABELS[f.kind][lang]} ${f.masked}${sure}`,
    );
  }
  if (result.omitted) lines.push('', t.omitted(result.omitted));
  lines.push('', t.note);
  return `${lines.join('\n')}\n`;
}

function toMarkdown(result: ScanResult, lang: Lang): string {
  const t = T[lang];
  const s = summarizeScan(result);
  const out = [
    `# ${t.title}`,
    '',
    `${t.format}: ${formatLabel(result, lang)}; ${t.chats.toLowerCase()}: ${result.chats.length}; ${t.messages}: ${result.messages}.`,
    `${t.findings}: **${scanTotal(result)}** (${t.personal}: ${s.personalData}, ${t.payment}: ${s.paymentData}).`,
    '',
  ];
  if (scanTotal(result) === 0) return `${out.join('\n')}${t.none}\n`;
  const byMessage = result.messagesByKind !== undefined;
  out.push(
    `## ${t.byKind}`,
    '',
    byMessage ? `| ${t.kind} | ${t.count} | ${t.inMessages} |` : `| ${t.kind} | ${t.count} |`,
    byMessage ? '|---|---:|---:|' : '|---|---:|',
  );
  for (const kind of SCAN_KINDS) {
    const n = result.countsByKind[kind];
    if (!n) continue;
    out.push(
      byMessage
        ? `| ${KIND_LABELS[kind][lang]} | ${n} | ${result.messagesByKind?.[kind] ?? 0} |`
        : `| ${KIND_LABELS[kind][lang]} | ${n} |`,
    );
  }
  out.push(
    '',
    `## ${t.list}`,
    '',
    `| ${t.chat} | ${t.message} | ${t.date} | ${t.author} | ${t.kind} | ${t.value} |`,
    '|---|---|---|---|---|---|',
  );
  for (const f of result.findings) {
    const sure = f.confidence === 'medium' ? ` (${t.medium})` : '';
    out.push(
      `| ${md(f.chat)} | ${md(where(f, lang))} | ${f.date?.replace('T', ' ') ?? ''} | ${f.author ?? ''} | ${KIND_LABELS[f.kind][lang]}${sure} | \`${f.masked.replace(/`/g, "'").replace(/\|/g, '\\|')}\` |`,
    );
  }
  if (result.omitted) out.push('', t.omitted(result.omitted));
  out.push('', `_${t.note}_`);
  return `${out.join('\n')}\n`;
}

/** Every finding of a scan, also those a sample cap did not keep. */
export function scanTotal(result: Pick<ScanResult, 'countsByKind'>): number {
  let n = 0;
  for (const kind of SCAN_KINDS) n += result.countsByKind[kind] ?? 0;
  return n;
}

/** Renders a scan for people (`text`, `md`) or machines (`json`, byte-identical for the same input). */
export function formatScanResult(
  result: ScanResult,
  format: 'json' | 'text' | 'md',
  options: { language?: Lang } = {},
): string {
  const lang = options.language ?? 'ru';
  if (format === 'json') return toJson(result);
  if (format === 'md') return toMarkdown(result, lang);
  return toText(result, lang);
}
