import type { Diagnostic } from '../diagnostics/index.js';

export { SCAN_KINDS, type ScanKind } from '../model/scan-kinds.js';
import type { ScanKind } from '../model/scan-kinds.js';

export type ScanFormat = 'telegram-json' | 'whatsapp-txt' | 'text';

export type ScanConfidence = 'high' | 'medium';

export interface ScanFinding {
  kind: ScanKind;
  /** Chat title (input text) or, for personal chats, a neutral label; never an author's name. */
  chat: string;
  chatId?: string;
  /**
   * Telegram: the message `id`. WhatsApp: the 1-based index of the message in the file (system
   * lines count). Plain text: the 1-based line number where the paragraph starts.
   */
  messageId: string;
  /** 1-based line of the message start, for line-based formats (WhatsApp, plain text). */
  line?: number;
  /** Local date-time as written by the export (`2024-09-01T10:15:00`), no time zone. */
  date?: string;
  /** Pseudonym `участник-N`, numbered by first appearance in the export; never the name. */
  author?: string;
  /** The value masked with `maskValue` (last characters visible). */
  masked: string;
  /** Detector id (`snils:formatted`, `phone:+7`, …), useful when tuning. */
  detector: string;
  confidence?: ScanConfidence;
}

/**
 * A finding as `onFinding` hands it out while the export is still being read. The chat's title is
 * not known yet (a title that names a member is replaced at the end), so the finding points at
 * the chat by its index in `ScanResult.chats`.
 */
export type ScanStreamFinding = Omit<ScanFinding, 'chat' | 'chatId'> & { chatIndex: number };

export interface ScanChat {
  id: string;
  title: string;
  messages: number;
}

export interface ScanResult {
  format: ScanFormat;
  chats: ScanChat[];
  messages: number;
  /** Every finding, in file order; with `samples`, only the first N of each kind. */
  findings: ScanFinding[];
  /** Every finding counted, whatever `samples` keeps. */
  countsByKind: Partial<Record<ScanKind, number>>;
  /** Every finding counted by detector id (`inn:10`, `phone:+7`…); absent in results built by hand. */
  countsByDetector?: Record<string, number>;
  /** Findings of payment data (`isPaymentFinding`), counted while scanning; absent in results built by hand. */
  paymentFindings?: number;
  /** Messages with at least one finding of the kind. */
  messagesByKind?: Partial<Record<ScanKind, number>>;
  /** Present when `samples` dropped findings: how many were counted but not kept. */
  omitted?: number;
  diagnostics: Diagnostic[];
}

export type ScanSource =
  | string
  | Uint8Array
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

export interface ScanOptions {
  /** Force a format; `auto` (default) looks at the first bytes and the file name. */
  format?: ScanFormat | 'auto';
  /** File name as the user gave it: used for format detection, WhatsApp chat titles and diagnostics. */
  fileName?: string;
  /** The path as the user wrote it, for `Diagnostic.file` (default: `fileName`). */
  displayPath?: string;
  /** Only these detectors (default: all). */
  kinds?: ScanKind[];
  /**
   * Keep only the first N findings of each kind (the rest are counted, not kept), so memory does
   * not grow with the number of findings. Default: keep every finding.
   */
  samples?: number;
  /**
   * Called with every finding as it is found, in file order (masked, pseudonymous author), also
   * for those `samples` does not keep. A returned promise is awaited before reading on, so a slow
   * writer holds the scan back instead of piling findings up in memory.
   */
  onFinding?: (finding: ScanStreamFinding) => void | Promise<void>;
}

/** One detection inside one message; offsets are UTF-16 indices into the message text. */
export interface TextDetection {
  kind: ScanKind;
  start: number;
  end: number;
  masked: string;
  detector: string;
  confidence: ScanConfidence;
}
