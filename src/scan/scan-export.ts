import type { Diagnostic } from '../diagnostics/index.js';
import { detectFormat, titleFromFileName } from './detect-format.js';
import { type Detection, type Detector, detectorsFor, isPlausibleCard } from './detectors/index.js';
import type { ParsedChat, ParsedMessage } from './readers/parsed-message.js';
import { type DecodeState, decodeSource, peek, splitLines } from './readers/read-source.js';
import { readPlainText } from './readers/read-plain-text.js';
import { type TelegramReadState, readTelegram } from './readers/read-telegram.js';
import { type WhatsAppReadState, messageDate, readWhatsApp } from './readers/read-whatsapp.js';
import { detectRaw, maskedOf } from './scan-text.js';
import { isPaymentFinding } from './summarize-scan.js';
import {
  SCAN_KINDS,
  type ScanFinding,
  type ScanFormat,
  type ScanKind,
  type ScanOptions,
  type ScanResult,
  type ScanSource,
  type ScanStreamFinding,
} from './types.js';
import { append } from '../util/append.js';

const HEAD_CHARS = 8192;

function diag(
  code: Diagnostic['code'],
  severity: Diagnostic['severity'],
  ru: string,
  en: string,
  file: string | undefined,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message: { ru, en }, ...extra };
  if (file !== undefined) d.file = file;
  return d;
}

/** Telegram's own phone / bank_card / email marks, for numbers our detectors passed over. */
function entityDetections(
  msg: ParsedMessage,
  found: readonly Detection[],
  allowed: Set<ScanKind>,
): Detection[] {
  const out: Detection[] = [];
  for (const e of msg.entities ?? []) {
    if (found.some((f) => f.start < e.end && e.start < f.end)) continue;
    const value = msg.text.slice(e.start, e.end);
    const digits = value.replace(/\D/g, '');
    if (e.type === 'bank_card' && allowed.has('bank-card') && isPlausibleCard(value)) {
      out.push({
        kind: 'bank-card',
        start: e.start,
        end: e.end,
        value,
        keep: 4,
        detector: 'telegram-entity:bank_card',
        confidence: 'high',
      });
    } else if (e.type === 'phone' && allowed.has('phone') && /^[78]\d{10}$/.test(digits)) {
      out.push({
        kind: 'phone',
        start: e.start,
        end: e.end,
        value,
        detector: 'telegram-entity:phone',
        confidence: 'medium',
      });
    } else if (e.type === 'email' && allowed.has('email') && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      out.push({
        kind: 'email',
        start: e.start,
        end: e.end,
        value,
        detector: 'telegram-entity:email',
        confidence: 'high',
      });
    }
  }
  return out;
}

/** A title that cannot leak a name: personal chats get a neutral label, and so does a group titled after a member. */
function safeTitle(
  chat: ParsedChat,
  format: ScanFormat,
  fileName: string | undefined,
  authors: Set<string> | undefined,
): string {
  const fallback =
    format === 'telegram-json' ? `чат ${chat.id}` : format === 'whatsapp-txt' ? 'чат WhatsApp' : 'текст';
  if (chat.type === 'personal_chat') return `личный чат ${chat.id}`;
  if (chat.type === 'saved_messages') return 'Избранное';
  const raw = format === 'telegram-json' ? chat.rawTitle : titleFromFileName(fileName);
  // Control characters (terminal escapes) never belong in a title.
  const title = raw?.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim();
  if (!title) return fallback;
  const lower = title.toLowerCase();
  for (const name of authors ?? []) {
    const n = name.trim().toLowerCase();
    if (n.length >= 3 && lower.includes(n)) return fallback;
  }
  return title;
}

function emptyResult(format: ScanFormat, diagnostics: Diagnostic[]): ScanResult {
  return { format, chats: [], messages: 0, findings: [], countsByKind: {}, diagnostics };
}

/**
 * Scans a chat export (Telegram Desktop JSON, WhatsApp TXT or plain text) for personal data and
 * payment details. Streams: the source is read chunk by chunk and only one message is held at a
 * time (plus findings). Never throws for bad input: problems come back as diagnostics, and what
 * was read before a syntax error is still reported.
 */
// long-function: the streaming loop (read, detect, mask, count) shares per-message state; readers and detectors are separate files
export async function scanExport(source: ScanSource, options: ScanOptions = {}): Promise<ScanResult> {
  const file = options.displayPath ?? options.fileName;
  const diagnostics: Diagnostic[] = [];
  const decode: DecodeState = { chars: 0 };
  const detectors: readonly Detector[] = detectorsFor(options.kinds);
  const allowed = new Set<ScanKind>(options.kinds ?? SCAN_KINDS);
  const { head, rest } = await peek(decodeSource(source, decode), HEAD_CHARS);

  let format: ScanFormat;
  if (options.format && options.format !== 'auto') format = options.format;
  else {
    const detected = detectFormat(head, options.fileName ?? options.displayPath);
    format = detected.format;
    if (!detected.recognized && head.trim() !== '') {
      diagnostics.push(
        diag(
          'EXPORT_FORMAT_UNKNOWN',
          'warning',
          'Формат выгрузки не распознан (не Telegram JSON и не WhatsApp TXT): файл прочитан как обычный текст, абзац за абзацем.',
          'Unrecognised export format (neither Telegram JSON nor WhatsApp TXT): the file was read as plain text, paragraph by paragraph.',
          file,
          {
            hint: {
              ru: 'Укажите формат явно, если это выгрузка мессенджера.',
              en: 'Give the format explicitly if this is a messenger export.',
            },
          },
        ),
      );
    }
  }
  if (head.trim() === '' && !decode.readError) {
    diagnostics.push(
      diag(
        'FILE_EMPTY',
        'warning',
        'Выгрузка пуста: проверять нечего.',
        'The export is empty: nothing to scan.',
        file,
      ),
    );
    return emptyResult(format, diagnostics);
  }

  const chats: ParsedChat[] = [];
  const tgState: TelegramReadState = { chats, line: 1 };
  const waState: WhatsAppReadState = { chats, preambleLines: 0, truncatedMessages: 0, lines: 0 };
  const reader =
    format === 'telegram-json'
      ? readTelegram(rest, tgState)
      : format === 'whatsapp-txt'
        ? readWhatsApp(splitLines(rest), waState)
        : readPlainText(splitLines(rest), chats);

  const pseudonyms = new Map<string, string>();
  const authorsByChat = new Map<number, Set<string>>();
  // Messages come chat by chat: the last chat's set saves a look-up per message.
  let lastChat = -1;
  let lastAuthors: Set<string> | undefined;
  // Only what `samples` keeps: with a cap, memory does not grow with the number of findings.
  const found: ScanStreamFinding[] = [];
  const onFinding = options.onFinding;
  const limit = options.samples ?? Infinity;
  if (!(limit >= 0)) throw new RangeError(`samples must be ≥ 0, got ${options.samples}`);
  // Counted as found, so a sample cap changes what is kept, never the totals.
  // Indexed by the kind's place in SCAN_KINDS: a finding costs array increments, not key look-ups.
  const countsByKind = SCAN_KINDS.map(() => 0);
  const countsByDetector = new Map<string, number>();
  const messagesByKind = SCAN_KINDS.map(() => 0);
  let omitted = 0;
  let paymentFindings = 0;
  let messages = 0;

  try {
    for await (const batch of reader) {
      for (const msg of batch) {
        messages += 1;
        let author: string | undefined;
        if (msg.authorKey !== undefined && !msg.system) {
          author = pseudonyms.get(msg.authorKey);
          if (author === undefined) {
            author = `участник-${pseudonyms.size + 1}`;
            pseudonyms.set(msg.authorKey, author);
          }
        }
        if (msg.authorName) {
          if (msg.chat !== lastChat) {
            lastChat = msg.chat;
            lastAuthors = authorsByChat.get(msg.chat);
            if (!lastAuthors) authorsByChat.set(msg.chat, (lastAuthors = new Set()));
          }
          lastAuthors!.add(msg.authorName);
        }
        let detections = detectRaw(msg.text, detectors);
        if (msg.entities) {
          const more = entityDetections(msg, detections, allowed);
          if (more.length > 0) {
            const all = detections.slice();
            append(all, more);
            detections = all.sort((a, b) => a.start - b.start);
          }
        }
        if (detections.length === 0) continue;
        // Only a kept or streamed finding shows the date: it is worked out once, on first need.
        let date: string | undefined | null = null;
        let kindsSeen = 0;
        for (const d of detections) {
          const k = KIND_INDEX.get(d.kind)!;
          const kindBit = 1 << k;
          if ((kindsSeen & kindBit) === 0) {
            kindsSeen |= kindBit;
            messagesByKind[k]! += 1;
          }
          const n = (countsByKind[k]! += 1);
          countsByDetector.set(d.detector, (countsByDetector.get(d.detector) ?? 0) + 1);
          if (isPaymentFinding(d)) paymentFindings += 1;
          const kept = n <= limit;
          if (!kept) omitted += 1;
          if (!kept && !onFinding) continue;
          if (date === null) date = messageDate(msg);
          const streamed: ScanStreamFinding = {
            kind: d.kind,
            chatIndex: msg.chat,
            messageId: msg.id,
            ...(msg.line !== undefined ? { line: msg.line } : {}),
            ...(date !== undefined ? { date } : {}),
            ...(author !== undefined ? { author } : {}),
            masked: maskedOf(d),
            detector: d.detector,
            confidence: d.confidence,
          };
          if (kept) found.push(streamed);
          if (onFinding) {
            const pending = onFinding(streamed);
            if (pending) await pending;
          }
        }
      }
    }
  } catch {
    if (!decode.readError) {
      const where = format === 'telegram-json' ? tgState.line : undefined;
      diagnostics.push(
        diag(
          'EXPORT_INVALID',
          'error',
          `Выгрузка Telegram повреждена${where ? ` (около строки ${where})` : ''}: JSON не удалось разобрать до конца. Показано найденное до этого места.`,
          `The Telegram export is damaged${where ? ` (near line ${where})` : ''}: the JSON could not be read to the end. Findings up to that point are shown.`,
          file,
          {
            ...(where ? { line: where } : {}),
            hint: {
              ru: 'Выгрузите чат заново (Telegram Desktop → Экспорт истории чата → JSON).',
              en: 'Export the chat again (Telegram Desktop → Export chat history → JSON).',
            },
          },
        ),
      );
    }
  }

  if (decode.readError) {
    diagnostics.push(
      diag(
        'FILE_UNREADABLE',
        'error',
        `Не удалось дочитать выгрузку (${decode.readError}).`,
        `Could not read the export to the end (${decode.readError}).`,
        file,
      ),
    );
  }
  if (decode.fallback) {
    diagnostics.push(
      diag(
        'ENCODING_INVALID',
        'warning',
        'Файл не в UTF-8: прочитан как Windows-1251.',
        'The file is not UTF-8: read as Windows-1251.',
        file,
        {
          hint: { ru: 'Сохраните выгрузку в UTF-8.', en: 'Save the export as UTF-8.' },
        },
      ),
    );
  } else if (decode.replaced) {
    diagnostics.push(
      diag(
        'ENCODING_INVALID',
        'warning',
        'В файле есть байты не в UTF-8: они заменены знаком «�».',
        'The file has bytes that are not UTF-8: they were replaced with «�».',
        file,
      ),
    );
  }
  if (format === 'whatsapp-txt' && messages === 0) {
    diagnostics.push(
      diag(
        'EXPORT_INVALID',
        'warning',
        'В файле нет ни одной строки сообщения WhatsApp («дата, время - Имя: текст»).',
        'The file has no WhatsApp message line ("date, time - Name: text").',
        file,
      ),
    );
  } else if (format === 'whatsapp-txt' && waState.preambleLines > 0) {
    diagnostics.push(
      diag(
        'EXPORT_INVALID',
        'warning',
        `Перед первым сообщением ${waState.preambleLines} строк(и) не похожи на выгрузку WhatsApp: они не проверены.`,
        `${waState.preambleLines} line(s) before the first message do not look like a WhatsApp export: they were not scanned.`,
        file,
        { line: 1 },
      ),
    );
  }
  if (waState.truncatedMessages > 0) {
    diagnostics.push(
      diag(
        'EXPORT_INVALID',
        'warning',
        `${waState.truncatedMessages} сообщени(й/е) длиннее 1 млн знаков: проверено только начало.`,
        `${waState.truncatedMessages} message(s) longer than 1 million characters: only the start was scanned.`,
        file,
      ),
    );
  }
  if (format === 'telegram-json' && chats.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(
      diag(
        'EXPORT_INVALID',
        'warning',
        'В JSON нет сообщений Telegram (ни `messages`, ни `chats.list`).',
        'The JSON has no Telegram messages (neither `messages` nor `chats.list`).',
        file,
        { pointer: '' },
      ),
    );
  }

  const titles = chats.map((c, i) =>
    safeTitle(c, format, options.fileName ?? options.displayPath, authorsByChat.get(i)),
  );
  const chatIds = chats.map((c) => c.id);
  const findings = found.map(({ chatIndex, ...rest }) => {
    const f: ScanFinding = { ...rest, chat: titles[chatIndex] ?? '' };
    const id = chatIds[chatIndex];
    if (id) f.chatId = id;
    return orderKeys(f);
  });
  return {
    format,
    chats: chats.map((c, i) => ({ id: c.id, title: titles[i] ?? '', messages: c.messages })),
    messages,
    findings,
    countsByKind: inKindOrder(countsByKind),
    countsByDetector: Object.fromEntries(
      [...countsByDetector].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    paymentFindings,
    messagesByKind: inKindOrder(messagesByKind),
    ...(omitted > 0 ? { omitted } : {}),
    diagnostics,
  };
}

const KIND_INDEX = new Map<ScanKind, number>(SCAN_KINDS.map((kind, i) => [kind, i]));

/** Counts (indexed as SCAN_KINDS) keyed in `SCAN_KINDS` order (the order of every report), zeros left out. */
function inKindOrder(counts: readonly number[]): Partial<Record<ScanKind, number>> {
  const out: Partial<Record<ScanKind, number>> = {};
  SCAN_KINDS.forEach((kind, i) => {
    if (counts[i]) out[kind] = counts[i];
  });
  return out;
}

/** One key order for every finding, so JSON output is byte-identical run to run. */
function orderKeys(f: ScanFinding): ScanFinding {
  return {
    kind: f.kind,
    chat: f.chat,
    ...(f.chatId !== undefined ? { chatId: f.chatId } : {}),
    messageId: f.messageId,
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.date !== undefined ? { date: f.date } : {}),
    ...(f.author !== undefined ? { author: f.author } : {}),
    masked: f.masked,
    detector: f.detector,
    ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
  };
}
